import Testing

@testable import DocumentInput
@testable import NLPCore

@Suite("Tokenizer")
struct TokenizerTests {
  /// A text and the tokens it must give.
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let tokens: [String]
    init(_ text: String, _ tokens: [String]) {
      self.text = text
      self.tokens = tokens
    }
    var testDescription: String { text.debugDescription }
  }

  // MARK: - Hard cases, one table per family

  static let abbreviations: [Case] = [
    .init("the U.S. and the U.K.", ["the", "U.S.", "and", "the", "U.K."]),
    .init("in the U.S.", ["in", "the", "U.S."]),
    .init("on Feb. 13", ["on", "Feb.", "13"]),
    .init("Feb. 12, 2025", ["Feb.", "12", ",", "2025"]),
    .init("Mr. Kowalski", ["Mr.", "Kowalski"]),
    .init("Gen. Ana Ruiz", ["Gen.", "Ana", "Ruiz"]),
    .init("Sen. Tom Reyes", ["Sen.", "Tom", "Reyes"]),
    .init("Dr. Mrs. Ms. Prof.", ["Dr.", "Mrs.", "Ms.", "Prof."]),
    .init("J. R. R. Tolkien", ["J.", "R.", "R.", "Tolkien"]),
    .init("Acme Inc. grew", ["Acme", "Inc.", "grew"]),
    .init("at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"]),
    .init("e.g. this", ["e.g.", "this"]),
    .init("Washington, D.C.", ["Washington", ",", "D.C."]),
    .init("It ended.", ["It", "ended", "."]),
  ]

  static let clitics: [Case] = [
    .init("Ukraine's border", ["Ukraine", "'s", "border"]),
    .init("Ukraine\u{2019}s border", ["Ukraine", "\u{2019}s", "border"]),
    .init("they're here", ["they", "'re", "here"]),
    .init("we've", ["we", "'ve"]),
    .init("she'll", ["she", "'ll"]),
    .init("he'd", ["he", "'d"]),
    .init("I'm", ["I", "'m"]),
    .init("It's a recognition", ["It", "'s", "a", "recognition"]),
    .init("the leaders' views", ["the", "leaders", "'", "views"]),
    .init("O'Brien said", ["O'Brien", "said"]),
  ]

  /// Negation clitics split as in the Penn Treebank ("do" + "n't").
  static let negations: [Case] = [
    .init("don't", ["do", "n't"]),
    .init("doesn\u{2019}t", ["does", "n\u{2019}t"]),
    .init("hasn't existed", ["has", "n't", "existed"]),
    .init("won't", ["wo", "n't"]),
    .init("can't", ["ca", "n't"]),
    .init("DON'T", ["DO", "N'T"]),
  ]

  static let hyphensAndNumbers: [Case] = [
    .init("pre-2014 borders", ["pre-2014", "borders"]),
    .init("full-scale invasion", ["full-scale", "invasion"]),
    .init("pro-Russian President", ["pro-Russian", "President"]),
    .init("anti-Ukraine narratives", ["anti-Ukraine", "narratives"]),
    .init("$1,000.50 in cash", ["$", "1,000.50", "in", "cash"]),
    .init("3.5 percent", ["3.5", "percent"]),
    .init("1,000,000 people", ["1,000,000", "people"]),
    .init("the 2014-15 season", ["the", "2014-15", "season"]),
    .init("in the '90s", ["in", "the", "'90s"]),
    .init("the England '15s' in May", ["the", "England", "'15s", "'", "in", "May"]),
    .init("50%", ["50", "%"]),
    .init("at 10:30", ["at", "10:30"]),
    .init("2025-02-13", ["2025-02-13"]),
    .init("13/02/2025", ["13/02/2025"]),
    .init("Sept. 11, 2001", ["Sept.", "11", ",", "2001"]),
  ]

  static let linksAndEmail: [Case] = [
    .init("see https://example.com/a?b=c.", ["see", "https://example.com/a?b=c", "."]),
    .init("(http://example.org/path)", ["(", "http://example.org/path", ")"]),
    .init("visit www.example.com today", ["visit", "www.example.com", "today"]),
    .init("HTTPS://Example.com/A or WWW.Example.org", ["HTTPS://Example.com/A", "or", "WWW.Example.org"]),
    .init("https: not a link, nor www-ish", ["https", ":", "not", "a", "link", ",", "nor", "www-ish"]),
    .init("write to press@example.org, now", ["write", "to", "press@example.org", ",", "now"]),
  ]

  static let quotesAndPunctuation: [Case] = [
    .init("\"Yes,\" she said.", ["\"", "Yes", ",", "\"", "she", "said", "."]),
    .init("\u{201C}Yes,\u{201D} she said.", ["\u{201C}", "Yes", ",", "\u{201D}", "she", "said", "."]),
    .init("\u{2018}No\u{2019}", ["\u{2018}", "No", "\u{2019}"]),
    .init("'No,' he said", ["'", "No", ",", "'", "he", "said"]),
    .init("\u{00AB}Non\u{00BB}", ["\u{00AB}", "Non", "\u{00BB}"]),
    .init("``quoted''", ["``", "quoted", "''"]),
    .init("war \u{2014} and peace", ["war", "\u{2014}", "and", "peace"]),
    .init("war\u{2014}and peace", ["war", "\u{2014}", "and", "peace"]),
    .init("1990\u{2013}2000", ["1990", "\u{2013}", "2000"]),
    .init("wait -- what", ["wait", "--", "what"]),
    .init("and then...", ["and", "then", "..."]),
    .init("and then\u{2026} nothing", ["and", "then", "\u{2026}", "nothing"]),
    .init("Really?!", ["Really", "?!"]),
    .init("Russia/Ukraine", ["Russia", "/", "Ukraine"]),
    .init("and/or", ["and", "/", "or"]),
    .init("(see above)", ["(", "see", "above", ")"]),
    .init("first; second: third", ["first", ";", "second", ":", "third"]),
  ]

  static let unicode: [Case] = [
    .init("great \u{1F44D} news", ["great", "\u{1F44D}", "news"]),
    .init("ok \u{1F44D}\u{1F3FD}!", ["ok", "\u{1F44D}\u{1F3FD}", "!"]),
    .init("family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} here", ["family", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "here"]),
    .init("Zelens\u{02B9}kyi", ["Zelens\u{02B9}kyi"]),
    .init("Dnipro\u{2019}s", ["Dnipro", "\u{2019}s"]),
    .init("cafe\u{0301} society", ["cafe\u{0301}", "society"]),
    .init("Москва и Киев", ["Москва", "и", "Киев"]),
    .init("Łódź, Kraków", ["Łódź", ",", "Kraków"]),
    .init("a\u{00A0}b", ["a", "b"]),
    .init("", []),
    .init("   \n\t ", []),
  ]

  @Test(arguments: abbreviations)
  func abbreviationsAndInitials(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  @Test(arguments: clitics)
  func cliticsAndApostrophes(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  @Test(arguments: negations)
  func negationClitics(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  @Test(arguments: hyphensAndNumbers)
  func hyphenatedWordsNumbersAndDates(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  @Test(arguments: linksAndEmail)
  func urlsAndEmail(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  @Test(arguments: quotesAndPunctuation)
  func quotesDashesEllipsesAndSlashes(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  @Test(arguments: unicode)
  func emojiAndOtherScripts(_ example: Case) throws {
    #expect(try TextFixtures.tokens(example.text) == example.tokens)
  }

  // MARK: - Offsets

  static var allCases: [Case] {
    abbreviations + clitics + negations + hyphensAndNumbers + linksAndEmail + quotesAndPunctuation + unicode
  }

  /// Every token's text is the document text at its scalar range, tokens are
  /// ordered and disjoint, and every non-space scalar is in a token.
  @Test(arguments: allCases)
  func tokensAreExactViewsCoveringAllNonSpaceText(_ example: Case) throws {
    let document = try TextFixtures.analyse(example.text)
    var covered = Set<Int>()
    var previousEnd = 0
    for token in document.tokens {
      #expect(String(token.text) == TextFixtures.slice(example.text, token.range.lowerBound, token.range.upperBound))
      #expect(!token.range.isEmpty)
      #expect(token.range.lowerBound >= previousEnd)
      previousEnd = token.range.upperBound
      covered.formUnion(token.range)
    }
    for (offset, scalar) in example.text.unicodeScalars.enumerated() where !ScalarClass.isSpace(scalar) {
      #expect(covered.contains(offset), "scalar \(offset) (\(scalar.escaped(asASCII: true))) is in no token")
    }
  }

  @Test func offsetsAreUnicodeScalarOffsetsNotGraphemesOrUTF16() throws {
    // "e" + combining acute is one grapheme but two scalars; the emoji is one
    // scalar but two UTF-16 units.
    let text = "Cafe\u{0301} \u{1F600} Kyiv"
    let document = try TextFixtures.analyse(text)
    let kyiv = try #require(document.tokens.last)
    #expect(kyiv.text == "Kyiv")
    #expect(kyiv.range == 8..<12)
    #expect(document.length == 12)
    #expect(text.count == 11)
    #expect(text.utf16.count == 13)
  }

  @Test func longRealisticSentenceIsTokenizedExactly() throws {
    let text = "\u{201C}It\u{2019}s not a concession,\u{201D} U.S. Gen. Ana Ruiz said on Feb. 13 "
      + "in Brussels \u{2014} before the pre-2014 talks\u{2026}"
    #expect(
      try TextFixtures.tokens(text) == [
        "\u{201C}", "It", "\u{2019}s", "not", "a", "concession", ",", "\u{201D}", "U.S.", "Gen.", "Ana",
        "Ruiz", "said", "on", "Feb.", "13", "in", "Brussels", "\u{2014}", "before", "the", "pre-2014",
        "talks", "\u{2026}",
      ])
  }

  // MARK: - Shapes, spacing and paragraphs

  @Test(arguments: [
    ("word", TokenShape.word), ("pre-2014", .word), ("U.S.", .word), ("1,000.50", .number),
    ("2014", .number), ("'s", .clitic), ("\"", .quote), ("\u{201D}", .quote),
    ("\u{00AB}", .quote), (".", .terminal), ("?", .terminal), ("...", .terminal), ("\u{2026}", .terminal),
    (",", .punctuation), ("\u{2014}", .punctuation), ("/", .punctuation), ("https://example.com", .link),
    ("press@example.org", .link), ("\u{1F44D}", .symbol), ("$", .symbol),
  ])
  func shapes(_ text: String, _ shape: TokenShape) throws {
    // Clitics need a host word.
    let source = text.hasPrefix("'") ? "do\(text)" : text
    let document = try TextFixtures.analyse(source)
    let token = try #require(document.tokens.first { $0.text == text })
    #expect(token.shape == shape)
  }

  @Test func spaceAfterIsRecorded() throws {
    let document = try TextFixtures.analyse("Ukraine's war, now")
    #expect(document.tokens.map(\.spaceAfter) == [false, true, false, true, true])
  }

  @Test func paragraphsStartAfterLineBreaks() throws {
    let text = "First line.\nSecond line.\n\n  Third, indented.\n"
    let document = try TextFixtures.analyse(text)
    #expect(document.paragraphStarts == [0, 12, 28])
    #expect(document.paragraphIndex(of: 0) == 0)
    #expect(document.paragraphIndex(of: 12) == 1)
    #expect(document.paragraphIndex(of: 27) == 1)
    #expect(document.paragraphIndex(of: 30) == 2)
  }

  /// Input is normalised to "\n" upstream (``TextDecoder``), but a stray
  /// "\r\n" reaching the tokenizer still only separates tokens.
  @Test func carriageReturnsAreSpace() throws {
    let document = try TextFixtures.analyse("One.\r\nTwo.")
    #expect(document.tokens.map { String($0.text) } == ["One", ".", "Two", "."])
    #expect(document.paragraphStarts == [0, 6])
  }

  @Test func tokenizingTwiceGivesTheSameTable() throws {
    var document = Document(id: "d", text: "Mr. Ruiz didn't go to the U.S. on Feb. 13.")
    try Tokenizer().process(&document)
    let first = document.tokenTable
    try Tokenizer().process(&document)
    #expect(document.tokenTable == first)
  }

  @Test func handlesLongInputQuickly() throws {
    let sentence = "Mr. Ruiz said the U.S. would send 1,000.50 tonnes of aid on Feb. 13, \u{201C}immediately.\u{201D} "
    let text = String(repeating: sentence, count: 2_000)
    let perSentence = try TextFixtures.tokens(sentence).count
    let clock = ContinuousClock()
    var document = Document(id: "long", text: text)
    let elapsed = try clock.measure { try Tokenizer().process(&document) }
    #expect(perSentence == 19)
    #expect(document.tokenCount == 2_000 * perSentence)
    #expect(elapsed < .seconds(5))
  }
}
