import Foundation
import NLPCore
import NLPModels

/// Runs the models on gold-tokenized GUM documents and writes `eval_gum.py` input.
///
/// One JSON object per document:
/// `{"doc": ID, "sentences": [[{"form", "upos", "head", "deprel"}, ...], ...],
/// "entities": [{"sent", "start", "end", "type"}, ...]}` with 1-based heads
/// (0 = root), 0-based end-exclusive word ranges and 0-based sentence indices.
package enum GUMEvaluation {
  /// The models' analysis of one document.
  package struct Prediction {
    /// Tags per sentence.
    package var tags: [[TagPrediction]]
    /// Arcs per sentence.
    package var arcs: [[Arc]]
    /// Named spans per sentence (after document-level consistency).
    package var entities: [[NamedSpan]]
  }

  /// Analyses one document on its gold words.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - models: The models.
  /// - Returns: Tags, arcs and entities.
  package static func predict(_ document: CoNLLUDocument, models: NLPModels) -> Prediction {
    let words = document.sentences.map { $0.words.map { Substring($0.form) } }
    let analyses = models.analyze(document: words)
    return Prediction(tags: analyses.map(\.tags), arcs: analyses.map(\.arcs), entities: analyses.map(\.entities))
  }

  /// The JSON line of one document.
  ///
  /// - Parameters:
  ///   - document: The gold document (for its id and words).
  ///   - prediction: The models' analysis.
  /// - Returns: One line of JSON, without the newline.
  package static func jsonLine(_ document: CoNLLUDocument, _ prediction: Prediction) -> String {
    var out = "{\"doc\": " + JSONText.string(document.id) + ", \"sentences\": ["
    for (s, sentence) in document.sentences.enumerated() {
      if s > 0 { out += ", " }
      out += "["
      for (w, word) in sentence.words.enumerated() {
        if w > 0 { out += ", " }
        let arc = prediction.arcs[s][w]
        out += "{\"form\": " + JSONText.string(word.form) + ", \"upos\": "
          + JSONText.string(prediction.tags[s][w].upos) + ", \"head\": "
          + String(arc.head.map { $0 + 1 } ?? 0) + ", \"deprel\": " + JSONText.string(arc.label) + "}"
      }
      out += "]"
    }
    out += "], \"entities\": ["
    var first = true
    for (s, spans) in prediction.entities.enumerated() {
      for span in spans {
        if !first { out += ", " }
        first = false
        out += "{\"sent\": \(s), \"start\": \(span.range.lowerBound), \"end\": \(span.range.upperBound), \"type\": \"\(span.type.rawValue)\"}"
      }
    }
    return out + "]}"
  }

  /// Exact and head-lenient micro F1 of named entities, as `eval_gum.py` counts them.
  ///
  /// - Parameters:
  ///   - documents: Gold documents.
  ///   - entities: Predicted spans per document and sentence.
  /// - Returns: Exact F1 and head-lenient F1, in percent.
  package static func nerScores(_ documents: [CoNLLUDocument], _ entities: [[[NamedSpan]]]) -> (exact: Double, head: Double) {
    var goldCount = 0, predictedCount = 0, exact = 0, lenient = 0
    for (document, predicted) in zip(documents, entities) {
      var gold: [String: Int] = [:]
      for (s, sentence) in document.sentences.enumerated() {
        for mention in sentence.mentions where mention.isNamed && NamedEntityType(rawValue: mention.type) != nil {
          gold["\(s) \(mention.start) \(mention.end) \(mention.type)"] = mention.head
        }
      }
      var predictedKeys = Set<String>()
      var bySentence: [Int: [(Int, Int, String)]] = [:]
      for (s, spans) in predicted.enumerated() {
        for span in spans {
          let key = "\(s) \(span.range.lowerBound) \(span.range.upperBound) \(span.type.rawValue)"
          if predictedKeys.insert(key).inserted {
            bySentence[s, default: []].append((span.range.lowerBound, span.range.upperBound, span.type.rawValue))
          }
        }
      }
      goldCount += gold.count
      predictedCount += predictedKeys.count
      var used = Set<String>()
      var matched = Set<String>()
      for key in gold.keys.sorted() where predictedKeys.contains(key) {
        exact += 1
        used.insert(key)
        matched.insert(key)
      }
      for key in gold.keys.sorted() where !matched.contains(key) {
        let parts = key.split(separator: " ")
        guard parts.count == 4, let s = Int(parts[0]), let a = Int(parts[1]), let b = Int(parts[2]),
          let head = gold[key]
        else { continue }
        for (start, end, type) in (bySentence[s] ?? []).sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
          let candidate = "\(s) \(start) \(end) \(type)"
          guard !used.contains(candidate), type == parts[3], a <= start, end <= b, start <= head, head < end
          else { continue }
          used.insert(candidate)
          matched.insert(key)
          break
        }
      }
      lenient += matched.count
    }
    func f1(_ tp: Int) -> Double {
      let p = predictedCount > 0 ? Double(tp) / Double(predictedCount) : 0
      let r = goldCount > 0 ? Double(tp) / Double(goldCount) : 0
      return p + r > 0 ? 200 * p * r / (p + r) : 0
    }
    return (f1(exact), f1(lenient))
  }
}

/// Minimal JSON text output.
enum JSONText {
  /// A JSON string literal with the required escapes.
  static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
