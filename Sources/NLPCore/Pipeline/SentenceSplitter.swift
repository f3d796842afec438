/// Groups a document's tokens into sentences.
///
/// A sentence ends at a terminal mark (. ! ? …) followed by a word that can
/// start a sentence, with closing quotes and brackets after the mark kept in
/// the sentence that ends; at every paragraph break; and never after titles,
/// initials or month abbreviations ("Gen.", "J.", "Feb. 13"). An
/// abbreviation that can end a sentence ("U.S.", "Inc.") ends one only when
/// a capitalised word follows that does not continue a name.
///
/// A sentence never runs past ``maximumLength`` tokens: text with no
/// sentence ends (a list, a transcript without punctuation) is cut after
/// the last comma, semicolon, colon or dash in the second half of each
/// stretch of ``maximumLength`` tokens, or at the limit when there is none.
/// Every later stage looks at whole sentences, many of them at each word
/// of one, so this keeps their work, and statements' content, in
/// proportion to the document rather than to the square of a sentence.
/// Edited news sentences stay far below it (the longest of the BBC and
/// PolNeAR articles has about 250 tokens).
public struct SentenceSplitter: Component {
  public let name = "sentence-splitter"

  /// The most tokens one sentence holds.
  public static let maximumLength = 400

  /// Creates a splitter.
  public init() {}

  public func process(_ document: inout Document) throws(PipelineError) {
    document.sentenceTable = split(document)
  }

  func split(_ document: Document) -> [Range<Int>] {
    let tokens = document.tokenTable
    guard !tokens.isEmpty else { return [] }
    var sentences: [Range<Int>] = []
    var start = 0
    var paragraph = 1
    let paragraphs = document.paragraphStarts
    var index = 0
    while index < tokens.count {
      // Paragraph break before this token?
      while paragraph < paragraphs.count, paragraphs[paragraph] <= tokens[index].range.lowerBound {
        if index > start {
          sentences.append(start..<index)
          start = index
        }
        paragraph += 1
      }
      var end = index + 1
      if endsSentence(document, at: index) {
        // Absorb closing quotes and brackets.
        while end < tokens.count, isClosing(document, end) { end += 1 }
        if end < tokens.count && !canStartSentence(document, at: end) {
          index = end
          continue
        }
        sentences.append(start..<end)
        start = end
      }
      index = end
    }
    if start < tokens.count { sentences.append(start..<tokens.count) }
    guard sentences.contains(where: { $0.count > Self.maximumLength }) else { return sentences }
    return sentences.flatMap { capped($0, in: document) }
  }

  /// A sentence cut into pieces of at most ``maximumLength`` tokens, each
  /// ending after the last clause mark (`,` `;` `:` or a dash) of its second
  /// half when it has one.
  func capped(_ sentence: Range<Int>, in document: Document) -> [Range<Int>] {
    guard sentence.count > Self.maximumLength else { return [sentence] }
    var pieces: [Range<Int>] = []
    var start = sentence.lowerBound
    while sentence.upperBound - start > Self.maximumLength {
      var end = start + Self.maximumLength
      for index in stride(from: end - 1, through: start + Self.maximumLength / 2, by: -1)
      where isClauseMark(document, index) {
        end = index + 1
        break
      }
      pieces.append(start..<end)
      start = end
    }
    pieces.append(start..<sentence.upperBound)
    return pieces
  }

  /// Whether a token is a comma, semicolon, colon or dash.
  func isClauseMark(_ document: Document, _ index: Int) -> Bool {
    let range = document.tokenTable[index].range
    guard document.tokenTable[index].shape == .punctuation, range.count == 1 else { return false }
    switch document.scalars[range.lowerBound] {
    case ",", ";", ":", "-", "\u{2013}", "\u{2014}": return true
    default: return false
    }
  }

  /// Whether the token at `index` is a sentence-ending mark.
  func endsSentence(_ document: Document, at index: Int) -> Bool {
    // Fields one by one: copying a whole record copies its strings too.
    let shape = document.tokenTable[index].shape, range = document.tokenTable[index].range
    if shape == .terminal { return true }
    guard shape == .word, document.scalars[range.upperBound - 1] == "." else {
      return false
    }
    // An abbreviation with its period: only some end sentences.
    let word = document.text(in: range.lowerBound..<(range.upperBound - 1)).lowercased()
    guard Tokenizer.sentenceFinalAbbreviations.contains(word) else { return false }
    let next = index + 1
    guard next < document.tokenTable.count else { return true }
    let nextRange = document.tokenTable[next].range
    guard document.tokenTable[next].shape == .word, let first = document.scalars[nextRange].first,
      ScalarClass.isUppercase(first)
    else { return false }
    // "U.S. President" continues a name; "U.S. The" starts a sentence.
    let nextWord = document.text(in: nextRange)
    return SentenceSplitter.sentenceStarters.contains(String(nextWord))
  }

  func isClosing(_ document: Document, _ index: Int) -> Bool {
    let scalar = document.scalars[document.tokenTable[index].range.lowerBound]
    switch scalar {
    case ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": return true
    case "\"", "'":
      // A straight quote closes when no space precedes it.
      return index > 0 && !document.tokenTable[index - 1].spaceAfter
    default: return false
    }
  }

  func canStartSentence(_ document: Document, at index: Int) -> Bool {
    guard let first = document.scalars[document.tokenTable[index].range].first else { return false }
    switch document.tokenTable[index].shape {
    case .word: return ScalarClass.isUppercase(first) || !ScalarClass.isLetter(first)
    case .number, .quote, .link, .symbol: return true
    case .punctuation: return "([{-\u{2014}\u{2013}".unicodeScalars.contains(first)
    case .clitic, .terminal: return false
    }
  }

  /// Capitalised words that begin sentences rather than continue names.
  static let sentenceStarters: Set<String> = [
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "You", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With", "As", "If", "When",
    "While", "After", "Before", "Since", "Although", "However", "Meanwhile", "There", "Its",
    "His", "Her", "Their", "Our", "My", "Some", "Many", "Most", "Other", "Others", "Both",
    "Each", "Every", "No", "Not", "What", "Who", "Why", "How", "Where", "Earlier", "Later",
    "Previously", "Still", "Also", "Now", "Then", "Last", "Next", "According",
  ]
}
