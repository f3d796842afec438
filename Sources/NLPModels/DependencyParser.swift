import Foundation

/// The syntactic head and relation of one word.
public struct Arc: Sendable, Equatable {
  /// The 0-based index of the head word in the sentence, or `nil` for the
  /// sentence's root word.
  ///
  /// CoNLL-U's 1-based head with 0 for the root is `head.map { $0 + 1 } ?? 0`.
  public let head: Int?
  /// The Universal Dependencies relation as in GUM, with subtype
  /// (`nsubj`, `nsubj:pass`, `obl:tmod`, `root`…).
  public let label: String

  /// Creates an arc.
  ///
  /// - Parameters:
  ///   - head: The 0-based head index, or `nil` for the root.
  ///   - label: The relation.
  public init(head: Int?, label: String) {
    self.head = head
    self.label = label
  }
}

/// A greedy transition-based dependency parser (arc-hybrid, averaged perceptron).
///
/// Reads a sentence left to right with a stack and a buffer; at each step a
/// perceptron over Zhang–Nivre-style features of the top stack and buffer
/// words, their children and labels picks SHIFT, LEFT or RIGHT. When an arc
/// is made, a second perceptron labels it with a GUM relation, seeing the
/// dependent's finished subtree and the head's children so far; later steps
/// see those labels. Trained with a dynamic oracle, so it learns to recover
/// from its own mistakes. Every sentence gets exactly one root. Configurations
/// with a single valid transition (only the root on the stack, or an empty
/// buffer) are not scored. Load it with
/// ``NLPModels``.
public final class DependencyParser: Sendable {
  /// The four-character kind of parser model files.
  static let kind = "PARS"

  /// The relation names, indexed by label class.
  package let labelNames: [String]
  /// Transition weights (three classes).
  package let transitions: WeightTable
  /// Label weights (one class per relation).
  package let labeller: WeightTable
  /// The label class of `root`.
  let rootLabel: Int
  /// The tagger classes the parser's tag features were trained with.
  package let tagNames: [String]
  /// The universal-tag index of each tagger class.
  let coarseTags: [Int]
  /// Per tagger class: whether its UPOS is `PUNCT` (such words are
  /// labelled `punct` without scoring, as in every UD treebank).
  let punctuationTags: [Bool]
  /// The label class of `punct`, if the model has one.
  let punctLabel: Int?
  /// Revises the greedy parse's attachments, if the model has one.
  let corrector: AttachmentCorrector?

  /// Creates a parser from trained parts.
  package init(
    tagNames: [String], labelNames: [String], transitions: WeightTable, labeller: WeightTable,
    corrector: WeightTable? = nil
  ) {
    self.tagNames = tagNames
    self.coarseTags = Self.coarseTags(tagNames)
    punctuationTags = tagNames.map { $0.hasPrefix("PUNCT\t") }
    punctLabel = labelNames.firstIndex(of: "punct")
    self.labelNames = labelNames
    self.transitions = transitions
    self.labeller = labeller
    rootLabel = labelNames.firstIndex(of: "root") ?? 0
    self.corrector = corrector.map { AttachmentCorrector(weights: $0, labelNames: labelNames, tagNames: tagNames) }
  }

  /// Maps each `UPOS<tab>XPOS` class to the index of its UPOS.
  package static func coarseTags(_ tagNames: [String]) -> [Int] {
    let upos = tagNames.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
    let distinct = Array(Set(upos)).sorted()
    return upos.map { distinct.firstIndex(of: $0) ?? 0 }
  }

  /// Parses one tagged sentence.
  ///
  /// - Parameters:
  ///   - words: The words of one sentence.
  ///   - tags: The tagger's predictions for the same words.
  /// - Returns: One arc per word; exactly one has a `nil` head.
  public func parse(_ words: [Substring], tags: [TagPrediction]) -> [Arc] {
    precondition(words.count == tags.count, "one tag per word")
    return arcs(parse(words.map { WordFeatures($0) }, tags: tags.map(\.tag)))
  }

  /// The arcs of a parse given as 1-based heads (0 = root) and label classes.
  private func arcs(_ parse: (heads: [Int], labels: [Int])) -> [Arc] {
    zip(parse.heads, parse.labels).map { head, label in
      Arc(head: head == 0 ? nil : head - 1, label: labelNames[label])
    }
  }

  /// Parses the tagged sentences of one document.
  ///
  /// - Parameters:
  ///   - sentences: Each sentence's word features.
  ///   - tags: Each sentence's tag classes, one per word.
  /// - Returns: One arc per word of each sentence; exactly one per sentence has a `nil` head.
  func parse(sentences: [[WordFeatures]], tags: [[Int]]) -> [[Arc]] {
    precondition(sentences.count == tags.count, "tags for every sentence")
    var buffers = ParseBuffers(self, words: sentences.map(\.count).max() ?? 0)
    return sentences.indices.map { arcs(parse(sentences[$0], tags: tags[$0], buffers: &buffers)) }
  }

  /// Parses from precomputed features.
  ///
  /// - Parameters:
  ///   - words: The words' features.
  ///   - tags: The words' tag classes.
  /// - Returns: For each word, its 1-based head (0 = root) and label class.
  package func parse(_ words: [WordFeatures], tags: [Int]) -> (heads: [Int], labels: [Int]) {
    var buffers = ParseBuffers(self, words: words.count)
    return parse(words, tags: tags, buffers: &buffers)
  }

  /// Parses from precomputed features in reused buffers.
  ///
  /// - Parameters:
  ///   - words: The words' features.
  ///   - tags: The words' tag classes.
  ///   - buffers: Buffers made for sentences of at least this length.
  /// - Returns: For each word, its 1-based head (0 = root) and label class.
  func parse(_ words: [WordFeatures], tags: [Int], buffers: inout ParseBuffers) -> (heads: [Int], labels: [Int]) {
    let sentence = ParserSentence(words: words, tags: tags, coarse: coarseTags)
    var tree = parseGreedily(sentence, count: words.count, buffers: &buffers)
    if let corrector {
      corrector.revise(sentence, &tree) { _, _, features in corrector.best(features) }
    }
    return (Array(tree.heads.dropFirst()), Array(tree.labels.dropFirst()))
  }

  /// The state and scratch space of a greedy parse, reused from one
  /// sentence to the next so that parsing a document allocates them once.
  struct ParseBuffers {
    /// The configuration.
    var state: ParserState
    /// The transition scorer and its memo.
    let scorer: TransitionScorer
    /// Room for one arc's label features.
    var features: [UInt64] = []
    /// Room for one score per label.
    var labelScores: [Int32]

    /// Creates buffers for sentences of up to `words` words.
    init(_ parser: DependencyParser, words: Int) {
      state = ParserState(count: words)
      scorer = TransitionScorer(table: parser.transitions, words: words)
      features.reserveCapacity(64)
      labelScores = [Int32](repeating: 0, count: parser.labelNames.count)
    }
  }

  /// Parses greedily, without revising.
  ///
  /// - Returns: The parse, root first: for each node its 1-based head
  ///   (0 = root) and label class.
  package func parseGreedily(_ sentence: ParserSentence, count: Int) -> AttachmentCorrector.Tree {
    var buffers = ParseBuffers(self, words: count)
    return parseGreedily(sentence, count: count, buffers: &buffers)
  }

  /// Parses greedily in `buffers`, made for sentences of at least `count` words.
  func parseGreedily(_ sentence: ParserSentence, count: Int, buffers: inout ParseBuffers) -> AttachmentCorrector.Tree {
    buffers.scorer.begin(words: count)
    buffers.state.reset(count: count)
    while !buffers.state.isTerminal {
      guard
        let move = buffers.state.forcedTransition
          ?? bestTransition(buffers.state, buffers.scorer.scores(sentence, buffers.state))
      else { break }
      var label = 0
      if let (head, dependent) = buffers.state.arc(for: move) {
        label = predictLabel(
          sentence, buffers.state, head: head, dependent: dependent, &buffers.features, &buffers.labelScores)
      }
      buffers.state.apply(move, label: label)
    }
    var tree = AttachmentCorrector.Tree(
      heads: [Int](repeating: 0, count: count + 1), labels: [Int](repeating: rootLabel, count: count + 1))
    for node in 1..<(count + 1) {
      tree.heads[node] = max(0, buffers.state.heads[node])
      tree.labels[node] = max(0, buffers.state.labels[node])
    }
    return tree
  }

  /// The best-scoring valid transition of a configuration.
  ///
  /// - Parameters:
  ///   - state: The configuration.
  ///   - scores: The scores of SHIFT, LEFT and RIGHT (lanes 0, 1, 2).
  func bestTransition(_ state: ParserState, _ scores: SIMD4<Int32>) -> Transition? {
    var best: Transition?
    var bestScore = Int32.min
    for transition in Transition.allCases where state.isValid(transition) {
      if best == nil || scores[transition.rawValue] > bestScore {
        best = transition
        bestScore = scores[transition.rawValue]
      }
    }
    return best
  }

  /// The transition scores of a configuration, summing every feature's
  /// row: the reference ``TransitionScorer`` must agree with.
  ///
  /// - Parameters:
  ///   - sentence: The sentence's node table.
  ///   - state: The configuration.
  /// - Returns: The scores of SHIFT, LEFT and RIGHT (lanes 0, 1, 2).
  func referenceScores(_ sentence: ParserSentence, _ state: ParserState) -> SIMD4<Int32> {
    var features: [UInt64] = []
    ParserFeatures.transition(sentence, state, into: &features)
    var scores = [Int32](repeating: 0, count: 3)
    features.withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { transitions.accumulate(f, into: $0) }
    }
    return SIMD4(scores[0], scores[1], scores[2], 0)
  }

  /// The best label for an arc about to be made; `root` exactly for the root's dependent.
  func predictLabel(
    _ sentence: ParserSentence, _ state: ParserState, head: Int, dependent: Int,
    _ features: inout [UInt64], _ scores: inout [Int32]
  ) -> Int {
    if head == 0 { return rootLabel }
    if let punctLabel, Int(sentence.tags[dependent]) < punctuationTags.count,
      punctuationTags[Int(sentence.tags[dependent])]
    {
      return punctLabel
    }
    ParserFeatures.label(sentence, state, head: head, dependent: dependent, into: &features)
    return bestLabel(features, &scores)
  }

  /// The best label other than `root` given an arc's label features.
  ///
  /// - Parameters:
  ///   - features: The arc's label features.
  ///   - scores: Room for one score per label.
  func bestLabel(_ features: [UInt64], _ scores: inout [Int32]) -> Int {
    for index in scores.indices { scores[index] = 0 }
    features.withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { labeller.accumulate(f, into: $0) }
    }
    var best = rootLabel == 0 ? 1 : 0
    for index in scores.indices where index != rootLabel && scores[index] > scores[best] {
      best = index
    }
    return best
  }

  // MARK: - Model file

  /// Writes the parser to a model file.
  ///
  /// - Parameter url: The destination.
  /// - Throws: ``ModelError/unwritable(path:reason:)``.
  package func save(to url: URL) throws(ModelError) {
    var writer = ModelFileWriter()
    writer.write(tagNames)
    writer.write(labelNames)
    transitions.write(to: &writer)
    labeller.write(to: &writer)
    corrector?.weights.write(to: &writer)
    try writer.save(kind: Self.kind, to: url)
  }

  /// Loads a parser model file.
  ///
  /// - Parameter url: The model file.
  /// - Throws: ``ModelError`` naming the file if it is missing, corrupt or
  ///   of another version or kind.
  public convenience init(contentsOf url: URL) throws(ModelError) {
    var reader = try ModelFileReader(url: url, kind: Self.kind)
    let tags = try reader.readStrings()
    let labels = try reader.readStrings()
    let transitions = try WeightTable(from: &reader)
    let labeller = try WeightTable(from: &reader)
    let corrector = reader.isAtEnd ? nil : try WeightTable(from: &reader)
    guard transitions.classCount == 3, labeller.classCount == labels.count, labels.count >= 2,
      corrector.map({ $0.classCount == 1 }) ?? true, reader.isAtEnd
    else {
      throw .malformed(path: url.path, reason: "label set and weights disagree")
    }
    self.init(
      tagNames: tags, labelNames: labels, transitions: transitions, labeller: labeller, corrector: corrector)
  }
}
