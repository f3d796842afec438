import Foundation
import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Model file format")
struct ModelFileTests {
  /// A small file with every kind of value.
  func sampleBytes(kind: String = "TEST") throws -> [UInt8] {
    var writer = ModelFileWriter()
    writer.write(UInt32(7))
    writer.write(UInt64(1 << 40))
    writer.write(Float(1.5))
    writer.write(["alpha", "βeta"])
    writer.write([UInt16(1), 2, 3])
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("ng-modelfile-\(UUID().uuidString).ngm")
    defer { try? FileManager.default.removeItem(at: url) }
    try writer.save(kind: kind, to: url)
    return [UInt8](try Data(contentsOf: url))
  }

  @Test func roundTrip() throws {
    var reader = try ModelFileReader(bytes: try sampleBytes(), path: "sample.ngm", kind: "TEST")
    #expect(try reader.readUInt32() == 7)
    #expect(try reader.readUInt64() == 1 << 40)
    #expect(try reader.readFloat() == 1.5)
    #expect(try reader.readStrings() == ["alpha", "βeta"])
    let values: [UInt16] = try reader.readArray()
    #expect(values == [1, 2, 3])
    #expect(reader.isAtEnd)
  }

  @Test func corruptPayloadFailsChecksum() throws {
    var bytes = try sampleBytes()
    bytes[bytes.count - 1] ^= 0xff
    #expect(throws: ModelError.checksumMismatch(path: "bad.ngm")) {
      _ = try ModelFileReader(bytes: bytes, path: "bad.ngm", kind: "TEST")
    }
  }

  @Test func badMagicIsRejected() throws {
    var bytes = try sampleBytes()
    bytes[0] = UInt8(ascii: "X")
    #expect(throws: ModelError.badMagic(path: "x.ngm")) {
      _ = try ModelFileReader(bytes: bytes, path: "x.ngm", kind: "TEST")
    }
  }

  @Test func otherVersionIsRejected() throws {
    var bytes = try sampleBytes()
    bytes[8] = 99
    #expect(throws: ModelError.unsupportedVersion(path: "v.ngm", found: 99, expected: ModelFile.version)) {
      _ = try ModelFileReader(bytes: bytes, path: "v.ngm", kind: "TEST")
    }
  }

  @Test func otherKindIsRejected() throws {
    let bytes = try sampleBytes(kind: "PARS")
    #expect(throws: ModelError.wrongKind(path: "k.ngm", found: "PARS", expected: "TAGR")) {
      _ = try ModelFileReader(bytes: bytes, path: "k.ngm", kind: "TAGR")
    }
  }

  @Test func truncatedFileIsRejected() throws {
    let bytes = Array(try sampleBytes().dropLast(3))
    #expect(throws: ModelError.self) {
      _ = try ModelFileReader(bytes: bytes, path: "t.ngm", kind: "TEST")
    }
  }

  @Test func errorMessagesStartWithThePath() {
    let error = ModelError.checksumMismatch(path: "/models/parser.ngm")
    #expect(error.description.hasPrefix("/models/parser.ngm: "))
  }
}
