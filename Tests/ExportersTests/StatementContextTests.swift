import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("StatementContext")
struct StatementContextTests {
  static func statement(_ spans: [TextSpan]) -> Statement {
    Statement(
      id: "statement:d:1", speaker: nil, speakerText: nil, cue: nil, kind: .direct,
      content: spans, about: [], document: "d")
  }

  @Test func oneLinePerParagraph() {
    let text = "First line.\nHe said the talks failed. Then he left.\nLast line."
    let span = ReportFixtures.span("the talks failed", in: text)
    #expect(
      StatementContext(text: text).segments(for: Self.statement([span]))
        == ["He said ", "the talks failed", ". Then he left."])
  }

  @Test func blankLinesSeparateParagraphsInWrappedText() {
    let text = "Intro.\n\nHe said the talks\nfailed badly. More.\n  \nNext paragraph."
    let span = ReportFixtures.span("the talks\nfailed", in: text)
    #expect(
      StatementContext(text: text).segments(for: Self.statement([span]))
        == ["He said ", "the talks\nfailed", " badly. More."])
  }

  @Test func longParagraphsAreCutAtSentences() throws {
    let filler = String(repeating: "Words go on here. ", count: 40)
    let text = filler + "She said the plan works. " + filler
    let span = ReportFixtures.span("the plan works", in: text)
    let pieces = try #require(StatementContext(text: text).segments(for: Self.statement([span])))
    #expect(pieces.count == 3)
    #expect(pieces[0].hasPrefix("…Words go on here."))
    #expect(pieces[0].hasSuffix("She said "))
    #expect(pieces[1] == "the plan works")
    #expect(pieces[2].hasPrefix(". Words go on here."))
    #expect(pieces[2].hasSuffix("here.…"))
    #expect(pieces.joined().unicodeScalars.count < 2 * StatementContext.reach + 40)
  }

  @Test func longTextWithoutSentencesIsCutAtWords() throws {
    let filler = String(repeating: "word ", count: 100)
    let text = filler + "the claim " + filler
    let span = ReportFixtures.span("the claim", in: text)
    let pieces = try #require(StatementContext(text: text).segments(for: Self.statement([span])))
    #expect(pieces[0].hasPrefix("…word "))
    #expect(pieces[2].hasSuffix(" word…"))
  }

  @Test func spansAcrossParagraphsKeepBoth() {
    let text = "A said \"one\nand two\" loudly."
    let first = ReportFixtures.span("one", in: text)
    let second = ReportFixtures.span("two", in: text)
    #expect(
      StatementContext(text: text).segments(for: Self.statement([first, second]))
        == ["A said \"", "one", "\nand ", "two", "\" loudly."])
  }

  @Test func unicodeOffsetsAreScalars() {
    let text = "🇺🇦 Émile said «e\u{301}tat» here."
    let span = ReportFixtures.span("e\u{301}tat", in: text)
    #expect(span.start == 15)
    #expect(
      StatementContext(text: text).segments(for: Self.statement([span]))
        == ["🇺🇦 Émile said «", "e\u{301}tat", "» here."])
  }

  @Test(arguments: [
    TextSpan(text: "wrong", start: 0, end: 5),
    TextSpan(text: "said", start: 100, end: 104),
    TextSpan(text: "", start: 3, end: 2),
  ])
  func mismatchedSpansGiveNoPassage(span: TextSpan) {
    #expect(StatementContext(text: "He said so.").segments(for: Self.statement([span])) == nil)
  }

  @Test func unorderedSpansGiveNoPassage() {
    let text = "He said so and so."
    let spans = [ReportFixtures.span("so.", in: text), ReportFixtures.span("He", in: text)]
    #expect(StatementContext(text: text).segments(for: Self.statement(spans)) == nil)
    #expect(StatementContext(text: text).segments(for: Self.statement([])) == nil)
  }

  @Test func controlCharactersAreDropped() {
    let text = "He\u{07} said\tit."
    let span = ReportFixtures.span("it", in: text)
    #expect(
      StatementContext(text: text).segments(for: Self.statement([span]))
        == ["He said ", "it", "."])
  }
}
