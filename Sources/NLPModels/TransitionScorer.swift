/// Scores the parser's transitions over one sentence, looking up a template
/// group's weights only when the configuration parts it reads have changed.
///
/// Gives exactly the scores of summing every transition feature's row (the
/// sums are integers, so their order does not matter): each
/// ``ParserFeatureGroup`` but ``ParserFeatureGroup/mixed`` keeps, per memo
/// slot, the key of the configuration it was last summed for and its sum.
/// Owns its buffers, so scoring allocates nothing and retains nothing.
final class TransitionScorer {
  /// The transition weights.
  private let table: WeightTable
  /// The memo slots per group for the current sentence.
  private var slotCount = 0
  /// The most memo slots per group the buffers hold.
  private let slotCapacity: Int
  /// Per group and slot: the key the sum was made for (lane 7 is -1 while empty).
  private let keys: UnsafeMutablePointer<SIMD8<Int32>>
  /// Per group and slot: the summed three class scores (lane 3 unused).
  private let sums: UnsafeMutablePointer<SIMD4<Int32>>
  /// Room for one configuration's features, one segment per group.
  private let features: UnsafeMutablePointer<UInt64>
  /// The probes of ``features`` (see ``WeightTable/probe(_:into:)``), same segments.
  private let probes: UnsafeMutablePointer<UInt64>
  /// Per group: the key of the configuration being scored (see ``plan(_:_:)``).
  private let currentKeys: UnsafeMutablePointer<SIMD8<Int32>>
  /// How many times a group's sum was reused instead of looked up.
  private(set) var reusedSums = 0

  /// Creates a scorer for sentences of up to `words` words, ready for
  /// one of `words` words.
  ///
  /// - Parameters:
  ///   - table: The three-class transition weights.
  ///   - words: The number of words of the longest sentence to score.
  init(table: WeightTable, words: Int) {
    self.table = table
    slotCapacity = ParserFeatureGroup.slotCount(words: words)
    let memoCount = slotCapacity * ParserFeatureGroup.count
    keys = .allocate(capacity: memoCount)
    sums = .allocate(capacity: memoCount)
    sums.initialize(repeating: .zero, count: memoCount)
    features = .allocate(capacity: GroupedParserFeatures.capacity * ParserFeatureGroup.count)
    probes = .allocate(capacity: GroupedParserFeatures.capacity * ParserFeatureGroup.count)
    currentKeys = .allocate(capacity: ParserFeatureGroup.count)
    currentKeys.initialize(repeating: SIMD8(repeating: -1), count: ParserFeatureGroup.count)
    begin(words: words)
  }

  /// Forgets the memo, to score a new sentence.
  ///
  /// - Parameter words: The sentence's number of words, at most the
  ///   number the scorer was made for.
  func begin(words: Int) {
    slotCount = ParserFeatureGroup.slotCount(words: words)
    precondition(slotCount <= slotCapacity, "a sentence longer than the scorer was made for")
    var empty = SIMD8<Int32>(repeating: 0)
    empty[7] = -1
    keys.initialize(repeating: empty, count: slotCount * ParserFeatureGroup.count)
  }

  deinit {
    keys.deallocate()
    sums.deallocate()
    features.deallocate()
    probes.deallocate()
    currentKeys.deallocate()
  }

  /// The groups whose sums must be looked up in a configuration, and
  /// the memo index of each group (-1 when not memoized); the key of each
  /// memoized group is left in ``currentKeys`` for storing its new sum.
  ///
  /// - Parameters:
  ///   - state: The configuration.
  ///   - total: Receives the sums of the groups found in the memo.
  @inline(__always)
  private func plan(_ state: ParserState, _ total: inout SIMD4<Int32>) -> (wanted: UInt32, memo: SIMD8<Int32>) {
    var wanted: UInt32 = 0
    var memo = SIMD8<Int32>(repeating: -1)
    for raw in 0..<ParserFeatureGroup.count {
      let group = ParserFeatureGroup(rawValue: raw)!
      guard let slot = group.slot(state) else {
        wanted |= 1 << UInt32(raw)
        continue
      }
      let index = raw * slotCount + slot
      memo[raw] = Int32(truncatingIfNeeded: index)
      let key = group.key(state)
      currentKeys[raw] = key
      if keys[index] == key {
        total &+= sums[index]
      } else {
        wanted |= 1 << UInt32(raw)
      }
    }
    return (wanted, memo)
  }

  /// The scores of SHIFT, LEFT and RIGHT (lanes 0, 1, 2) in a configuration.
  ///
  /// - Parameters:
  ///   - sentence: The sentence's node table.
  ///   - state: The configuration.
  /// - Returns: The summed weights, in weight units.
  func scores(_ sentence: ParserSentence, _ state: ParserState) -> SIMD4<Int32> {
    var total = SIMD4<Int32>.zero
    let (wanted, memo) = plan(state, &total)
    reusedSums &+= ParserFeatureGroup.count - wanted.nonzeroBitCount
    var collected = GroupedParserFeatures(base: features, wanted: wanted)
    ParserFeatures.transition(sentence, state, emit: &collected)
    // Ask for every group's buckets before reading any, so they overlap.
    for raw in 0..<ParserFeatureGroup.count where wanted & (1 << UInt32(raw)) != 0 {
      table.probe(
        collected.features(ParserFeatureGroup(rawValue: raw)!),
        into: probes + raw * GroupedParserFeatures.capacity)
    }
    for raw in 0..<ParserFeatureGroup.count where wanted & (1 << UInt32(raw)) != 0 {
      let group = ParserFeatureGroup(rawValue: raw)!
      let count = collected.features(group).count
      let sum = table.compactSums(
        probes: UnsafeBufferPointer(start: probes + raw * GroupedParserFeatures.capacity, count: count))
      total &+= sum
      let index = Int(memo[raw])
      if index >= 0 {
        keys[index] = currentKeys[raw]
        sums[index] = sum
      }
    }
    return total
  }
}
