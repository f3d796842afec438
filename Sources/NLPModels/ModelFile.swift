import Foundation

/// The binary container every NewsGraph model file uses.
///
/// Layout (all integers little-endian):
///
/// | bytes | content                                   |
/// |-------|-------------------------------------------|
/// | 8     | magic `NGMODEL` followed by a zero byte   |
/// | 4     | format version (``ModelFile/version``)    |
/// | 4     | kind, four ASCII bytes (`TAGR`, `PARS`…)  |
/// | 8     | payload length in bytes                   |
/// | 8     | checksum of the payload                   |
/// | n     | payload: scalars and length-prefixed arrays |
///
/// Arrays are stored as a 64-bit element count followed by the raw elements;
/// the format assumes a little-endian host, as are all platforms Swift runs on.
enum ModelFile {
  /// The magic bytes at the start of every model file.
  static let magic: [UInt8] = Array("NGMODEL".utf8) + [0]
  /// The version of the layout and of the feature hashing it implies.
  static let version: UInt32 = 2
  /// The size of the fixed header in bytes.
  static let headerSize = 32

  /// A checksum over bytes, eight at a time (stable across platforms).
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9ae1_6a3b_2f90_404f ^ UInt64(bytes.count)
    let words = bytes.count / 8
    for index in 0..<words {
      let word = bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
      hash = (hash ^ word) &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
    }
    for index in (words * 8)..<bytes.count {
      hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3
    }
    return FeatureHash.finalize(hash)
  }
}

/// Builds a model file's payload in memory and writes it with its header.
struct ModelFileWriter {
  /// The payload written so far.
  private(set) var payload: [UInt8] = []

  /// Appends a 32-bit unsigned integer.
  mutating func write(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { payload.append(contentsOf: $0) }
  }

  /// Appends a 64-bit unsigned integer.
  mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { payload.append(contentsOf: $0) }
  }

  /// Appends a 32-bit float.
  mutating func write(_ value: Float) { write(value.bitPattern) }

  /// Appends a string as a length-prefixed UTF-8 array.
  mutating func write(_ value: String) { write(Array(value.utf8)) }

  /// Appends a list of strings.
  mutating func write(_ values: [String]) {
    write(UInt64(values.count))
    for value in values { write(value) }
  }

  /// Appends an array of plain values as a count and raw bytes.
  mutating func write<T: BitwiseCopyable>(_ values: [T]) {
    write(UInt64(values.count))
    values.withUnsafeBytes { payload.append(contentsOf: $0) }
  }

  /// Writes the header and payload to a file, replacing it atomically.
  ///
  /// - Parameters:
  ///   - kind: Four ASCII characters naming the model kind.
  ///   - url: The destination file.
  /// - Throws: ``ModelError/unwritable(path:reason:)`` if writing fails.
  func save(kind: String, to url: URL) throws(ModelError) {
    var bytes = ModelFile.magic
    withUnsafeBytes(of: ModelFile.version.littleEndian) { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: Array(kind.utf8.prefix(4)) + Array(repeating: 32, count: max(0, 4 - kind.utf8.count)))
    withUnsafeBytes(of: UInt64(payload.count).littleEndian) { bytes.append(contentsOf: $0) }
    let sum = payload.withUnsafeBytes { ModelFile.checksum($0) }
    withUnsafeBytes(of: sum.littleEndian) { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: payload)
    do {
      try Data(bytes).write(to: url, options: .atomic)
    } catch {
      throw .unwritable(path: url.path, reason: error.localizedDescription)
    }
  }
}

/// Reads a model file: checks its header and checksum, then its payload.
struct ModelFileReader {
  /// The file's path, for error messages.
  let path: String
  /// The whole file.
  private let bytes: [UInt8]
  /// The read position in `bytes`.
  private var offset: Int

  /// Opens a model file and validates its header and checksum.
  ///
  /// - Parameters:
  ///   - url: The model file.
  ///   - kind: The expected four-character kind.
  /// - Throws: ``ModelError`` naming the file if it is unreadable, not a
  ///   model file, of another version or kind, or corrupt.
  init(url: URL, kind: String) throws(ModelError) {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    try self.init(bytes: [UInt8](data), path: url.path, kind: kind)
  }

  /// Validates a model file already in memory.
  ///
  /// - Parameters:
  ///   - bytes: The whole file.
  ///   - path: The name used in error messages.
  ///   - kind: The expected four-character kind.
  /// - Throws: ``ModelError`` if the header, kind or checksum is wrong.
  init(bytes: [UInt8], path: String, kind: String) throws(ModelError) {
    self.path = path
    self.bytes = bytes
    offset = 0
    guard bytes.count >= ModelFile.headerSize,
      Array(bytes[0..<8]) == ModelFile.magic
    else { throw .badMagic(path: path) }
    offset = 8
    let version = try readUInt32()
    guard version == ModelFile.version else {
      throw .unsupportedVersion(path: path, found: version, expected: ModelFile.version)
    }
    let found = String(decoding: bytes[12..<16], as: UTF8.self)
    let expected = String(decoding: Array(kind.utf8.prefix(4)) + Array(repeating: 32, count: max(0, 4 - kind.utf8.count)), as: UTF8.self)
    guard found == expected else {
      throw .wrongKind(path: path, found: found, expected: expected)
    }
    offset = 16
    let length = try readUInt64()
    let sum = try readUInt64()
    guard UInt64(bytes.count - ModelFile.headerSize) == length else {
      throw .malformed(path: path, reason: "payload is \(bytes.count - ModelFile.headerSize) bytes, header says \(length)")
    }
    let actual = bytes.withUnsafeBytes {
      ModelFile.checksum(UnsafeRawBufferPointer(rebasing: $0[ModelFile.headerSize...]))
    }
    guard actual == sum else { throw .checksumMismatch(path: path) }
  }

  /// Whether the whole payload has been read.
  var isAtEnd: Bool { offset == bytes.count }

  /// Reads a 32-bit unsigned integer.
  mutating func readUInt32() throws(ModelError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw truncated() }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    offset += 4
    return UInt32(littleEndian: value)
  }

  /// Reads a 64-bit unsigned integer.
  mutating func readUInt64() throws(ModelError) -> UInt64 {
    guard offset + 8 <= bytes.count else { throw truncated() }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    offset += 8
    return UInt64(littleEndian: value)
  }

  /// Reads a 32-bit float.
  mutating func readFloat() throws(ModelError) -> Float {
    Float(bitPattern: try readUInt32())
  }

  /// Reads an integer that must lie in `0...limit`.
  mutating func readCount(limit: Int = 1 << 28) throws(ModelError) -> Int {
    let value = try readUInt64()
    guard value <= UInt64(limit) else {
      throw .malformed(path: path, reason: "count \(value) out of range at byte \(offset - 8)")
    }
    return Int(value)
  }

  /// Reads a length-prefixed UTF-8 string.
  mutating func readString() throws(ModelError) -> String {
    let utf8: [UInt8] = try readArray()
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Reads a list of strings.
  mutating func readStrings() throws(ModelError) -> [String] {
    let count = try readCount(limit: 1 << 24)
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readString()) }
    return values
  }

  /// Reads an array of plain values stored as a count and raw bytes.
  mutating func readArray<T: BitwiseCopyable>() throws(ModelError) -> [T] {
    let count = try readCount()
    let size = count * MemoryLayout<T>.stride
    guard offset + size <= bytes.count else { throw truncated() }
    let start = offset
    let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { raw in
        let source = UnsafeRawBufferPointer(rebasing: raw[start..<(start + size)])
        UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
      }
      initialized = count
    }
    offset += size
    return values
  }

  /// The error for a payload that ends early.
  private func truncated() -> ModelError {
    .malformed(path: path, reason: "payload ends early at byte \(offset)")
  }
}
