import Foundation
import Testing

@testable import Exporters

@Suite("HTMLText")
struct HTMLTextTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("<b>Tag</b> & Co", "&lt;b&gt;Tag&lt;/b&gt; &amp; Co"),
    (#"say "hi" it's"#, "say &quot;hi&quot; it&#39;s"),
    ("&amp; &#60; &lt;", "&amp;amp; &amp;#60; &amp;lt;"),
    ("</script><!--", "&lt;/script&gt;&lt;!--"),
    ("bell\u{07}null\u{0}del\u{7F}c1\u{85}nonchar\u{FFFE}", "bellnulldelc1nonchar"),
    ("line\nbreak\ttab", "line\nbreak\ttab"),
    ("🇺🇦 مرحبا \u{2028}", "🇺🇦 مرحبا \u{2028}"),
  ])
  func escapeContent(text: String, expected: String) {
    #expect(HTMLText.content(text) == expected)
  }

  @Test(arguments: [
    ("a\"b'c", "a&quot;b&#39;c"),
    ("line\nbreak\ttab\rcr", "line&#10;break&#9;tab&#13;cr"),
    ("x onerror=alert(1)", "x onerror=alert(1)"),
    ("<>&", "&lt;&gt;&amp;"),
  ])
  func escapeAttribute(text: String, expected: String) {
    #expect(HTMLText.attribute(text) == expected)
  }

  /// Expected values are JavaScript's `encodeURIComponent`.
  @Test(arguments: [
    ("person:pete-hegseth", "person%3Apete-hegseth"),
    ("a&speaker=b c", "a%26speaker%3Db%20c"),
    ("x#y%41+z", "x%23y%2541%2Bz"),
    ("keep-_.!~*'()", "keep-_.!~*'()"),
    ("é🇺🇦", "%C3%A9%F0%9F%87%BA%F0%9F%87%A6"),
  ])
  func fragmentValue(text: String, expected: String) {
    #expect(HTMLText.fragmentValue(text) == expected)
  }

  @Test func scriptJSONEscapesEndTagsCommentsAndLineSeparators() throws {
    let value = ["</script><!-- & > \u{2028}\u{2029} \\u003c € \u{2027} \u{202A}"]
    let json = HTMLText.scriptJSON(try CompactJSON.string(value, format: "test"))
    for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
      #expect(!json.contains(forbidden), "\(forbidden) left in \(json)")
    }
    #expect(json.contains(#"\u003c/script\u003e\u003c!--"#))
    let decoded = try JSONDecoder().decode([String].self, from: Data(json.utf8))
    #expect(decoded == value)
  }
}
