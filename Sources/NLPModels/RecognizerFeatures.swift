/// The per-word inputs of the entity recognizer for one sentence.
package struct RecognizerInput {
  /// The words' features.
  let words: [WordFeatures]
  /// The hash of each word's Penn tag.
  let tags: [UInt64]
  /// Gazetteer matches per word (see ``Gazetteer/match(_:)``).
  let gazetteer: [UInt64]

  /// The number of words.
  package var count: Int { words.count }

  /// Prepares a sentence.
  ///
  /// - Parameters:
  ///   - words: The words.
  ///   - xpos: Their Penn tags.
  ///   - gazetteer: The name lists to match.
  package init(words: [Substring], xpos: [String], gazetteer: Gazetteer) {
    self.words = words.map { WordFeatures($0) }
    self.tags = xpos.map { FeatureHash.string($0) }
    self.gazetteer = gazetteer.match(words)
  }

  /// Prepares a sentence whose word features and tag hashes are known.
  ///
  /// - Parameters:
  ///   - words: The words.
  ///   - features: Their features.
  ///   - tagHashes: The hashes of their Penn tags.
  ///   - gazetteer: The name lists to match.
  init(words: [Substring], features: [WordFeatures], tagHashes: [UInt64], gazetteer: Gazetteer) {
    self.words = features
    self.tags = tagHashes
    self.gazetteer = gazetteer.match(words)
  }
}

/// Emission feature templates of the entity recognizer.
package enum RecognizerFeatures {
  /// The padding word before a sentence.
  static let start = WordFeatures.padding("<s>")
  /// The padding word after a sentence.
  static let end = WordFeatures.padding("</s>")
  /// The padding tag.
  static let noTag = FeatureHash.string("<none>")

  /// Appends the features of word `index` (buffer cleared first).
  ///
  /// - Parameters:
  ///   - input: The sentence.
  ///   - index: The word.
  ///   - f: Receives the feature hashes.
  package static func extract(_ input: RecognizerInput, at index: Int, into f: inout [UInt64]) {
    f.removeAll(keepingCapacity: true)
    let words = input.words, tags = input.tags, n = input.count
    let w = words[index]
    let p1 = index > 0 ? words[index - 1] : start
    let p2 = index > 1 ? words[index - 2] : start
    let n1 = index + 1 < n ? words[index + 1] : end
    let n2 = index + 2 < n ? words[index + 2] : end
    let t = tags[index]
    let tp1 = index > 0 ? tags[index - 1] : noTag
    let tn1 = index + 1 < n ? tags[index + 1] : noTag
    let first: UInt64 = index == 0 ? 1 : 0
    typealias H = FeatureHash
    f.append(H.feature(600, 0))
    f.append(H.feature(601, w.lower))
    f.append(H.feature(602, w.form))
    f.append(H.feature(603, w.shape))
    f.append(H.feature(604, w.suffix3))
    f.append(H.feature(605, w.suffix4))
    f.append(H.feature(606, w.prefix3))
    f.append(H.feature(608, t))
    f.append(H.feature(609, tp1))
    f.append(H.feature(610, tn1))
    f.append(H.feature(611, tp1, t))
    f.append(H.feature(612, t, tn1))
    f.append(H.feature(613, p1.lower))
    f.append(H.feature(614, n1.lower))
    f.append(H.feature(615, p2.lower))
    f.append(H.feature(616, n2.lower))
    f.append(H.feature(617, p1.shape, w.shape, n1.shape))
    f.append(H.feature(618, p1.lower, w.lower))
    f.append(H.feature(619, w.lower, n1.lower))
    f.append(H.feature(620, UInt64(w.flags), first))
    f.append(H.feature(624, p1.lower, w.shape))
    f.append(H.feature(625, w.shape, t))
    let g = input.gazetteer[index]
    if g != 0 {
      var bits = g
      while bits != 0 {
        let bit = UInt64(bits.trailingZeroBitCount)
        f.append(H.feature(621, bit))
        f.append(H.feature(632, bit, w.shape))
        bits &= bits - 1
      }
    } else {
      f.append(H.feature(621, 99))
    }
    func categories(_ value: UInt64) -> UInt64 {
      (value | value >> 16 | value >> 32 | value >> 48) & 0xffff
    }
    let before = index > 0 ? categories(input.gazetteer[index - 1]) : 0
    let after = index + 1 < n ? categories(input.gazetteer[index + 1]) : 0
    f.append(H.feature(622, before))
    f.append(H.feature(623, after))
    f.append(H.feature(633, before, w.shape))
  }
}
