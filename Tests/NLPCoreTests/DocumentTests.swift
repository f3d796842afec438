import Testing

@testable import DocumentInput
@testable import NLPCore

@Suite("Document")
struct DocumentTests {
  @Test func lengthCountsUnicodeScalars() {
    // Two scalars make one grapheme each time: e + combining acute, a thumb
    // with a skin tone, a flag.
    let text = "e\u{0301}\u{1F44D}\u{1F3FD}\u{1F1FA}\u{1F1E6}"
    let document = Document(id: "d", text: text)
    #expect(document.length == 6)
    #expect(document.scalars.count == 6)
    #expect(text.count == 3)
    #expect(document.id == "d")
    #expect(document.text == text)
  }

  @Test(arguments: [
    (0, 3, "Caf"), (3, 5, "e\u{0301}"), (6, 7, "\u{1F600}"), (8, 12, "Kyiv"), (0, 12, "Cafe\u{0301} \u{1F600} Kyiv"),
    (4, 4, ""),
  ])
  func textInRangeUsesScalarOffsets(_ start: Int, _ end: Int, _ expected: String) {
    let document = Document(id: "d", text: "Cafe\u{0301} \u{1F600} Kyiv")
    #expect(document.text(in: start..<end) == expected)
  }

  /// Offsets become string indices through a UTF-8 offset kept every 32
  /// scalars: every range of a long non-ASCII text reads its own scalars.
  @Test func textInRangeIsExactAcrossLongNonASCIIText() {
    let text = String(repeating: "Zürich “said” \u{1F600} e\u{0301} Kyiv. ", count: 12)
    let document = Document(id: "d", text: text)
    let length = text.unicodeScalars.count
    #expect(document.length == length)
    for start in stride(from: 0, through: length, by: 3) {
      for end in stride(from: start, through: length, by: 5) {
        #expect(String(document.text(in: start..<end)) == TextFixtures.slice(text, start, end))
      }
    }
    let ascii = Document(id: "a", text: "plain ASCII text, one byte a scalar")
    #expect(ascii.text(in: 6..<11) == "ASCII")
  }

  @Test func textInRangeIsClampedToTheText() {
    let document = Document(id: "d", text: "Kyiv")
    #expect(document.text(in: -3..<2) == "Ky")
    #expect(document.text(in: 2..<99) == "iv")
    #expect(document.text(in: 10..<20) == "")
  }

  @Test func emptyDocument() throws {
    let document = try TextFixtures.analyse("")
    #expect(document.length == 0)
    #expect(document.tokens.isEmpty)
    #expect(document.sentences.isEmpty)
    #expect(document.text(in: 0..<0) == "")
    #expect(document.tokenIndex(containing: 0) == nil)
    #expect(document.paragraphIndex(of: 0) == 0)
    document.checkInvariants()
  }

  @Test func tokenIndexContainingAnOffset() throws {
    // 0123456789012345
    // "Kyiv's war, now"
    let document = try TextFixtures.analyse("Kyiv's war, now")
    #expect(document.tokenIndex(containing: 0) == 0)
    #expect(document.tokenIndex(containing: 3) == 0)
    #expect(document.tokenIndex(containing: 4) == 1)
    #expect(document.tokenIndex(containing: 6) == nil)  // the space
    #expect(document.tokenIndex(containing: 7) == 2)
    #expect(document.tokenIndex(containing: 10) == 3)  // the comma
    #expect(document.tokenIndex(containing: 14) == 4)
    #expect(document.tokenIndex(containing: 15) == nil)  // past the end
    #expect(document.tokenIndex(containing: -1) == nil)
  }

  @Test func tokenViewsReadTheDocument() throws {
    let text = "Gen. Ana Ruiz didn\u{2019}t leave."
    let document = try TextFixtures.analyse(text)
    for token in document.tokens {
      #expect(token.document.id == document.id)
      #expect(String(token.text) == TextFixtures.slice(text, token.range.lowerBound, token.range.upperBound))
      // Untagged and unparsed: empty annotations, each token its own root.
      #expect(token.upos == "" && token.xpos == "" && token.lemma == "" && token.dependency == "")
      #expect(token.head == token.index)
    }
    let token = Token(document: document, index: 1)
    #expect(token.text == "Ana")
    #expect(token.range == 5..<8)
    #expect(token.shape == .word)
    #expect(token.spaceAfter)
  }

  @Test func headIsStoredAsAnOffset() throws {
    var document = try TextFixtures.analyse("Ruiz spoke today")
    document.tokenTable[0].headOffset = 1
    document.tokenTable[2].headOffset = -1
    #expect(document.tokens.map(\.head) == [1, 1, 1])
  }

  @Test func sentenceViews() throws {
    let text = "Ruiz spoke. Kowalski listened."
    let document = try TextFixtures.analyse(text)
    let sentences = document.sentences
    #expect(sentences.count == 2)
    #expect(sentences[0].tokenRange == 0..<3)
    #expect(sentences[1].tokenRange == 3..<6)
    #expect(sentences[1].range == 12..<30)
    #expect(sentences[1].text == "Kowalski listened.")
    #expect(Sentence(document: document, index: 0).text == "Ruiz spoke.")
  }

  @Test func viewsAreValuesThatDoNotSeeLaterChanges() throws {
    var document = try TextFixtures.analyse("One two three")
    let token = document.tokens[1]
    let copy = document
    document.tokenTable.removeAll()
    #expect(token.text == "two")
    #expect(copy.tokenCount == 3)
    #expect(document.tokenCount == 0)
  }

  @Test func paragraphIndexOfOffsets() throws {
    let document = try TextFixtures.analyse("One.\nTwo.\n\nThree.")
    #expect(document.paragraphStarts == [0, 5, 11])
    #expect([0, 4, 5, 9, 10, 11, 16].map(document.paragraphIndex(of:)) == [0, 0, 1, 1, 1, 2, 2])
  }

  @Test func invariantsHoldAfterTheStandardPipeline() throws {
    for text in ["", "x", "One. Two.", "\u{201C}Quote\u{201D}\n\nNext \u{1F600}", try TextFixtures.seedText()] {
      let document = try TextFixtures.analyse(text)
      document.checkInvariants()
      #expect(document.sentences.last?.tokenRange.upperBound ?? 0 == document.tokenCount)
    }
  }

  @Test func lowercasedWordsAreTheSameWithAndWithoutTheCache() throws {
    var document = Document(id: "d", text: "The ÉLYSÉE Palace said NO to Mr. O'Neill's plan.")
    try Pipeline.standard.apply(to: &document)
    let computed = (0..<document.tokenCount).map { document.lowercasedWord($0) }
    #expect(computed.contains("élysée"))
    #expect(computed.contains("o'neill"))
    document.cacheLowercasedWords()
    #expect(document.lowercasedWordTable.count == document.tokenCount)
    #expect((0..<document.tokenCount).map { document.lowercasedWord($0) } == computed)
  }
}
