import Foundation
import ExtractionRecords

/// The documents of one input, read one at a time: a file gives one; a
/// stream (standard input) gives one per JSON line as the lines arrive, or
/// one plain-text document.
///
/// A stream is JSON Lines when its first character that is not white space
/// (after a UTF-8 byte order mark, which is skipped) is `{`. Each line is
/// then one document, `{"id": ..., "text": ...}` with optional `path`,
/// `date`, `url`, `title` and `source`, and is read, checked and handed on
/// by itself: a bad line (not JSON, no `"text"`, over the size cap) is one
/// ``InputError`` naming its line number, and the lines after it are read as
/// usual. The size cap applies to each line, and a line over it is dropped
/// as it is read, never held whole. Blank lines are skipped.
///
/// Any other stream is one plain-text document with id `stdin`, decoded
/// like a file (``TextDecoder``: UTF-8, or UTF-16 with a byte order mark)
/// and capped at the size limit. UTF-16 input is read whole (up to the
/// cap) and then split into JSON lines if it is JSON Lines.
///
/// ```swift
/// for result in DocumentStream(standardInputWithLimit: 16_000_000) {
///   switch result {
///   case .success(let document): extract(document)
///   case .failure(let error): report(error)
///   }
/// }
/// ```
public struct DocumentStream: Sequence, IteratorProtocol {
  /// A document, or why one could not be read.
  public typealias Element = Result<InputDocument, InputError>

  private enum State {
    /// Results decided already (a file, an error).
    case ready([Element])
    /// A stream whose kind is not known yet.
    case undecided(LineReader)
    /// JSON Lines, with the number of the last line read.
    case jsonLines(LineReader, line: Int)
  }

  private var state: State
  /// The name used in messages, e.g. `<stdin>`.
  public let path: String
  /// The largest document accepted, in bytes.
  public let maxBytes: Int

  /// A stream of results decided in advance (one file's document, or its
  /// error).
  ///
  /// - Parameter results: What the stream gives, in order.
  public init(results: [Element]) {
    state = .ready(results.reversed())
    path = ""
    maxBytes = .max
  }

  /// A stream read from a file descriptor as the bytes arrive.
  ///
  /// - Parameters:
  ///   - descriptor: An open descriptor, e.g. `STDIN_FILENO`.
  ///   - path: The name for messages.
  ///   - maxBytes: The largest document (JSON line or plain text) accepted.
  public init(descriptor: Int32, path: String = "<stdin>", maxBytes: Int) {
    state = .undecided(LineReader(descriptor: descriptor, maxLength: maxBytes))
    self.path = path
    self.maxBytes = maxBytes
  }

  /// A stream over bytes in memory (for tests and fuzzing).
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - path: The name for messages.
  ///   - maxBytes: The largest document accepted.
  public init(bytes: [UInt8], path: String = "<stdin>", maxBytes: Int) {
    state = .undecided(LineReader(bytes: bytes, maxLength: maxBytes))
    self.path = path
    self.maxBytes = maxBytes
  }

  /// The next document or error, or nil at the end.
  public mutating func next() -> Element? {
    switch state {
    case .ready(var results):
      let result = results.popLast()
      state = .ready(results)
      return result
    case .undecided(let reader):
      state = decide(reader)
      return next()
    case .jsonLines(var reader, var number):
      state = .ready([])  // let go of the reader while it is mutated
      defer { state = .jsonLines(reader, line: number) }
      while let line = reader.next() {
        number += 1
        switch line {
        case .tooLong(let bytes):
          return .failure(.tooLarge(path: "\(path):\(number)", bytes: bytes, limit: maxBytes))
        case .text(let bytes):
          guard bytes.contains(where: { !Self.isSpace($0) }) else { continue }
          return Self.document(fromJSONLine: bytes, number: number, path: path)
        }
      }
      return nil
    }
  }

  // MARK: - Deciding

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 13 || byte == 9
  }

  /// Looks at the first bytes and decides how to read the stream.
  private func decide(_ reader: LineReader) -> State {
    var reader = reader
    // Read until a character that is not white space shows the kind.
    var first: UInt8?
    while true {
      var bytes = reader.buffered
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
      if TextDecoder.utf16ByteOrder(bytes) != nil {
        first = nil
        break
      }
      first = bytes.first { !Self.isSpace($0) }
      if first != nil || bytes.count > 65_536 || !reader.fill() { break }
    }
    if first == UInt8(ascii: "{") {
      if reader.buffered.starts(with: [0xEF, 0xBB, 0xBF]) { reader.skip(3) }
      return .jsonLines(reader, line: 0)
    }
    let (bytes, total) = reader.readRest(limit: maxBytes)
    if total > maxBytes { return .ready([.failure(.tooLarge(path: path, bytes: total, limit: maxBytes))]) }
    let decoded: (text: String, warnings: [String])
    do {
      decoded = try TextDecoder.decode(bytes, path: path)
    } catch {
      return .ready([.failure(error)])
    }
    // UTF-16 JSON Lines: split the decoded text into lines.
    if TextDecoder.utf16ByteOrder(bytes) != nil,
      decoded.text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) == "{"
    {
      return .jsonLines(LineReader(bytes: Array(decoded.text.utf8), maxLength: maxBytes), line: 0)
    }
    let info = DocumentInfo(id: "stdin", warnings: decoded.warnings.isEmpty ? nil : decoded.warnings)
    return .ready([.success(InputDocument(info: info, text: decoded.text))])
  }

  // MARK: - JSON lines

  /// One JSON line's document.
  ///
  /// - Parameters:
  ///   - line: The line's bytes.
  ///   - number: Its line number (for messages and the default id).
  ///   - path: The stream's name for messages.
  /// - Returns: The document, or an ``InputError/badJSONLine(path:line:reason:)``.
  static func document(fromJSONLine line: [UInt8], number: Int, path: String) -> Element {
    let object: [String: Any]
    do {
      guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
        return .failure(.badJSONLine(path: path, line: number, reason: "not a JSON object"))
      }
      object = parsed
    } catch {
      return .failure(.badJSONLine(path: path, line: number, reason: "not valid JSON"))
    }
    guard let raw = object["text"] as? String else {
      return .failure(.badJSONLine(path: path, line: number, reason: "no \"text\" string"))
    }
    let id: String
    if let string = object["id"] as? String, !string.isEmpty {
      id = string
    } else if let number = object["id"] as? NSNumber, !(object["id"] is Bool) {
      id = number.stringValue
    } else {
      id = "stdin-\(number)"
    }
    let text = raw.utf8.contains(13) ? TextDecoder.normalizeNewlines(raw) : raw
    let info = DocumentInfo(
      id: id, path: object["path"] as? String, date: object["date"] as? String,
      url: object["url"] as? String, title: object["title"] as? String,
      source: object["source"] as? String)
    return .success(InputDocument(info: info, text: text))
  }
}
