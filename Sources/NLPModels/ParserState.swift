/// A transition of the arc-hybrid system.
package enum Transition: Int, CaseIterable {
  /// Moves the first buffer word onto the stack.
  case shift = 0
  /// Makes the first buffer word the head of the stack top, and pops it.
  case left = 1
  /// Makes the second stack word the head of the stack top, and pops it.
  case right = 2
}

/// The configuration of the arc-hybrid parser over one sentence.
///
/// Nodes are numbered as in CoNLL-U: 0 is the artificial root, 1…n the
/// words. The root starts at the bottom of the stack, and may only take a
/// dependent once the buffer is empty, so every sentence gets one root word.
/// For features, each node keeps its two leftmost and two rightmost
/// children, child counts and the sets of its children's labels.
package struct ParserState {
  /// The number of words.
  private(set) var count: Int
  /// The node used for "no such node" in feature lookups.
  var none: Int { count + 1 }
  /// The stack; `stack[0]` is the root.
  var stack: [Int] = [0]
  /// The first node of the buffer; the buffer is `buffer...count`.
  var buffer = 1
  /// The head of each node, -1 while unattached.
  package var heads: [Int]
  /// The label index of each node's arc, -1 while unattached.
  var labels: [Int]
  /// Leftmost, second leftmost, rightmost, second rightmost child (or -1).
  var left1: [Int], left2: [Int], right1: [Int], right2: [Int]
  /// Numbers of left and right children.
  var leftCount: [Int], rightCount: [Int]
  /// Bit sets of the labels of left and right children.
  var leftLabels: [UInt64], rightLabels: [UInt64]

  /// Creates the initial configuration.
  ///
  /// - Parameter count: The number of words.
  package init(count: Int) {
    self.count = count
    (heads, labels, left1, left2, right1, right2) = ([], [], [], [], [], [])
    (leftCount, rightCount, leftLabels, rightLabels) = ([], [], [], [])
    reset(count: count)
  }

  /// Makes this the initial configuration of a sentence of `count` words,
  /// keeping the arrays' storage.
  mutating func reset(count: Int) {
    self.count = count
    let size = count + 2
    stack.removeAll(keepingCapacity: true)
    stack.append(0)
    buffer = 1
    func fill<T>(_ array: inout [T], _ value: T) {
      array.removeAll(keepingCapacity: true)
      array.append(contentsOf: repeatElement(value, count: size))
    }
    fill(&heads, -1)
    fill(&labels, -1)
    fill(&left1, -1)
    fill(&left2, -1)
    fill(&right1, -1)
    fill(&right2, -1)
    fill(&leftCount, 0)
    fill(&rightCount, 0)
    fill(&leftLabels, 0)
    fill(&rightLabels, 0)
  }

  /// Whether parsing is finished.
  package var isTerminal: Bool { buffer > count && stack.count == 1 }

  /// The `depth`-th stack node from the top, or ``none``.
  @inline(__always)
  func stackNode(_ depth: Int) -> Int {
    depth < stack.count ? stack[stack.count - 1 - depth] : none
  }

  /// The `offset`-th buffer node, or ``none``.
  @inline(__always)
  func bufferNode(_ offset: Int) -> Int {
    buffer + offset <= count ? buffer + offset : none
  }

  /// The number of children a node has so far (they only ever grow, so
  /// the node and this number identify its children and their labels).
  @inline(__always)
  func childCount(_ node: Int) -> Int { leftCount[node] &+ rightCount[node] }

  /// Whether a transition may be applied.
  package func isValid(_ transition: Transition) -> Bool {
    switch transition {
    case .shift: return buffer <= count
    case .left: return stack.count >= 2 && buffer <= count
    case .right: return stack.count >= 3 || (stack.count == 2 && buffer > count)
    }
  }

  /// The only valid transition, if exactly one is valid: SHIFT when the
  /// stack holds just the root, RIGHT when the buffer is empty. Such
  /// configurations need no scoring.
  package var forcedTransition: Transition? {
    if buffer > count { return stack.count >= 2 ? .right : nil }
    return stack.count == 1 ? .shift : nil
  }

  /// The head and dependent an arc transition would link.
  package func arc(for transition: Transition) -> (head: Int, dependent: Int)? {
    switch transition {
    case .shift: return nil
    case .left: return (buffer, stack[stack.count - 1])
    case .right: return (stack[stack.count - 2], stack[stack.count - 1])
    }
  }

  /// Applies a valid transition; arcs get `label`.
  package mutating func apply(_ transition: Transition, label: Int) {
    switch transition {
    case .shift:
      stack.append(buffer)
      buffer += 1
    case .left, .right:
      guard let (head, dependent) = arc(for: transition) else { return }
      attach(dependent, to: head, label: label)
      stack.removeLast()
    }
  }

  /// Records an arc and updates the head's child summaries.
  private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
    heads[dependent] = head
    labels[dependent] = label
    let bit: UInt64 = 1 << UInt64(label & 63)
    if dependent < head {
      leftCount[head] += 1
      leftLabels[head] |= bit
      if left1[head] == -1 || dependent < left1[head] {
        left2[head] = left1[head]
        left1[head] = dependent
      } else if left2[head] == -1 || dependent < left2[head] {
        left2[head] = dependent
      }
    } else {
      rightCount[head] += 1
      rightLabels[head] |= bit
      if right1[head] == -1 || dependent > right1[head] {
        right2[head] = right1[head]
        right1[head] = dependent
      } else if right2[head] == -1 || dependent > right2[head] {
        right2[head] = dependent
      }
    }
  }

  /// The number of gold arcs a transition makes unreachable (dynamic oracle
  /// of Goldberg and Nivre 2013 for arc-hybrid).
  ///
  /// - Parameters:
  ///   - transition: A valid transition.
  ///   - gold: The gold head of each node (index 0 unused).
  /// - Returns: The cost; 0 means an optimal tree is still reachable.
  package func cost(of transition: Transition, gold: [Int]) -> Int {
    switch transition {
    case .shift:
      let b = buffer
      var cost = 0
      for (position, node) in stack.enumerated() {
        if position < stack.count - 1 && gold[b] == node { cost += 1 }
        if node != 0 && gold[node] == b { cost += 1 }
      }
      return cost
    case .left:
      let s0 = stack[stack.count - 1]
      let s1 = stack[stack.count - 2]
      var cost = 0
      let head = gold[s0]
      if head != buffer && (head == s1 || head > buffer) { cost += 1 }
      if buffer <= count {
        for node in buffer...count where gold[node] == s0 { cost += 1 }
      }
      return cost
    case .right:
      let s0 = stack[stack.count - 1]
      var cost = gold[s0] >= buffer ? 1 : 0
      if buffer <= count {
        for node in buffer...count where gold[node] == s0 { cost += 1 }
      }
      return cost
    }
  }
}
