import NewsExtraction
import NLPCore

/// The tokenizer harness: any text (invalid UTF-8 replaced, as the decoder
/// does) through the tokenizer and the sentence splitter, whose tables must
/// hold: tokens non-empty, in order and inside the text; sentences
/// non-empty, contiguous and covering every token.
enum TokenizerFuzzing {
  /// Tokenizes, splits and checks one text.
  ///
  /// - Parameter bytes: The text's bytes.
  static func run(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let document: Document
    do {
      document = try Pipeline.standard.run(id: "fuzz", text: text)
    } catch {
      fatalError("the standard pipeline failed: \(error)")
    }
    var previousEnd = 0
    for token in document.tokens {
      let range = token.range
      guard range.lowerBound >= previousEnd, range.lowerBound < range.upperBound, range.upperBound <= document.length
      else {
        fatalError("token \(token.index) has range \(range) after \(previousEnd) in \(document.length) scalars")
      }
      previousEnd = range.upperBound
    }
    var next = 0
    for sentence in document.sentences {
      let tokens = sentence.tokenRange
      guard tokens.lowerBound == next, !tokens.isEmpty else {
        fatalError("sentence \(sentence.index) has tokens \(tokens), expected to start at \(next)")
      }
      next = tokens.upperBound
    }
    guard document.sentences.isEmpty ? document.tokenCount == 0 : next == document.tokenCount else {
      fatalError("the sentences cover \(next) of \(document.tokenCount) tokens")
    }
  }
}
