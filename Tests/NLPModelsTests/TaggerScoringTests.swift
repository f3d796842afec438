import Testing

@testable import NLPCore
@testable import NLPModels

/// The tagger's fast path (tag-independent rows summed ahead, prefetched)
/// against plain word-by-word scoring of the full feature vectors.
@Suite("Tagger scoring order")
struct TaggerScoringTests {
  /// Tags a sentence the straightforward way: every feature of every word
  /// looked up in turn, as training scores them.
  static func referenceTags(_ tagger: PartOfSpeechTagger, _ words: [WordFeatures]) -> [Int] {
    func best(_ table: WeightTable, _ buffer: [UInt64]) -> Int {
      var scores = [Int32](repeating: 0, count: tagger.classCount)
      buffer.withUnsafeBufferPointer { f in
        scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
      }
      var bestIndex = 0
      for index in scores.indices where scores[index] > scores[bestIndex] { bestIndex = index }
      return bestIndex
    }
    var buffer: [UInt64] = []
    var tags = [Int](repeating: 0, count: words.count)
    for index in words.indices {
      PartOfSpeechTagger.features(
        words, at: index, previous: index > 0 ? tags[index - 1] : -1,
        previous2: index > 1 ? tags[index - 2] : -1, into: &buffer)
      tags[index] = best(tagger.firstPass, buffer)
    }
    guard let second = tagger.secondPass else { return tags }
    let first = tags
    for index in words.indices {
      let previous = index > 0 ? tags[index - 1] : -1
      PartOfSpeechTagger.features(
        words, at: index, previous: previous, previous2: index > 1 ? tags[index - 2] : -1, into: &buffer)
      PartOfSpeechTagger.rightFeatures(first, at: index, previous: previous, word: words[index], into: &buffer)
      tags[index] = best(second, buffer)
    }
    return tags
  }

  @Test func fastTaggingMatchesWordByWordScoring() throws {
    let models = try #require(ShippedModels.models)
    let sentences: [[Substring]] = [
      ["The", "committee", "will", "vote", "on", "the", "proposal", "next", "week", "."],
      ["Shares", "in", "the", "firm", "fell", "3.5", "%", "after", "it", "said", "profits", "had", "slumped", "."],
      ["\"", "We", "do", "n't", "know", "yet", ",", "\"", "a", "spokeswoman", "told", "reporters", "."],
      ["Run", "!"],
      ["Lorem"],
    ]
    for words in sentences {
      let features = words.map { WordFeatures($0) }
      #expect(models.tagger.predictTags(features) == Self.referenceTags(models.tagger, features))
    }
  }

  @Test func featureVectorsKeepEveryTemplate() {
    let words = ["Prices", "rose", "sharply", "."].map { WordFeatures(Substring($0)) }
    var full: [UInt64] = []
    PartOfSpeechTagger.features(words, at: 1, previous: 4, previous2: 7, into: &full)
    var parts = [UInt64](repeating: 0, count: PartOfSpeechTagger.wordFeatureCount)
    parts.withUnsafeMutableBufferPointer { PartOfSpeechTagger.wordFeatures(words, at: 1, into: $0.baseAddress!) }
    PartOfSpeechTagger.tagFeatures(words, at: 1, previous: 4, previous2: 7, into: &parts)
    #expect(full.count == 31)
    #expect(full.sorted() == parts.sorted())
    var right: [UInt64] = []
    PartOfSpeechTagger.rightFeatures([3, 5, 2, 1], at: 1, previous: 3, word: words[1], into: &right)
    var rightParts = [UInt64](repeating: 0, count: PartOfSpeechTagger.staticRightFeatureCount)
    rightParts.withUnsafeMutableBufferPointer {
      PartOfSpeechTagger.staticRightFeatures([3, 5, 2, 1], at: 1, word: words[1], into: $0.baseAddress!)
    }
    PartOfSpeechTagger.tagRightFeatures([3, 5, 2, 1], at: 1, previous: 3, into: &rightParts)
    #expect(right.count == 7)
    #expect(right.sorted() == rightParts.sorted())
  }
}
