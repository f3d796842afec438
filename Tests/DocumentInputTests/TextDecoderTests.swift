import Testing

@testable import DocumentInput
@testable import NLPCore

@Suite("TextDecoder")
struct TextDecoderTests {
  @Test func validUTF8IsDecodedWithoutWarnings() throws {
    let text = "Kyiv \u{2014} \u{201C}Київ\u{201D} \u{1F1FA}\u{1F1E6}\n"
    let decoded = try TextDecoder.decode(Array(text.utf8), path: "a.txt")
    #expect(decoded.text == text)
    #expect(decoded.warnings.isEmpty)
  }

  @Test(arguments: [
    ([0x48, 0x69, 0xFF, 0x21] as [UInt8], "Hi\u{FFFD}!"),
    ([0x41, 0xC3, 0x28, 0x42], "A\u{FFFD}(B"),  // a lead byte without its continuation
    ([0x61, 0xE2, 0x82], "a\u{FFFD}"),  // truncated at the end
    ([0xED, 0xA0, 0x80, 0x7A], "\u{FFFD}\u{FFFD}\u{FFFD}z"),  // an encoded surrogate
  ])
  func invalidUTF8IsReplacedAndReported(_ bytes: [UInt8], _ expected: String) throws {
    let decoded = try TextDecoder.decode(bytes, path: "dir/bad.txt")
    #expect(decoded.text == expected)
    #expect(decoded.warnings.count == 1)
    #expect(decoded.warnings.first?.hasPrefix("dir/bad.txt: ") == true)
    #expect(decoded.warnings.first?.contains("invalid UTF-8") == true)
  }

  @Test func utf16WithAByteOrderMarkIsDecodedNotCalledBinary() throws {
    let text = "Z\u{00FC}rich \u{2014} \u{1F600}\r\nok"
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [little, big] {
      let decoded = try TextDecoder.decode(bytes, path: "u.txt")
      #expect(decoded.text == "Z\u{00FC}rich \u{2014} \u{1F600}\nok")
      #expect(decoded.warnings.isEmpty)
    }
  }

  @Test func brokenUTF16IsReplacedAndReported() throws {
    // An unpaired high surrogate, then a dangling odd byte.
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00, 0x43]
    let decoded = try TextDecoder.decode(bytes, path: "u.txt")
    #expect(decoded.text == "A\u{FFFD}B\u{FFFD}")
    #expect(decoded.warnings == ["u.txt: invalid UTF-16 replaced with U+FFFD"])
    // UTF-16 that decodes to binary data is still refused.
    #expect(throws: InputError.binary(path: "b.txt")) {
      try TextDecoder.decode([0xFF, 0xFE, 0x00, 0x00, 0x01, 0x00], path: "b.txt")
    }
  }

  @Test func binaryIsRefused() {
    #expect(throws: InputError.binary(path: "x.bin")) {
      try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41], path: "x.bin")
    }
    // No NUL, but mostly control characters.
    let controls: [UInt8] = Array(repeating: 0x01, count: 50) + Array("some text".utf8)
    #expect(throws: InputError.binary(path: "y.dat")) { try TextDecoder.decode(controls, path: "y.dat") }
    #expect(InputError.binary(path: "y.dat").description == "y.dat: binary file, skipped")
  }

  @Test func aFewControlCharactersAreStillText() throws {
    let bytes = Array("Page one.\u{0C}Page two.\tTabbed.\u{07}".utf8)
    #expect(try TextDecoder.decode(bytes, path: "t.txt").text.hasPrefix("Page one."))
  }

  @Test(arguments: [[] as [UInt8], Array(" \n\t\r\n ".utf8), Array("\u{2003}\u{00A0}\n".utf8)])
  func emptyOrBlankIsRefused(_ bytes: [UInt8]) {
    #expect(throws: InputError.empty(path: "e.txt")) { try TextDecoder.decode(bytes, path: "e.txt") }
  }

  @Test(arguments: [
    ("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\r\n\r\nb", "a\n\nb"), ("a\r\rb", "a\n\nb"),
    ("a\n\rb", "a\n\nb"), ("a\r\n", "a\n"), ("\r\na", "\na"), ("no breaks", "no breaks"),
    ("mixed\r\nline\nends\r", "mixed\nline\nends\n"),
  ])
  func lineEndingsAreNormalised(_ input: String, _ expected: String) throws {
    #expect(TextDecoder.normalizeNewlines(input) == expected)
    #expect(try TextDecoder.decode(Array(input.utf8), path: "n.txt").text == expected)
  }

  /// After normalisation, offsets agree with Python's text mode: "\r\n" is
  /// one scalar, so the word after it is at the same offset as with "\n".
  @Test func normalisedOffsetsMatchLFText() throws {
    let crlf = try TextDecoder.decode(Array("One.\r\nTwo.\r\n".utf8), path: "c.txt").text
    let lf = "One.\nTwo.\n"
    #expect(crlf == lf)
    let document = try Pipeline.standard.run(id: "test", text: crlf)
    #expect(document.tokens.map(\.range) == (try Pipeline.standard.run(id: "test", text: lf)).tokens.map(\.range))
  }

  @Test func invalidUTF8AndCRLFTogether() throws {
    let decoded = try TextDecoder.decode([0x41, 0x0D, 0x0A, 0xFE, 0x42], path: "m.txt")
    #expect(decoded.text == "A\n\u{FFFD}B")
    #expect(decoded.warnings.count == 1)
  }
}
