/// Revises the heads the greedy parser gave to words of the relations it
/// most often attaches wrongly (conjuncts, oblique and nominal modifiers,
/// clausal modifiers).
///
/// A greedy parser decides where a word attaches before it has seen what
/// follows, so a second conjunct or a prepositional phrase often lands on a
/// word too low or too high on the right edge of what precedes it. After
/// parsing, each such word is offered the heads it could take without
/// crossing another arc: its head's ancestors and the words on the edge of
/// its head's subtree facing it. A ranking perceptron (revision learning,
/// after Attardi and Ciaramita 2007), trained on held-out parses of the
/// training set, scores each candidate from the pair's words, tags,
/// relations, the preposition or marker the word carries, the path between
/// them and whether they look alike; the best one wins. `obl` and `nmod`,
/// `advcl` and `acl` then follow the new head's part of speech.
package struct AttachmentCorrector: Sendable {
  /// A parse being revised. Index 0 is the root; words are 1…n.
  package struct Tree {
    /// The head of each node (`heads[0]` unused).
    var heads: [Int]
    /// The label class of each node's arc.
    var labels: [Int]
  }

  /// The most candidates offered to one word.
  static let maximumCandidates = 6
  /// The relations whose words are revisited.
  static let revisedRelations: Set<String> = ["conj", "obl", "nmod", "acl", "advcl"]

  /// The candidate weights (one class: the candidate's score).
  let weights: WeightTable
  /// Per label class: whether its words are revisited.
  let revised: [Bool]
  /// Per label class: the class it becomes under a nominal head (itself if none).
  let underNominal: [Int]
  /// Per label class: the class it becomes under a non-nominal head (itself if none).
  let underPredicate: [Int]
  /// Per label class: whether it marks a preposition or subordinator (`case`, `mark`).
  let marker: [Bool]
  /// Per label class: whether it is `cc`.
  let coordinator: [Bool]
  /// Per label class: whether it is `conj`.
  let conjunct: [Bool]
  /// Per tag class: whether the head of a nominal (noun, proper noun, pronoun, number).
  let nominal: [Bool]
  /// Per tag class: whether a verb.
  let verb: [Bool]

  /// Creates a corrector.
  ///
  /// - Parameters:
  ///   - weights: The trained one-class candidate weights.
  ///   - labelNames: The parser's relation names.
  ///   - tagNames: The tagger's `UPOS<tab>XPOS` class names.
  package init(weights: WeightTable, labelNames: [String], tagNames: [String]) {
    self.weights = weights
    let index = Dictionary(labelNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    revised = labelNames.map { Self.revisedRelations.contains($0) }
    /// Each label class, or the class its name maps to.
    func renamed(_ names: [String: String]) -> [Int] {
      labelNames.indices.map { label in names[labelNames[label]].flatMap { index[$0] } ?? label }
    }
    underNominal = renamed(["obl": "nmod", "advcl": "acl"])
    underPredicate = renamed(["nmod": "obl", "acl": "advcl"])
    marker = labelNames.map { $0 == "case" || $0 == "mark" }
    coordinator = labelNames.map { $0 == "cc" }
    conjunct = labelNames.map { $0 == "conj" }
    let upos = tagNames.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
    nominal = upos.map { ["NOUN", "PROPN", "PRON", "NUM"].contains($0) }
    verb = upos.map { $0 == "VERB" }
  }

  /// The number of features of one candidate.
  package static let featureCount = 16

  /// What ``revise(_:_:choose:)`` keeps about a sentence while revising it.
  private struct Context {
    /// The number of verbs among nodes `1...i`.
    var verbsBefore: [Int]
    /// Per node: its first `case` or `mark` child, else 0.
    var markerChild: [Int]
    /// Per node: whether it has a `cc` child.
    var coordinated: [Bool]
    /// Per node: its number of `conj` children.
    var conjuncts: [Int]
  }

  /// Revises a parse in place, word by word from left to right.
  ///
  /// - Parameters:
  ///   - sentence: The parser's node table.
  ///   - tree: The parse; changed heads take relabelled relations.
  ///   - choose: Given a word, its candidate heads (the current head first)
  ///     and their features (``featureCount`` per candidate, in order),
  ///     returns the index of the chosen candidate.
  package func revise(
    _ sentence: ParserSentence, _ tree: inout Tree,
    choose: (_ word: Int, _ candidates: [Int], _ features: UnsafeBufferPointer<UInt64>) -> Int
  ) {
    let count = tree.heads.count - 1
    guard count > 1 else { return }
    var wanted = false
    for word in 1...count where isRevised(tree.labels[word]) && tree.heads[word] != 0 {
      wanted = true
      break
    }
    guard wanted else { return }
    var context = Context(
      verbsBefore: [Int](repeating: 0, count: count + 1),
      markerChild: [Int](repeating: 0, count: count + 1), coordinated: [Bool](repeating: false, count: count + 1),
      conjuncts: [Int](repeating: 0, count: count + 1))
    for node in 1...count {
      context.verbsBefore[node] = context.verbsBefore[node - 1] + (verb[tagIndex(sentence, node)] ? 1 : 0)
      let head = tree.heads[node], label = tree.labels[node]
      guard head > 0, head <= count, label >= 0, label < marker.count else { continue }
      if marker[label], context.markerChild[head] == 0 { context.markerChild[head] = node }
      if coordinator[label] { context.coordinated[head] = true }
      if conjunct[label] { context.conjuncts[head] += 1 }
    }
    var candidates: [Int] = []
    var paths: [Int] = []
    var features = [UInt64](repeating: 0, count: Self.maximumCandidates * Self.featureCount)
    for word in 1...count {
      let label = tree.labels[word]
      guard isRevised(label), tree.heads[word] != 0 else { continue }
      gatherCandidates(of: word, tree, &candidates, &paths)
      guard candidates.count > 1 else { continue }
      let chosen = features.withUnsafeMutableBufferPointer { buffer in
        for (index, (candidate, path)) in zip(candidates, paths).enumerated() {
          self.features(
            sentence, tree, context, word: word, candidate: candidate, path: path,
            into: buffer.baseAddress! + index * Self.featureCount)
        }
        return choose(
          word, candidates, UnsafeBufferPointer(start: buffer.baseAddress!, count: candidates.count * Self.featureCount))
      }
      guard chosen > 0, chosen < candidates.count else { continue }
      // Candidates are words, never the root.
      let old = tree.heads[word], head = candidates[chosen]
      tree.heads[word] = head
      tree.labels[word] = nominal[tagIndex(sentence, head)] ? underNominal[label] : underPredicate[label]
      if conjunct[label] { context.conjuncts[old] -= 1 }
      if conjunct[tree.labels[word]] { context.conjuncts[head] += 1 }
    }
  }

  /// Whether words of a label class are revisited.
  @inline(__always)
  private func isRevised(_ label: Int) -> Bool { label >= 0 && label < revised.count && revised[label] }

  /// The best candidate by the trained weights.
  ///
  /// - Parameter features: ``featureCount`` features per candidate.
  func best(_ features: UnsafeBufferPointer<UInt64>) -> Int {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, features.count)) { probes in
      weights.probe(features, into: probes.baseAddress!)
      var best = 0
      var bestScore = Int32.min
      for index in 0..<(features.count / Self.featureCount) {
        let score = weights.compactSums(
          probes: UnsafeBufferPointer(start: probes.baseAddress! + index * Self.featureCount, count: Self.featureCount))[0]
        if score > bestScore {
          bestScore = score
          best = index
        }
      }
      return best
    }
  }

  @inline(__always)
  private func tagIndex(_ sentence: ParserSentence, _ node: Int) -> Int {
    let tag = Int(truncatingIfNeeded: sentence.tags[node])
    return tag < nominal.count ? tag : 0
  }

  /// Whether `ancestor` dominates `node` (a node dominates itself).
  private func dominates(_ ancestor: Int, _ node: Int, _ tree: Tree) -> Bool {
    var current = node
    var steps = 0
    while steps <= tree.heads.count {
      if current == ancestor { return true }
      if current == 0 { return false }
      current = tree.heads[current]
      steps += 1
    }
    return false
  }

  /// The current head first, then its ancestors, then the words on the
  /// edge of its subtree facing `word`, each only if attaching `word` to it
  /// crosses no arc. `paths` gets each candidate's step count: up positive,
  /// down negative.
  private func gatherCandidates(of word: Int, _ tree: Tree, _ candidates: inout [Int], _ paths: inout [Int]) {
    candidates.removeAll(keepingCapacity: true)
    paths.removeAll(keepingCapacity: true)
    let head = tree.heads[word]
    candidates.append(head)
    paths.append(0)
    var up = head
    var steps = 0
    while up != 0, candidates.count < Self.maximumCandidates - 1, steps < 4 {
      up = tree.heads[up]
      steps += 1
      guard up != 0 else { break }
      if isProjective(up, word, tree) {
        candidates.append(up)
        paths.append(steps)
      }
    }
    var down = head
    steps = 0
    while candidates.count < Self.maximumCandidates, steps < 4 {
      // The child of `down` nearest to `word` on `word`'s side of it.
      var next = -1
      if down < word {
        for node in stride(from: word - 1, to: down, by: -1) where tree.heads[node] == down {
          next = node
          break
        }
      } else {
        for node in (word + 1)..<down where tree.heads[node] == down {
          next = node
          break
        }
      }
      guard next > 0, !dominates(word, next, tree) else { break }
      steps += 1
      down = next
      if isProjective(down, word, tree) {
        candidates.append(down)
        paths.append(-steps)
      }
    }
  }

  /// Whether attaching `word` to `head` keeps the tree projective: the new
  /// arc crosses no other arc, the root's included (the root sits before
  /// the first word, so a tree without crossing arcs has every subtree on
  /// one contiguous span, as the greedy parser's trees do).
  private func isProjective(_ head: Int, _ word: Int, _ tree: Tree) -> Bool {
    let low = min(head, word), high = max(head, word)
    guard high > low + 1 else { return true }
    for node in 1..<tree.heads.count where node != word {
      let other = tree.heads[node]
      let a = min(node, other), b = max(node, other)
      if (a < low && low < b && b < high) || (low < a && a < high && high < b) { return false }
    }
    return true
  }

  /// Writes the ``featureCount`` features of attaching `word` to
  /// `candidate` (a word: the root is never offered).
  private func features(
    _ s: ParserSentence, _ tree: Tree, _ context: Context, word: Int, candidate: Int, path: Int,
    into f: UnsafeMutablePointer<UInt64>
  ) {
    typealias H = FeatureHash
    let cw = s.words[candidate], ct = s.tags[candidate], cc = s.coarse[candidate]
    let dw = s.words[word], dt = s.tags[word], dc = s.coarse[word]
    let dl = UInt64(bitPattern: Int64(tree.labels[word]))
    let cl = UInt64(bitPattern: Int64(tree.labels[candidate]))
    let direction: UInt64 = candidate < word ? 1 : 2
    let distance = ParserFeatures.distance(candidate, word, none: -1)
    let current: UInt64 = path == 0 ? 1 : 0
    let markerNode = context.markerChild[word]
    let p = markerNode > 0 ? s.words[markerNode] : 0
    let low = min(candidate, word), high = max(candidate, word)
    let verbs = high > low + 1 ? context.verbsBefore[high - 1] - context.verbsBefore[low] : 0
    let between = UInt64(min(verbs, 2) * 3) + s.punctuationBetween(low, high)
    let pathValue = UInt64(bitPattern: Int64(path))
    let alike: UInt64 = (cc == dc ? 1 : 0) + (ct == dt ? 2 : 0)
    let conjuncts = UInt64(min(context.conjuncts[candidate], 2))
    let coordinated: UInt64 = context.coordinated[word] ? 1 : 0
    f[0] = H.feature(400, current, dl)
    f[1] = H.feature(401, ct, dt, direction)
    f[2] = H.feature(402, H.combine(cc, dc), distance, direction)
    f[3] = H.feature(403, cw, dc)
    f[4] = H.feature(404, cc, dw)
    f[5] = H.feature(405, cw, dw)
    f[6] = H.feature(406, cc, p, dl)
    f[7] = H.feature(407, cw, p)
    f[8] = H.feature(408, H.combine(cw, p), dw)
    f[9] = H.feature(409, H.combine(cc, cl), dc, dl)
    f[10] = H.feature(410, pathValue, dl)
    f[11] = H.feature(411, pathValue, cc, dc)
    f[12] = H.feature(412, between, H.combine(cc, dc), dl)
    f[13] = H.feature(413, alike, dl, current)
    f[14] = H.feature(414, conjuncts, dl, cc)
    f[15] = H.feature(415, coordinated, H.combine(cc, dc), dl)
  }
}
