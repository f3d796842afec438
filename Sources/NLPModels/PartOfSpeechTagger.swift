import Foundation

/// The part of speech and lemma predicted for one word.
public struct TagPrediction: Sendable, Equatable {
  /// The Universal Dependencies part of speech (`NOUN`, `PROPN`, `VERB`…).
  public let upos: String
  /// The Penn Treebank tag (`NN`, `NNP`, `VBD`…).
  public let xpos: String
  /// The lemma (`said` → `say`); proper nouns keep their case.
  public let lemma: String
  /// The index of the `(upos, xpos)` pair in the tagger's tag set.
  let tag: Int

  /// Creates a prediction.
  ///
  /// - Parameters:
  ///   - upos: The universal part of speech.
  ///   - xpos: The Penn tag.
  ///   - lemma: The lemma.
  ///   - tag: The tag-set index, as the parser and recognizer read it.
  init(upos: String, xpos: String, lemma: String, tag: Int) {
    self.upos = upos
    self.xpos = xpos
    self.lemma = lemma
    self.tag = tag
  }
}

/// A greedy averaged-perceptron part-of-speech tagger with lemmas.
///
/// Predicts one class per word that pairs a universal tag with a Penn tag
/// (`PROPN NNP`), left to right, from the word, its lowercase form, prefixes
/// and suffixes, shape, the surrounding words, the two tags already predicted
///. A
/// second pass re-tags each word seeing the first pass's tags on its right.
/// Load it with ``NLPModels``.
public final class PartOfSpeechTagger: Sendable {
  /// The four-character kind of tagger model files.
  static let kind = "TAGR"

  /// The universal tag of each class.
  package let uposNames: [String]
  /// The Penn tag of each class.
  package let xposNames: [String]
  /// The weights prediction reads: the first pass's (left context only)
  /// and, if trained, the second pass's (both contexts) side by side (see
  /// ``WeightTable/concatenating(_:_:)``), so that a feature both passes
  /// read costs one lookup.
  let scoring: WeightTable
  /// The weight unit of each pass.
  let passScales: [Float]
  /// The lemmatizer.
  public let lemmatizer: Lemmatizer
  /// The hash of each class's Penn tag.
  let xposHashes: [UInt64]
  /// Whether each class is a proper noun tag (lemmas keep their case).
  let properNoun: [Bool]

  /// The `UPOS<tab>XPOS` name of each class, as other models record it.
  package var tagNames: [String] { zip(uposNames, xposNames).map { $0 + "\t" + $1 } }

  /// The number of tag classes.
  var classCount: Int { uposNames.count }

  /// First-pass weights, split from ``scoring`` (for writing and tests).
  var firstPass: WeightTable { scoring.classes(0..<classCount, scale: passScales[0]) }

  /// Second-pass weights, if trained, split from ``scoring``.
  var secondPass: WeightTable? {
    passScales.count > 1 ? scoring.classes(classCount..<(2 * classCount), scale: passScales[1]) : nil
  }

  /// Creates a tagger from trained parts.
  ///
  /// The passes' own hash tables are not used (see ``scoring``).
  package init(
    uposNames: [String], xposNames: [String], firstPass: WeightTable,
    secondPass: WeightTable?, lemmatizer: Lemmatizer
  ) {
    self.uposNames = uposNames
    self.xposNames = xposNames
    if let secondPass {
      scoring = WeightTable.concatenating(firstPass, secondPass)
      passScales = [firstPass.scale, secondPass.scale]
    } else {
      scoring = firstPass.classes(0..<firstPass.classCount, scale: firstPass.scale)
      passScales = [firstPass.scale]
    }
    self.lemmatizer = lemmatizer
    xposHashes = xposNames.map { FeatureHash.string($0) }
    properNoun = xposNames.map { $0.hasPrefix("NNP") }
  }

  /// Tags a sentence and lemmatizes its words.
  ///
  /// The words should be one sentence, tokenized as in Universal
  /// Dependencies (clitics such as `'s` and `n't` split off).
  /// - Parameter words: The words of one sentence.
  /// - Returns: One prediction per word, in order.
  public func predict(_ words: [Substring]) -> [TagPrediction] {
    predict(words, features: words.map { WordFeatures($0) })
  }

  /// Tags a sentence whose word features are already computed.
  func predict(_ words: [Substring], features: [WordFeatures]) -> [TagPrediction] {
    predictions(words, features: features, tags: predictTags(features))
  }

  /// Names and lemmatizes predicted tag classes.
  ///
  /// - Parameters:
  ///   - words: The sentence's words.
  ///   - features: Their features.
  ///   - tags: Their classes from ``predictTags(_:)``.
  /// - Returns: One prediction per word.
  func predictions(_ words: [Substring], features: [WordFeatures], tags: [Int]) -> [TagPrediction] {
    var result: [TagPrediction] = []
    result.reserveCapacity(words.count)
    for (index, tag) in tags.enumerated() {
      let lemma = lemmatizer.lemma(
        of: words[index], features: features[index], tagHash: xposHashes[tag], proper: properNoun[tag])
      result.append(TagPrediction(upos: uposNames[tag], xpos: xposNames[tag], lemma: lemma, tag: tag))
    }
    return result
  }

  /// Predicts tag classes from precomputed word features.
  ///
  /// Gives the same classes as scoring ``features(_:at:previous:previous2:into:)``
  /// (plus ``rightFeatures(_:at:previous:word:into:)`` in the second pass)
  /// word by word, but faster: the rows of the features that do not depend
  /// on the tags being predicted are summed first for every word, one word
  /// ahead of its lookups so that the cache misses overlap, for both passes
  /// at once from the ``scoring`` table; the left-to-right loops then look
  /// up only the few features of the previous tags (and the second pass's
  /// right context), the two passes' loops run together (see
  /// ``bothPasses(_:sums:)``).
  /// - Parameter words: The sentence's word features.
  /// - Returns: One class index per word.
  package func predictTags(_ words: [WordFeatures]) -> [Int] {
    let n = words.count
    guard n > 0 else { return [] }
    let k = classCount
    // Each row of `sums` and `scores` holds the first pass's classes, then
    // the second pass's.
    let width = scoring.classCount
    let perWord = Self.wordFeatureCount
    var hashes = [UInt64](repeating: 0, count: n * perWord)
    hashes.withUnsafeMutableBufferPointer { hashes in
      for index in 0..<n {
        Self.wordFeatures(words, at: index, into: hashes.baseAddress! + index * perWord)
      }
    }
    var sums = [Int32](repeating: 0, count: n * width)
    Self.sumRows(scoring, hashes, stride: perWord, into: &sums, classCount: width)
    if passScales.count > 1 { return bothPasses(words, sums: sums) }
    var buffer: [UInt64] = []
    buffer.reserveCapacity(16)
    var probes = [UInt64](repeating: 0, count: 32)
    var scores = [Int32](repeating: 0, count: width)
    var tags = [Int](repeating: 0, count: n)
    for index in 0..<n {
      buffer.removeAll(keepingCapacity: true)
      Self.tagFeatures(
        words, at: index, previous: index > 0 ? tags[index - 1] : -1,
        previous2: index > 1 ? tags[index - 2] : -1, into: &buffer)
      precondition(buffer.count <= probes.count, "tag features fit the probe buffer")
      buffer.withUnsafeBufferPointer { f in
        probes.withUnsafeMutableBufferPointer { scoring.probe(f, into: $0.baseAddress!) }
      }
      tags[index] = best(probes: probes, count: buffer.count, from: sums, row: index, classes: 0..<k, &scores)
    }
    return tags
  }

  /// The second-pass classes of a sentence whose rows of tag-independent
  /// features are summed in `sums`.
  ///
  /// Runs the two greedy passes together, the second three words behind
  /// the first (word `i - 3` of the second pass reads the first pass's tags
  /// up to word `i - 1`): each step computes the features of both words,
  /// probes them all (asking for their buckets), then scores the first
  /// pass's word and the second pass's, so the cache misses of the two
  /// chains overlap instead of following each other. Gives the classes of
  /// running the passes one after the other: each word's score is the same
  /// integer sum, only the order of its terms changes.
  private func bothPasses(_ words: [WordFeatures], sums: [Int32]) -> [Int] {
    let n = words.count
    let k = classCount
    let lag = 3
    var first = [Int](repeating: 0, count: n)
    var tags = [Int](repeating: 0, count: n)
    var firstBuffer: [UInt64] = []
    var secondBuffer: [UInt64] = []
    firstBuffer.reserveCapacity(16)
    secondBuffer.reserveCapacity(32)
    var firstProbes = [UInt64](repeating: 0, count: 32)
    var secondProbes = [UInt64](repeating: 0, count: 32)
    var scores = [Int32](repeating: 0, count: scoring.classCount)
    for index in 0..<(n + lag) {
      firstBuffer.removeAll(keepingCapacity: true)
      secondBuffer.removeAll(keepingCapacity: true)
      if index < n {
        Self.tagFeatures(
          words, at: index, previous: index > 0 ? first[index - 1] : -1,
          previous2: index > 1 ? first[index - 2] : -1, into: &firstBuffer)
      }
      let late = index - lag
      if late >= 0 {
        let previous = late > 0 ? tags[late - 1] : -1
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.staticRightFeatureCount) { right in
          Self.staticRightFeatures(first, at: late, word: words[late], into: right.baseAddress!)
          secondBuffer.append(contentsOf: right)
        }
        Self.tagFeatures(
          words, at: late, previous: previous, previous2: late > 1 ? tags[late - 2] : -1, into: &secondBuffer)
        Self.tagRightFeatures(first, at: late, previous: previous, into: &secondBuffer)
      }
      precondition(firstBuffer.count <= 32 && secondBuffer.count <= 32, "tag features fit the probe buffers")
      firstBuffer.withUnsafeBufferPointer { f in
        firstProbes.withUnsafeMutableBufferPointer { scoring.probe(f, into: $0.baseAddress!) }
      }
      secondBuffer.withUnsafeBufferPointer { f in
        secondProbes.withUnsafeMutableBufferPointer { scoring.probe(f, into: $0.baseAddress!) }
      }
      if index < n {
        first[index] = best(
          probes: firstProbes, count: firstBuffer.count, from: sums, row: index, classes: 0..<k, &scores)
      }
      if late >= 0 {
        tags[late] = best(
          probes: secondProbes, count: secondBuffer.count, from: sums, row: late, classes: k..<(2 * k), &scores) - k
      }
    }
    return tags
  }

  /// The highest-scoring class among `classes` for row `row` of `sums`
  /// plus the ``scoring`` rows of the first `count` probed features.
  @inline(__always)
  private func best(
    probes: [UInt64], count: Int, from sums: [Int32], row: Int, classes: Range<Int>, _ scores: inout [Int32]
  ) -> Int {
    let width = scores.count
    for index in 0..<width { scores[index] = sums[row * width + index] }
    probes.withUnsafeBufferPointer { probes in
      scores.withUnsafeMutableBufferPointer {
        scoring.accumulate(probes: UnsafeBufferPointer(rebasing: probes[0..<count]), into: $0)
      }
    }
    var bestIndex = classes.lowerBound
    for index in classes where scores[index] > scores[bestIndex] { bestIndex = index }
    return bestIndex
  }

  /// Adds to row `i` of `sums` the rows of the `stride` features at
  /// `hashes[i * stride...]`, for every word, probing the next word's
  /// features (which asks for their buckets) before adding the current
  /// word's rows from its probes.
  private static func sumRows(
    _ table: WeightTable, _ hashes: [UInt64], stride: Int, into sums: inout [Int32], classCount k: Int
  ) {
    let n = hashes.count / stride
    guard n > 0 else { return }
    hashes.withUnsafeBufferPointer { hashes in
      sums.withUnsafeMutableBufferPointer { sums in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * stride) { probes in
          let base = hashes.baseAddress!
          let probeBase = probes.baseAddress!
          table.probe(UnsafeBufferPointer(start: base, count: stride), into: probeBase)
          for index in 0..<n {
            if index + 1 < n {
              table.probe(
                UnsafeBufferPointer(start: base + (index + 1) * stride, count: stride),
                into: probeBase + ((index + 1) & 1) * stride)
            }
            let row = UnsafeMutableBufferPointer(start: sums.baseAddress! + index * k, count: k)
            table.accumulate(
              probes: UnsafeBufferPointer(start: probeBase + (index & 1) * stride, count: stride), into: row)
          }
        }
      }
    }
  }

  // MARK: - Features

  /// The padding word before a sentence.
  static let start = WordFeatures.padding("<s>")
  /// The padding word after a sentence.
  static let end = WordFeatures.padding("</s>")

  /// Appends the first-pass features of word `index` to `buffer` (cleared first).
  ///
  /// These are the ``wordFeatures(_:at:into:)`` and the
  /// ``tagFeatures(_:at:previous:previous2:into:)``, in template order.
  /// - Parameters:
  ///   - words: The sentence's word features.
  ///   - index: The word to tag.
  ///   - previous: The tag predicted for the previous word, or -1.
  ///   - previous2: The tag predicted two words back, or -1.
  ///   - buffer: Receives the feature hashes.
  package static func features(
    _ words: [WordFeatures], at index: Int, previous: Int,
    previous2: Int, into buffer: inout [UInt64]
  ) {
    buffer.removeAll(keepingCapacity: true)
    tagFeatures(words, at: index, previous: previous, previous2: previous2, into: &buffer)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordFeatureCount) { hashes in
      wordFeatures(words, at: index, into: hashes.baseAddress!)
      // The templates' historical order (17–21 after 16, 38 last), which
      // training's floating-point sums depend on.
      let tags = Array(buffer)
      buffer.removeAll(keepingCapacity: true)
      buffer.append(contentsOf: hashes[0..<16])
      buffer.append(contentsOf: tags[0..<5])
      buffer.append(contentsOf: hashes[16...])
      buffer.append(tags[5])
    }
  }

  /// The number of ``wordFeatures(_:at:into:)``.
  static let wordFeatureCount = 25

  /// Writes the features of word `index` that do not depend on predicted
  /// tags: ``wordFeatureCount`` hashes.
  ///
  /// - Parameters:
  ///   - words: The sentence's word features.
  ///   - index: The word to tag.
  ///   - out: Receives the feature hashes.
  @inline(__always)
  static func wordFeatures(_ words: [WordFeatures], at index: Int, into out: UnsafeMutablePointer<UInt64>) {
    let w = words[index]
    let p1 = index > 0 ? words[index - 1] : start
    let p2 = index > 1 ? words[index - 2] : start
    let n1 = index + 1 < words.count ? words[index + 1] : end
    let n2 = index + 2 < words.count ? words[index + 2] : end
    let first: UInt64 = index == 0 ? 1 : 0
    out[0] = FeatureHash.feature(1, 0)
    out[1] = FeatureHash.feature(2, w.lower)
    out[2] = FeatureHash.feature(3, w.form)
    out[3] = FeatureHash.feature(4, w.suffix1)
    out[4] = FeatureHash.feature(5, w.suffix2)
    out[5] = FeatureHash.feature(6, w.suffix3)
    out[6] = FeatureHash.feature(7, w.suffix4)
    out[7] = FeatureHash.feature(8, w.prefix1)
    out[8] = FeatureHash.feature(9, w.prefix2)
    out[9] = FeatureHash.feature(10, w.prefix3)
    out[10] = FeatureHash.feature(11, w.shape)
    out[11] = FeatureHash.feature(12, UInt64(w.flags), first)
    out[12] = FeatureHash.feature(13, p1.lower)
    out[13] = FeatureHash.feature(14, n1.lower)
    out[14] = FeatureHash.feature(15, p2.lower)
    out[15] = FeatureHash.feature(16, n2.lower)
    out[16] = FeatureHash.feature(22, p1.suffix3)
    out[17] = FeatureHash.feature(23, n1.suffix3)
    out[18] = FeatureHash.feature(24, p1.shape)
    out[19] = FeatureHash.feature(25, n1.shape)
    out[20] = FeatureHash.feature(26, p1.lower, w.lower)
    out[21] = FeatureHash.feature(27, w.lower, n1.lower)
    out[22] = FeatureHash.feature(33, UInt64(w.length), first)
    out[23] = FeatureHash.feature(35, w.shape, n1.shape)
    out[24] = FeatureHash.feature(36, n1.suffix1)
  }

  /// Appends the features of word `index` that read the tags predicted
  /// for the two previous words.
  ///
  /// - Parameters:
  ///   - words: The sentence's word features.
  ///   - index: The word to tag.
  ///   - previous: The tag predicted for the previous word, or -1.
  ///   - previous2: The tag predicted two words back, or -1.
  ///   - buffer: Receives the feature hashes (appended).
  @inline(__always)
  static func tagFeatures(
    _ words: [WordFeatures], at index: Int, previous: Int,
    previous2: Int, into buffer: inout [UInt64]
  ) {
    let w = words[index]
    let n1 = index + 1 < words.count ? words[index + 1] : end
    let t1 = UInt64(bitPattern: Int64(previous))
    let t2 = UInt64(bitPattern: Int64(previous2))
    buffer.append(FeatureHash.feature(17, t1))
    buffer.append(FeatureHash.feature(18, t2))
    buffer.append(FeatureHash.feature(19, t1, t2))
    buffer.append(FeatureHash.feature(20, t1, w.lower))
    buffer.append(FeatureHash.feature(21, t1, w.suffix3))
    buffer.append(FeatureHash.feature(38, t1, n1.lower))
  }

  /// Appends the second pass's right-context features.
  ///
  /// These are the ``staticRightFeatures(_:at:word:into:)`` and the
  /// ``tagRightFeatures(_:at:previous:into:)``, in template order.
  /// - Parameters:
  ///   - first: The first pass's tags.
  ///   - index: The word to tag.
  ///   - previous: The tag of the previous word in this pass, or -1.
  ///   - word: The word's features.
  ///   - buffer: Receives the feature hashes (appended).
  package static func rightFeatures(
    _ first: [Int], at index: Int, previous: Int, word: WordFeatures,
    into buffer: inout [UInt64]
  ) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: staticRightFeatureCount) { hashes in
      staticRightFeatures(first, at: index, word: word, into: hashes.baseAddress!)
      // Template 43 third, as training has always seen it.
      buffer.append(contentsOf: hashes[0..<3])
      tagRightFeatures(first, at: index, previous: previous, into: &buffer)
      buffer.append(contentsOf: hashes[3...])
    }
  }

  /// The number of ``staticRightFeatures(_:at:word:into:)``.
  static let staticRightFeatureCount = 6

  /// Writes the right-context features that read only the first pass's
  /// tags: ``staticRightFeatureCount`` hashes.
  ///
  /// - Parameters:
  ///   - first: The first pass's tags.
  ///   - index: The word to tag.
  ///   - word: The word's features.
  ///   - out: Receives the feature hashes.
  @inline(__always)
  static func staticRightFeatures(
    _ first: [Int], at index: Int, word: WordFeatures, into out: UnsafeMutablePointer<UInt64>
  ) {
    let n1 = UInt64(bitPattern: Int64(index + 1 < first.count ? first[index + 1] : -2))
    let n2 = UInt64(bitPattern: Int64(index + 2 < first.count ? first[index + 2] : -2))
    out[0] = FeatureHash.feature(40, n1)
    out[1] = FeatureHash.feature(41, n2)
    out[2] = FeatureHash.feature(42, n1, n2)
    out[3] = FeatureHash.feature(44, n1, word.lower)
    out[4] = FeatureHash.feature(45, UInt64(first[index]))
    out[5] = FeatureHash.feature(46, n1, word.suffix3)
  }

  /// Appends the right-context feature that reads the previous tag of the second pass.
  @inline(__always)
  static func tagRightFeatures(
    _ first: [Int], at index: Int, previous: Int, into buffer: inout [UInt64]
  ) {
    let n1 = UInt64(bitPattern: Int64(index + 1 < first.count ? first[index + 1] : -2))
    let t1 = UInt64(bitPattern: Int64(previous))
    buffer.append(FeatureHash.feature(43, t1, n1))
  }

  // MARK: - Model file

  /// Writes the tagger to a model file.
  ///
  /// - Parameter url: The destination.
  /// - Throws: ``ModelError/unwritable(path:reason:)``.
  package func save(to url: URL) throws(ModelError) {
    var writer = ModelFileWriter()
    writer.write(uposNames)
    writer.write(xposNames)
    scoring.classes(0..<classCount, scale: passScales[0], indexed: false).write(to: &writer)
    let second = passScales.count > 1
      ? scoring.classes(classCount..<(2 * classCount), scale: passScales[1], indexed: false) : nil
    writer.write(UInt32(second == nil ? 0 : 1))
    second?.write(to: &writer)
    lemmatizer.write(to: &writer)
    try writer.save(kind: Self.kind, to: url)
  }

  /// Loads a tagger model file.
  ///
  /// - Parameter url: The model file.
  /// - Throws: ``ModelError`` naming the file if it is missing, corrupt or
  ///   of another version or kind.
  public convenience init(contentsOf url: URL) throws(ModelError) {
    var reader = try ModelFileReader(url: url, kind: Self.kind)
    let upos = try reader.readStrings()
    let xpos = try reader.readStrings()
    let first = try WeightTable(from: &reader, indexed: false)
    let second = try reader.readUInt32() == 1 ? WeightTable(from: &reader, indexed: false) : nil
    let lemmatizer = try Lemmatizer(from: &reader)
    guard upos.count == xpos.count, first.classCount == upos.count,
      second.map({ $0.classCount == upos.count }) ?? true, reader.isAtEnd
    else {
      throw .malformed(path: url.path, reason: "tag set and weights disagree")
    }
    self.init(
      uposNames: upos, xposNames: xpos, firstPass: first, secondPass: second,
      lemmatizer: lemmatizer)
  }
}
