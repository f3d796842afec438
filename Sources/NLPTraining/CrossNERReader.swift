import Foundation
import NLPCore
import NLPModels

/// One sentence of a CrossNER file: words and entity spans.
package struct CrossNERSentence: Sendable {
  /// The words.
  package var words: [String]
  /// The spans with their original CrossNER type (`politician`, `country`...).
  package var spans: [(range: Range<Int>, type: String)]
}

/// Reads CrossNER `token<TAB>BIO-tag` files (blank line between sentences).
///
/// Spans are decoded as conlleval does (and `eval_crossner.py`): an `I-` tag
/// whose type differs from the open span starts a new span.
package enum CrossNERReader {
  /// CrossNER politics types mapped to the recognizer's types; `misc` and
  /// other types are dropped.
  package static let typeMap: [String: NamedEntityType] = [
    "person": .person, "politician": .person,
    "country": .place, "location": .place,
    "organisation": .organization, "politicalparty": .organization,
    "election": .event, "event": .event,
  ]

  /// Reads a file.
  ///
  /// - Parameter url: The file.
  /// - Returns: The sentences in order.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if it cannot be read.
  package static func read(_ url: URL) throws(ModelError) -> [CrossNERSentence] {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .invalidData(path: url.path, reason: "cannot read: \(error.localizedDescription)")
    }
    return parse(text)
  }

  /// Parses CrossNER text.
  ///
  /// - Parameter text: The file's contents.
  /// - Returns: The sentences.
  package static func parse(_ text: String) -> [CrossNERSentence] {
    var sentences: [CrossNERSentence] = []
    var words: [String] = []
    var tags: [String] = []
    func flush() {
      if !words.isEmpty { sentences.append(CrossNERSentence(words: words, spans: spans(tags))) }
      words = []
      tags = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        flush()
        continue
      }
      var parts = line.split(separator: "\t", omittingEmptySubsequences: false)
      if parts.count < 2 { parts = line.split(separator: " ") }
      guard let word = parts.first, let tag = parts.last else { continue }
      words.append(String(word))
      tags.append(parts.count >= 2 ? tag.trimmingCharacters(in: .whitespaces) : "O")
    }
    flush()
    return sentences
  }

  /// Decodes BIO tags into spans.
  static func spans(_ tags: [String]) -> [(range: Range<Int>, type: String)] {
    var result: [(range: Range<Int>, type: String)] = []
    var open: (start: Int, type: String)?
    for (index, tag) in (tags + ["O"]).enumerated() {
      let type = tag.count > 2 ? String(tag.dropFirst(2)) : ""
      let continues = tag.hasPrefix("I-") && open?.type == type
      if !continues {
        if let current = open { result.append((current.start..<index, current.type)) }
        open = tag == "O" || type.isEmpty ? nil : (index, type)
      }
    }
    return result
  }
}
