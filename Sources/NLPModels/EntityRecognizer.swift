import Foundation
import NLPCore

/// A named entity mention: a range of words and its type.
public struct NamedSpan: Sendable, Equatable, Hashable {
  /// The words of the mention, as 0-based indices into the sentence.
  public let range: Range<Int>
  /// The entity type.
  public let type: NamedEntityType

  /// Creates a span.
  ///
  /// - Parameters:
  ///   - range: The word range.
  ///   - type: The entity type.
  public init(range: Range<Int>, type: NamedEntityType) {
    self.range = range
    self.type = type
  }
}

/// A BILOU named-entity recognizer: averaged structured perceptron + Viterbi.
///
/// Each word gets one of 17 tags (`O`, or Begin/Inside/Last/Unit of the
/// four types) from features of the word, its neighbours, their tags and
/// gazetteer matches (countries, cities, regions, titles, organizations);
/// Viterbi decoding finds the best sequence that is valid BILOU (no `I`
/// without a `B`, no type change inside a mention). Spans follow GUM's
/// conventions: a leading "the" and a possessive "'s" belong to the mention.
/// ``recognize(document:tags:)`` adds document-level consistency.
public final class EntityRecognizer: Sendable {
  /// The four-character kind of recognizer model files.
  static let kind = "NERC"
  /// The number of BILOU classes.
  package static let classCount = 17

  /// Emission and transition weights.
  let weights: WeightTable
  /// The name lists used as features.
  let gazetteer: Gazetteer
  /// Transition scores `[previous * classCount + next]`, previous 17 = start.
  let transitions: [Int32]

  /// Creates a recognizer from trained parts.
  package init(weights: WeightTable, gazetteer: Gazetteer) {
    self.weights = weights
    self.gazetteer = gazetteer
    var matrix = [Int32](repeating: 0, count: (Self.classCount + 1) * Self.classCount)
    for previous in 0...Self.classCount {
      var row = [Int32](repeating: 0, count: Self.classCount)
      let feature = [Self.transitionFeature(previous)]
      feature.withUnsafeBufferPointer { f in
        row.withUnsafeMutableBufferPointer { weights.accumulate(f, into: $0) }
      }
      for next in 0..<Self.classCount { matrix[previous * Self.classCount + next] = row[next] }
    }
    transitions = matrix
  }

  // MARK: - Tags

  /// The type of a BILOU class (`nil` for `O`).
  static func type(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 4 }
  /// The position of a BILOU class: 0 B, 1 I, 2 L, 3 U.
  static func position(of tag: Int) -> Int { (tag - 1) % 4 }
  /// The class of a type at a position.
  package static func tag(type: Int, position: Int) -> Int { 1 + type * 4 + position }

  /// Whether `next` may follow `previous` (17 = sentence start).
  static func allowed(_ previous: Int, _ next: Int) -> Bool {
    let open = previous != classCount && previous != 0 && position(of: previous) < 2
    if next == 0 { return !open }
    let p = position(of: next)
    if p == 0 || p == 3 { return !open }
    return open && type(of: previous) == type(of: next)
  }

  /// Whether a class may end a sentence.
  static func mayEnd(_ tag: Int) -> Bool { tag == 0 || position(of: tag) >= 2 }

  /// The feature that carries the transition weights from `previous`.
  package static func transitionFeature(_ previous: Int) -> UInt64 { FeatureHash.feature(500, UInt64(previous)) }

  /// Turns a tag sequence into spans.
  static func spans(_ tags: [Int]) -> [NamedSpan] {
    var spans: [NamedSpan] = []
    var start = 0
    for (index, tag) in tags.enumerated() {
      guard let type = type(of: tag) else { continue }
      let p = position(of: tag)
      if p == 0 || p == 3 { start = index }
      if p >= 2, let kind = Optional(NamedEntityType.allCases[type]) {
        spans.append(NamedSpan(range: start..<(index + 1), type: kind))
      }
    }
    return spans
  }

  // MARK: - Prediction

  /// Finds the named entities of one sentence.
  ///
  /// - Parameters:
  ///   - words: The words of one sentence.
  ///   - tags: The tagger's predictions for the same words.
  /// - Returns: Non-overlapping spans in order.
  public func recognize(_ words: [Substring], tags: [TagPrediction]) -> [NamedSpan] {
    precondition(words.count == tags.count, "one tag per word")
    let input = RecognizerInput(words: words, xpos: tags.map(\.xpos), gazetteer: gazetteer)
    return Self.spans(decode(input))
  }

  /// Finds the named entities of a document, making them consistent.
  ///
  /// Recognizes each sentence, then gives every occurrence of the same name
  /// its most frequent type, and tags further capitalized occurrences of a
  /// name (or of a person's last name) found elsewhere in the document.
  /// - Parameters:
  ///   - document: The document's sentences, each an array of words.
  ///   - tags: The tagger's predictions, one array per sentence.
  /// - Returns: The spans of each sentence.
  public func recognize(document: [[Substring]], tags: [[TagPrediction]]) -> [[NamedSpan]] {
    var result: [[NamedSpan]] = []
    for (words, sentenceTags) in zip(document, tags) {
      result.append(recognize(words, tags: sentenceTags))
    }
    return DocumentConsistency.apply(result, document: document, tags: tags)
  }

  /// The best valid BILOU sequence for a sentence.
  func decode(_ input: RecognizerInput) -> [Int] {
    let n = input.count
    guard n > 0 else { return [] }
    let k = Self.classCount
    var emissions = [Int32](repeating: 0, count: n * k)
    // The next word's features are hashed and probed (asking for their
    // buckets) before the current word is scored, so the cache misses overlap.
    var features: [UInt64] = []
    features.reserveCapacity(64)
    var probes: [UInt64] = []
    var nextProbes: [UInt64] = []
    func probe(into probes: inout [UInt64]) {
      if probes.count < features.count { probes = [UInt64](repeating: 0, count: 2 * features.count) }
      features.withUnsafeBufferPointer { f in
        probes.withUnsafeMutableBufferPointer { weights.probe(f, into: $0.baseAddress!) }
      }
    }
    RecognizerFeatures.extract(input, at: 0, into: &features)
    probe(into: &probes)
    var count = features.count
    for index in 0..<n {
      var nextCount = 0
      if index + 1 < n {
        RecognizerFeatures.extract(input, at: index + 1, into: &features)
        probe(into: &nextProbes)
        nextCount = features.count
      }
      probes.withUnsafeBufferPointer { p in
        emissions.withUnsafeMutableBufferPointer { e in
          let row = UnsafeMutableBufferPointer(rebasing: e[(index * k)..<((index + 1) * k)])
          weights.accumulate(probes: UnsafeBufferPointer(rebasing: p[0..<count]), into: row)
        }
      }
      swap(&probes, &nextProbes)
      count = nextCount
    }
    return BILOUDecoder.decode(emissions: emissions, count: n, transitions: transitions)
  }

  /// Viterbi decoding over valid BILOU transitions.
  ///
  /// - Parameters:
  ///   - emissions: `count × 17` scores.
  ///   - count: The number of words.
  ///   - transitions: `18 × 17` scores (row 17 = start).
  /// - Returns: The best valid tag sequence.
  package static func viterbi<T: Numeric & Comparable>(emissions: [T], count n: Int, transitions: [T]) -> [Int] {
    let k = classCount
    var score = [T](repeating: 0, count: n * k)
    var back = [Int](repeating: -1, count: n * k)
    var valid = [Bool](repeating: false, count: n * k)
    for tag in 0..<k where allowed(k, tag) {
      score[tag] = emissions[tag] + transitions[k * k + tag]
      valid[tag] = true
    }
    if n > 1 {
      for index in 1..<n {
        for tag in 0..<k {
          var best: T = 0
          var from = -1
          for previous in 0..<k where valid[(index - 1) * k + previous] && allowed(previous, tag) {
            let candidate = score[(index - 1) * k + previous] + transitions[previous * k + tag]
            if from < 0 || candidate > best {
              best = candidate
              from = previous
            }
          }
          guard from >= 0 else { continue }
          score[index * k + tag] = best + emissions[index * k + tag]
          back[index * k + tag] = from
          valid[index * k + tag] = true
        }
      }
    }
    var last = 0
    var bestFinal: T = 0
    var found = false
    for tag in 0..<k where valid[(n - 1) * k + tag] && mayEnd(tag) {
      if !found || score[(n - 1) * k + tag] > bestFinal {
        bestFinal = score[(n - 1) * k + tag]
        last = tag
        found = true
      }
    }
    var tags = [Int](repeating: 0, count: n)
    tags[n - 1] = last
    var index = n - 1
    while index > 0 {
      let previous = back[index * k + tags[index]]
      tags[index - 1] = max(0, previous)
      index -= 1
    }
    return tags
  }

  // MARK: - Model file

  /// Writes the recognizer to a model file.
  ///
  /// - Parameter url: The destination.
  /// - Throws: ``ModelError/unwritable(path:reason:)``.
  package func save(to url: URL) throws(ModelError) {
    var writer = ModelFileWriter()
    weights.write(to: &writer)
    gazetteer.names.write(to: &writer)
    try writer.save(kind: Self.kind, to: url)
  }

  /// Loads a recognizer model file.
  ///
  /// - Parameter url: The model file.
  /// - Throws: ``ModelError`` naming the file if it is missing, corrupt or
  ///   of another version or kind.
  public convenience init(contentsOf url: URL) throws(ModelError) {
    var reader = try ModelFileReader(url: url, kind: Self.kind)
    let weights = try WeightTable(from: &reader)
    let names = try HashIndex(from: &reader)
    guard weights.classCount == Self.classCount, reader.isAtEnd else {
      throw .malformed(path: url.path, reason: "expected \(Self.classCount) BILOU classes")
    }
    self.init(weights: weights, gazetteer: Gazetteer(names: names))
  }
}
