import NLPModels

/// Runs the tagger and recognizer on CrossNER sentences and writes
/// `eval_crossner.py` input.
///
/// One JSON object per sentence, in order:
/// `{"sent": i, "tokens": [...], "entities": [{"start", "end", "type"}]}`.
/// The recognizer follows GUM's span conventions; CrossNER leaves out a
/// leading article, a possessive "'s" and a leading title in person names,
/// so those are trimmed from the output.
package enum CrossNEREvaluation {
  /// Recognizes the entities of one sentence in CrossNER's conventions.
  ///
  /// - Parameters:
  ///   - words: The sentence.
  ///   - models: The models.
  /// - Returns: Spans, trimmed to CrossNER's conventions.
  package static func predict(_ words: [String], models: NLPModels) -> [NamedSpan] {
    let substrings = words.map { Substring($0) }
    let tags = models.tagger.predict(substrings)
    return models.recognizer.recognize(substrings, tags: tags).compactMap { trim($0, words: words) }
  }

  /// Drops a leading "the/a/an" and a trailing "'s" or "'".
  static func trim(_ span: NamedSpan, words: [String]) -> NamedSpan? {
    var start = span.range.lowerBound
    var end = span.range.upperBound
    while end - start > 1, ["the", "a", "an"].contains(words[start]) { start += 1 }
    while end - start > 1, ["'s", "’s", "'", "’"].contains(words[end - 1]) { end -= 1 }
    return NamedSpan(range: start..<end, type: span.type)
  }

  /// The JSON line of one sentence.
  ///
  /// - Parameters:
  ///   - index: The 0-based sentence index.
  ///   - words: The sentence's words.
  ///   - spans: The predicted spans.
  /// - Returns: One line of JSON, without the newline.
  package static func jsonLine(index: Int, words: [String], spans: [NamedSpan]) -> String {
    let tokens = words.map(JSONText.string).joined(separator: ", ")
    let entities = spans.map {
      "{\"start\": \($0.range.lowerBound), \"end\": \($0.range.upperBound), \"type\": \"\($0.type.rawValue)\"}"
    }.joined(separator: ", ")
    return "{\"sent\": \(index), \"tokens\": [\(tokens)], \"entities\": [\(entities)]}"
  }

  /// Exact micro F1 (percent) over the four classes, as `eval_crossner.py` counts it.
  ///
  /// - Parameters:
  ///   - sentences: Gold sentences.
  ///   - predicted: Predicted spans per sentence.
  /// - Returns: The micro F1 in percent.
  package static func microF1(_ sentences: [CrossNERSentence], _ predicted: [[NamedSpan]]) -> Double {
    var gold = 0, guessed = 0, correct = 0
    for (sentence, spans) in zip(sentences, predicted) {
      let goldSet = Set(sentence.spans.compactMap { span in
        CrossNERReader.typeMap[span.type].map { "\(span.range.lowerBound) \(span.range.upperBound) \($0.rawValue)" }
      })
      let predictedSet = Set(spans.map { "\($0.range.lowerBound) \($0.range.upperBound) \($0.type.rawValue)" })
      gold += goldSet.count
      guessed += predictedSet.count
      correct += goldSet.intersection(predictedSet).count
    }
    let p = guessed > 0 ? Double(correct) / Double(guessed) : 0
    let r = gold > 0 ? Double(correct) / Double(gold) : 0
    return p + r > 0 ? 200 * p * r / (p + r) : 0
  }
}
