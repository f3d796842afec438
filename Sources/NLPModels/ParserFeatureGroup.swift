/// The parts of a parser configuration a group of transition templates reads.
///
/// Between two parser steps most of the configuration stays as it was: after
/// a LEFT the buffer words keep their places, after a RIGHT the buffer is
/// untouched, and a LEFT brings back the stack as it was before the popped
/// word was shifted. ``TransitionScorer`` keeps each group's summed weights
/// and looks them up again only when the parts the group reads have changed,
/// as told by ``key(_:)``. A node's children only ever grow, so the node and
/// its number of children identify everything a template can read about it
/// (its children, their labels, its valency and label sets).
enum ParserFeatureGroup: Int, CaseIterable {
  /// Reads only the top three stack nodes (s0, s1, s2) and their children,
  /// not the stack's depth nor anything of the buffer.
  case stack = 0
  /// Reads only the first three buffer nodes (b0, b1, b2), not their children.
  case buffer = 1
  /// Reads only the first three buffer nodes and their children.
  case bufferHead = 2
  /// Reads anything else (stack and buffer together): scored at every step.
  case mixed = 3

  /// The number of groups.
  static let count = allCases.count

  /// The memo slot of a configuration: configurations with different
  /// values of what the group reads may share a slot (``key(_:)`` tells
  /// them apart), but the slot must stay below ``slotCount(words:)``.
  /// `nil` for groups that are never memoized.
  @inline(__always)
  func slot(_ state: ParserState) -> Int? {
    switch self {
    case .stack: return state.stack.count
    case .buffer, .bufferHead: return state.buffer
    case .mixed: return nil
    }
  }

  /// The number of memo slots a sentence of `words` words needs.
  static func slotCount(words: Int) -> Int { words + 2 }

  /// Everything the group reads: equal keys give equal features.
  @inline(__always)
  func key(_ state: ParserState) -> SIMD8<Int32> {
    switch self {
    case .stack:
      return Self.nodes(state.stackNode(0), state.stackNode(1), state.stackNode(2), state, children: true)
    case .buffer:
      return Self.nodes(state.bufferNode(0), state.bufferNode(1), state.bufferNode(2), state, children: false)
    case .bufferHead:
      return Self.nodes(state.bufferNode(0), state.bufferNode(1), state.bufferNode(2), state, children: true)
    case .mixed:
      return SIMD8(repeating: -1)
    }
  }

  /// A key naming three nodes and, with `children`, how many children each has.
  @inline(__always)
  private static func nodes(_ a: Int, _ b: Int, _ c: Int, _ state: ParserState, children: Bool) -> SIMD8<Int32> {
    var key = SIMD8<Int32>(repeating: 0)
    key[0] = Int32(truncatingIfNeeded: a)
    key[1] = Int32(truncatingIfNeeded: b)
    key[2] = Int32(truncatingIfNeeded: c)
    if children {
      key[3] = Int32(truncatingIfNeeded: state.childCount(a))
      key[4] = Int32(truncatingIfNeeded: state.childCount(b))
      key[5] = Int32(truncatingIfNeeded: state.childCount(c))
    }
    return key
  }
}

/// Receives transition features with the group each belongs to.
protocol ParserFeatureSink {
  /// Takes one feature; `feature` is only evaluated if the sink wants its group.
  mutating func add(_ group: ParserFeatureGroup, _ feature: @autoclosure () -> UInt64)
}

extension Array: ParserFeatureSink where Element == UInt64 {
  /// Appends every feature, in template order.
  @inline(__always)
  mutating func add(_ group: ParserFeatureGroup, _ feature: @autoclosure () -> UInt64) {
    append(feature())
  }
}

/// Collects the features of some groups, each group in its own segment of
/// a caller-owned buffer.
struct GroupedParserFeatures: ParserFeatureSink {
  /// The room of one group's segment.
  static let capacity = 128
  /// The buffer: ``ParserFeatureGroup/count`` segments of ``capacity``.
  let base: UnsafeMutablePointer<UInt64>
  /// One bit per group: the groups collected.
  let wanted: UInt32
  /// The number of features collected per group.
  private(set) var counts = SIMD8<Int32>(repeating: 0)

  /// Starts collecting.
  ///
  /// - Parameters:
  ///   - base: Room for ``ParserFeatureGroup/count`` × ``capacity`` features.
  ///   - wanted: One bit per group to collect (bit `rawValue`).
  init(base: UnsafeMutablePointer<UInt64>, wanted: UInt32) {
    precondition(ParserFeatureGroup.count <= 8, "one count lane per group")
    self.base = base
    self.wanted = wanted
  }

  @inline(__always)
  mutating func add(_ group: ParserFeatureGroup, _ feature: @autoclosure () -> UInt64) {
    let index = group.rawValue
    guard wanted & (1 << UInt32(index)) != 0 else { return }
    let count = Int(counts[index])
    precondition(count < Self.capacity, "too many templates in one parser feature group")
    base[index &* Self.capacity &+ count] = feature()
    counts[index] = Int32(count + 1)
  }

  /// The features collected for a group.
  @inline(__always)
  func features(_ group: ParserFeatureGroup) -> UnsafeBufferPointer<UInt64> {
    UnsafeBufferPointer(start: base + group.rawValue * Self.capacity, count: Int(counts[group.rawValue]))
  }
}
