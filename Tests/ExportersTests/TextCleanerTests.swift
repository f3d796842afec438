import Testing

@testable import Exporters

@Suite("TextCleaner and XMLText")
struct TextCleanerTests {
  @Test(arguments: [
    ("a & b", "a &amp; b"),
    ("<x y=\"1\" z='2'>", "&lt;x y=&quot;1&quot; z=&apos;2&apos;&gt;"),
    ("keep\ttab\nline", "keep\ttab\nline"),
    ("cr\r\n", "cr&#13;\n"),
    ("nul\u{0}bell\u{7}esc\u{1B}x", "nulbellescx"),
    ("nonchar\u{FFFE}\u{FFFF}x", "noncharx"),
    ("del\u{7F}c1\u{85}", "del\u{7F}c1\u{85}"),
    ("🇺🇦 مرحبا \u{10FFFF}", "🇺🇦 مرحبا \u{10FFFF}"),
  ])
  func xmlContent(text: String, expected: String) {
    #expect(XMLText.content(text) == expected)
  }

  @Test func xmlAttributesKeepWhitespaceAsReferences() {
    #expect(XMLText.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
  }

  @Test func loneSurrogatesNeverReachTheWriters() {
    // Swift strings cannot hold lone surrogates: decoding replaces them.
    let decoded = String(decoding: [0x0041, 0xD800, 0x0042] as [UInt16], as: UTF16.self)
    #expect(decoded == "A\u{FFFD}B")
    #expect(XMLText.content(decoded) == "A\u{FFFD}B")
  }

  @Test(arguments: [
    ("person:vladimir-putin", true),
    ("statement:000_384b8cffc89ffb5d:12", true),
    ("person:erdoğan", true),
    ("country:🇺🇦", true),
    ("with space", false),
    ("a&b", false),
    ("", false),
  ])
  func nameTokens(id: String, valid: Bool) {
    #expect(XMLText.isNameToken(id) == valid)
    let token = XMLText.nameToken(for: id)
    #expect(XMLText.isNameToken(token))
    #expect((token == id) == valid)
  }

  @Test func sanitizedIDsStayDistinct() {
    #expect(XMLText.nameToken(for: "a b") != XMLText.nameToken(for: "a&b"))
    #expect(XMLText.nameToken(for: "a b") == "a_b_x" + TextCleaner.stableHash("a b"))
  }

  @Test func stableHashIsFNV1a() {
    #expect(TextCleaner.stableHash("") == "cbf29ce484222325")
    #expect(TextCleaner.stableHash("a") == "af63dc4c8601ec8c")
  }

  @Test func clipAndWrap() {
    #expect(TextCleaner.clip("abcdef", to: 4) == "abc…")
    #expect(TextCleaner.clip("abc", to: 4) == "abc")
    #expect(
      TextCleaner.wrap("North Atlantic Treaty Organization", width: 24) == [
        "North Atlantic Treaty", "Organization",
      ])
    #expect(
      TextCleaner.wrap("Supercalifragilisticexpialidocious x", width: 10) == [
        "Supercalifragilisticexpialidocious", "x",
      ])
  }
}
