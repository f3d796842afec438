import Testing

@testable import DocumentInput
@testable import NLPCore

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
  /// A text and the sentences it must give.
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let sentences: [String]
    init(_ text: String, _ sentences: [String]) {
      self.text = text
      self.sentences = sentences
    }
    var testDescription: String { text.debugDescription }
  }

  static let plain: [Case] = [
    .init("The talks ended. Nobody won.", ["The talks ended.", "Nobody won."]),
    .init("Did they agree? Yes. Really!", ["Did they agree?", "Yes.", "Really!"]),
    .init("It rose 3.5 percent. Then it fell.", ["It rose 3.5 percent.", "Then it fell."]),
    .init("No final mark", ["No final mark"]),
    .init("Wait... Then it happened.", ["Wait...", "Then it happened."]),
    .init("It was ... fine, mostly.", ["It was ... fine, mostly."]),
    .init("See www.example.com. Then go.", ["See www.example.com.", "Then go."]),
    .init("The count was 12. 14 more came later.", ["The count was 12.", "14 more came later."]),
    .init("", []),
  ]

  static let abbreviations: [Case] = [
    .init("Gen. Ana Ruiz arrived. She spoke.", ["Gen. Ana Ruiz arrived.", "She spoke."]),
    .init(
      "Mr. Kowalski met Sen. Tom Reyes on Feb. 13 in Warsaw. They talked.",
      ["Mr. Kowalski met Sen. Tom Reyes on Feb. 13 in Warsaw.", "They talked."]),
    .init("J. R. R. Tolkien wrote it. Fans agreed.", ["J. R. R. Tolkien wrote it.", "Fans agreed."]),
    .init("The U.S. President spoke.", ["The U.S. President spoke."]),
    .init("Talks in the U.S. and the U.K. stalled.", ["Talks in the U.S. and the U.K. stalled."]),
    .init(
      "He lives in the U.S. The rest of his family lives abroad.",
      ["He lives in the U.S.", "The rest of his family lives abroad."]),
    .init("She works at Acme Inc. The company grew.", ["She works at Acme Inc.", "The company grew."]),
    .init("The meeting is at 9 a.m. tomorrow.", ["The meeting is at 9 a.m. tomorrow."]),
    .init("The vote was 5 vs. 4 in favour.", ["The vote was 5 vs. 4 in favour."]),
    .init("It happened on Sept. 11, 2001, in New York.", ["It happened on Sept. 11, 2001, in New York."]),
    .init("Prof. Lee and Dr. Chen disagreed.", ["Prof. Lee and Dr. Chen disagreed."]),
  ]

  static let quotes: [Case] = [
    .init("He said: \"We will win.\" Then he left.", ["He said: \"We will win.\"", "Then he left."]),
    .init(
      "\u{201C}We will win.\u{201D} Then he left.", ["\u{201C}We will win.\u{201D}", "Then he left."]),
    .init("'We will win.' Then he left.", ["'We will win.'", "Then he left."]),
    .init(
      "\"Will we win?\" she asked. \"Yes.\"", ["\"Will we win?\" she asked.", "\"Yes.\""]),
    .init(
      "\"We will win,\" he said. \"It is certain.\"", ["\"We will win,\" he said.", "\"It is certain.\""]),
    .init("(It was late.) Nobody came.", ["(It was late.)", "Nobody came."]),
    .init("They left (at noon). Nobody came.", ["They left (at noon).", "Nobody came."]),
  ]

  static let paragraphs: [Case] = [
    .init("A headline without a mark\nThe story begins.", ["A headline without a mark", "The story begins."]),
    .init("First paragraph.\n\nSecond paragraph.", ["First paragraph.", "Second paragraph."]),
    .init("He said the U.S.\nThe end.", ["He said the U.S.", "The end."]),
    .init("\"An open quote\n\"continues here.\"", ["\"An open quote", "\"continues here.\""]),
    .init("Ends with Gen.\nNext line.", ["Ends with Gen.", "Next line."]),
  ]

  /// "No." is the abbreviation in "No. 10" but a sentence in "No. Really!".
  @Test func noAsAnAnswerEndsASentence() throws {
    #expect(try TextFixtures.sentences("She lives at No. 10 Main Street.") == ["She lives at No. 10 Main Street."])
    let sentences = try TextFixtures.sentences("Did they agree? No. Really!")
    withKnownIssue("\"No.\" is always read as the abbreviation of \"number\"") {
      #expect(sentences == ["Did they agree?", "No.", "Really!"])
    }
  }

  @Test(arguments: plain)
  func terminalMarks(_ example: Case) throws {
    #expect(try TextFixtures.sentences(example.text) == example.sentences)
  }

  @Test(arguments: abbreviations)
  func abbreviationsTitlesAndInitialsDoNotEndSentences(_ example: Case) throws {
    #expect(try TextFixtures.sentences(example.text) == example.sentences)
  }

  @Test(arguments: quotes)
  func closingQuotesAndBracketsStayWithTheirSentence(_ example: Case) throws {
    #expect(try TextFixtures.sentences(example.text) == example.sentences)
  }

  @Test(arguments: paragraphs)
  func paragraphBreaksEndSentences(_ example: Case) throws {
    #expect(try TextFixtures.sentences(example.text) == example.sentences)
  }

  @Test(arguments: plain + abbreviations + quotes + paragraphs)
  func sentencesPartitionTheTokens(_ example: Case) throws {
    let document = try TextFixtures.analyse(example.text)
    var next = 0
    for sentence in document.sentences {
      #expect(sentence.tokenRange.lowerBound == next)
      #expect(!sentence.tokenRange.isEmpty)
      #expect(
        String(sentence.text)
          == TextFixtures.slice(example.text, sentence.range.lowerBound, sentence.range.upperBound))
      next = sentence.tokenRange.upperBound
    }
    #expect(next == document.tokenCount)
  }

  // MARK: - The seed article

  /// The seed's sentences, by their first and last words. Every boundary
  /// must be right: "U.S. Defense", "Feb. 13.", quotes closing after the
  /// full stop, "the U.S., Germany", "Russia/Ukraine.\"".
  static let seedSentences: [(first: String, last: String)] = [
    ("Recognizing that returning to Ukraine's", "in Brussels on Feb. 13."),
    ("Hegseth made comments on Feb. 12", "on ending its war."),
    ("Experts and officials in Ukraine", "have even started."),
    ("Russia invaded Ukraine's eastern Donbas", "President Viktor Yanukovych."),
    ("\"I think realism is", "Hegseth said."),
    ("\"It's a recognition of", "then by allies.\""),
    ("Previously, Hegseth also said", "outcome\" of negotiations."),
    ("President Donald Trump soon said", "alliance was practical."),
    ("Ukraine officially applied to join", "full-scale invasion."),
    ("While NATO members pledged", "a formal invitation."),
    ("Russian officials, as well as", "for the invasion."),
    ("President Volodymyr Zelensky has acknowledged", "for Kyiv's entry."),
    ("Trump held separate calls with", "with Russia/Ukraine.\""),
    ("Trump called Putin first,", "start \"immediately.\""),
    ("Kyiv insists that no talks", "held without Ukraine."),
  ]

  @Test func seedSentenceBoundariesAreAllRight() throws {
    let sentences = try TextFixtures.sentences(try TextFixtures.seedText())
    #expect(sentences.count == Self.seedSentences.count)
    for (sentence, expected) in zip(sentences, Self.seedSentences) {
      #expect(sentence.hasPrefix(expected.first), "sentence starts \(sentence.prefix(40).debugDescription)")
      #expect(sentence.hasSuffix(expected.last), "sentence ends \(sentence.suffix(40).debugDescription)")
    }
  }

  @Test func seedSentencesAreExactSlicesOfTheText() throws {
    let text = try TextFixtures.seedText()
    let document = try TextFixtures.analyse(text)
    for sentence in document.sentences {
      #expect(String(sentence.text) == TextFixtures.slice(text, sentence.range.lowerBound, sentence.range.upperBound))
    }
  }

  // MARK: - Component behaviour

  @Test func splitterWithoutTokensGivesNoSentences() throws {
    var document = Document(id: "d", text: "Some text. More text.")
    try SentenceSplitter().process(&document)
    #expect(document.sentences.isEmpty)
  }

  /// Text without sentence ends is cut into sentences of at most
  /// `maximumLength` tokens, after the last comma of a stretch's second half.
  @Test func sentencesNeverRunPastTheLimit() throws {
    let limit = SentenceSplitter.maximumLength
    var words: [String] = []
    for index in 0..<(limit * 3) { words.append(index % 300 == 299 ? "word," : "word") }
    let document = try TextFixtures.analyse(words.joined(separator: " "))
    let sentences = document.sentenceTable
    #expect(sentences.count >= 3)
    #expect(sentences.allSatisfy { $0.count <= limit })
    #expect(sentences.first?.lowerBound == 0 && sentences.last?.upperBound == document.tokenCount)
    for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    // The first cut follows the comma of the 300th word (tokens 0...300).
    #expect(sentences[0] == 0..<301)
    #expect(document.text(in: document.tokenTable[300].range) == ",")
    // Without a comma, the cut is at the limit.
    let plain = try TextFixtures.analyse(String(repeating: "word ", count: limit + 10))
    #expect(plain.sentenceTable == [0..<limit, limit..<(limit + 10)])
  }

  @Test func sentenceIndexOfTokenFindsItsSentence() throws {
    let document = try TextFixtures.analyse("One two. Three four. Five.")
    #expect(document.sentences.count == 3)
    #expect(document.sentenceIndex(ofToken: 0) == 0)
    #expect(document.sentenceIndex(ofToken: 2) == 0)
    #expect(document.sentenceIndex(ofToken: 3) == 1)
    #expect(document.sentenceIndex(ofToken: 6) == 2)
  }
}
