/// The per-node values the parser's features read, for one sentence.
///
/// Index 0 is the root and index `count + 1` stands for a missing node, so
/// feature code never branches on absent stack or buffer positions.
package struct ParserSentence {
  /// Lowercased word hash of each node.
  var words: [UInt64]
  /// Tag class of each node (root and missing nodes get their own values).
  var tags: [UInt64]
  /// Universal part of speech of each node (coarser than `tags`).
  var coarse: [UInt64]
  /// Whether each node is punctuation.
  var punctuation: [Bool]
  /// The number of punctuation words among nodes `1...i`.
  var punctuationBefore: [Int]

  /// Builds the node table.
  ///
  /// - Parameters:
  ///   - words: The words' features.
  ///   - tags: The words' tag classes.
  ///   - coarse: The universal tag index of each tag class.
  package init(words: [WordFeatures], tags: [Int], coarse coarseMap: [Int]) {
    let count = words.count
    var w = [UInt64](repeating: 0, count: count + 2)
    var t = [UInt64](repeating: 0, count: count + 2)
    var p = [Bool](repeating: false, count: count + 2)
    var c = [UInt64](repeating: 0, count: count + 2)
    c[0] = 1000
    c[count + 1] = 1001
    w[0] = ParserFeatures.rootWord
    t[0] = 1000
    w[count + 1] = ParserFeatures.noneWord
    t[count + 1] = 1001
    for index in 0..<count {
      w[index + 1] = words[index].lower
      t[index + 1] = UInt64(tags[index])
      c[index + 1] = UInt64(tags[index] < coarseMap.count ? coarseMap[tags[index]] : 999)
      p[index + 1] = words[index].has(WordFeatures.punctuation)
    }
    self.words = w
    self.tags = t
    self.coarse = c
    self.punctuation = p
    var before = [Int](repeating: 0, count: count + 2)
    for index in 1...(count + 1) {
      before[index] = before[index - 1] + (index <= count && p[index] ? 1 : 0)
    }
    self.punctuationBefore = before
  }

  /// The number of punctuation words strictly between two nodes (0, 1 or 2 = more).
  @inline(__always)
  func punctuationBetween(_ a: Int, _ b: Int) -> UInt64 {
    guard a > 0, b > a + 1, b < punctuationBefore.count else { return 0 }
    return UInt64(min(2, punctuationBefore[b - 1] - punctuationBefore[a]))
  }
}

/// Feature templates of the dependency parser (after Zhang and Nivre 2011).
package enum ParserFeatures {
  /// The word hash of the root node.
  static let rootWord = FeatureHash.string("<root>")
  /// The word hash of a missing node.
  static let noneWord = FeatureHash.string("<none>")

  /// A distance bucket: 0 (none), 1, 2, 3, 4, 5–6, 7–9, 10+.
  @inline(__always)
  static func distance(_ a: Int, _ b: Int, none: Int) -> UInt64 {
    if a == none || b == none || a == 0 || b == 0 { return 0 }
    let d = abs(a - b)
    switch d {
    case 0...4: return UInt64(d)
    case 5...6: return 5
    case 7...9: return 6
    default: return 7
    }
  }

  /// Appends the transition features of a configuration (buffer cleared first).
  ///
  /// - Parameters:
  ///   - s: The sentence's node table.
  ///   - st: The configuration.
  ///   - f: Receives the feature hashes.
  package static func transition(_ s: ParserSentence, _ st: ParserState, into f: inout [UInt64]) {
    f.removeAll(keepingCapacity: true)
    transition(s, st, emit: &f)
  }

  /// Emits the transition features of a configuration, each with the
  /// ``ParserFeatureGroup`` naming what it reads, in template order.
  ///
  /// A new template must go in the group that covers every configuration
  /// part it reads (``ParserFeatureGroup/mixed`` when unsure): the fast
  /// scorer reuses a group's weights while those parts are unchanged.
  /// - Parameters:
  ///   - s: The sentence's node table.
  ///   - st: The configuration.
  ///   - f: Receives the features.
  @inline(__always)
  static func transition<Sink: ParserFeatureSink>(_ s: ParserSentence, _ st: ParserState, emit f: inout Sink) {
    s.words.withUnsafeBufferPointer { w in
      s.tags.withUnsafeBufferPointer { t in
        s.coarse.withUnsafeBufferPointer { c in transition(s, st, w, t, c, emit: &f) }
      }
    }
  }

  /// ``transition(_:_:emit:)`` reading the node table's words, tags and
  /// universal tags through unchecked buffers (every index is a node).
  @inline(__always)
  private static func transition<Sink: ParserFeatureSink>(
    _ s: ParserSentence, _ st: ParserState, _ w: UnsafeBufferPointer<UInt64>, _ t: UnsafeBufferPointer<UInt64>,
    _ c: UnsafeBufferPointer<UInt64>, emit f: inout Sink
  ) {
    let none = st.none
    let s0 = st.stackNode(0), s1 = st.stackNode(1), s2 = st.stackNode(2)
    let b0 = st.bufferNode(0), b1 = st.bufferNode(1), b2 = st.bufferNode(2)
    func child(_ list: [Int], _ node: Int) -> Int {
      node == none ? none : (list[node] < 0 ? none : list[node])
    }
    func label(_ node: Int) -> UInt64 {
      node == none ? 999 : UInt64(bitPattern: Int64(st.labels[node]))
    }
    let s0l1 = child(st.left1, s0), s0l2 = child(st.left2, s0)
    let s0r1 = child(st.right1, s0), s0r2 = child(st.right2, s0)
    let s1l1 = child(st.left1, s1), s1r1 = child(st.right1, s1), s1r2 = child(st.right2, s1)
    let b0l1 = child(st.left1, b0), b0l2 = child(st.left2, b0)
    let s0w = w[s0], s0t = t[s0], s1w = w[s1], s1t = t[s1], s2t = t[s2], s2w = w[s2]
    let b0w = w[b0], b0t = t[b0], b1w = w[b1], b1t = t[b1], b2t = t[b2], b2w = w[b2]
    let d = distance(s0, b0, none: none)
    let d1 = distance(s1, s0, none: none)
    let s0vl = UInt64(s0 == none ? 0 : min(st.leftCount[s0], 4))
    let s0vr = UInt64(s0 == none ? 0 : min(st.rightCount[s0], 4))
    let b0vl = UInt64(b0 == none ? 0 : min(st.leftCount[b0], 4))
    let s1vr = UInt64(s1 == none ? 0 : min(st.rightCount[s1], 4))
    let s1vl = UInt64(s1 == none ? 0 : min(st.leftCount[s1], 4))
    let s0ls = s0 == none ? 0 : st.leftLabels[s0], s0rs = s0 == none ? 0 : st.rightLabels[s0]
    let b0ls = b0 == none ? 0 : st.leftLabels[b0], s1rs = s1 == none ? 0 : st.rightLabels[s1]
    let shape = UInt64(min(st.stack.count, 4)) &* 8 &+ (b0 == none ? 1 : 0)
    typealias H = FeatureHash
    // Single nodes.
    f.add(.mixed, H.feature(100, shape))
    f.add(.stack, H.feature(101, s0w)); f.add(.stack, H.feature(102, s0t)); f.add(.stack, H.feature(103, s0w, s0t))
    f.add(.stack, H.feature(104, s1w)); f.add(.stack, H.feature(105, s1t)); f.add(.stack, H.feature(106, s1w, s1t))
    f.add(.stack, H.feature(107, s2t)); f.add(.stack, H.feature(108, s2w))
    f.add(.buffer, H.feature(109, b0w)); f.add(.buffer, H.feature(110, b0t)); f.add(.buffer, H.feature(111, b0w, b0t))
    f.add(.buffer, H.feature(112, b1w)); f.add(.buffer, H.feature(113, b1t)); f.add(.buffer, H.feature(114, b1w, b1t))
    f.add(.buffer, H.feature(115, b2w)); f.add(.buffer, H.feature(116, b2t))
    // Pairs.
    f.add(.mixed, H.feature(120, H.combine(s0w, s0t), H.combine(b0w, b0t)))
    f.add(.mixed, H.feature(121, H.combine(s0w, s0t), b0w))
    f.add(.mixed, H.feature(122, s0w, H.combine(b0w, b0t)))
    f.add(.mixed, H.feature(123, H.combine(s0w, s0t), b0t))
    f.add(.mixed, H.feature(124, s0t, H.combine(b0w, b0t)))
    f.add(.mixed, H.feature(125, s0w, b0w))
    f.add(.mixed, H.feature(126, s0t, b0t))
    f.add(.buffer, H.feature(127, b0t, b1t))
    f.add(.stack, H.feature(128, s1t, s0t))
    f.add(.stack, H.feature(129, s1w, s0w))
    f.add(.stack, H.feature(130, s1t, H.combine(s0w, s0t)))
    f.add(.stack, H.feature(131, H.combine(s1w, s1t), s0t))
    f.add(.mixed, H.feature(132, s1t, b0t))
    f.add(.mixed, H.feature(133, s1w, b0w))
    f.add(.buffer, H.feature(134, b0w, b1w))
    // Triples.
    f.add(.buffer, H.feature(140, b0t, b1t, b2t))
    f.add(.mixed, H.feature(141, s0t, b0t, b1t))
    f.add(.mixed, H.feature(142, s1t, s0t, b0t))
    f.add(.mixed, H.feature(143, s0t, t[s0l1], b0t))
    f.add(.mixed, H.feature(144, s0t, t[s0r1], b0t))
    f.add(.mixed, H.feature(145, s0t, b0t, t[b0l1]))
    f.add(.stack, H.feature(146, s2t, s1t, s0t))
    f.add(.stack, H.feature(147, s1t, t[s1r1], s0t))
    f.add(.stack, H.feature(148, s1t, t[s1l1], s0t))
    f.add(.stack, H.feature(149, s0t, t[s0l1], t[s0l2]))
    f.add(.stack, H.feature(150, s0t, t[s0r1], t[s0r2]))
    f.add(.bufferHead, H.feature(151, b0t, t[b0l1], t[b0l2]))
    f.add(.stack, H.feature(152, s1t, s0t, t[s0r1]))
    f.add(.stack, H.feature(153, s1t, s0t, t[s0l1]))
    f.add(.mixed, H.feature(154, s1t, s0w, b0t))
    f.add(.mixed, H.feature(155, s1t, s0t, b0w))
    // Distance and valency.
    f.add(.mixed, H.feature(160, s0w, d)); f.add(.mixed, H.feature(161, s0t, d))
    f.add(.mixed, H.feature(162, b0w, d)); f.add(.mixed, H.feature(163, b0t, d))
    f.add(.mixed, H.feature(164, s0t, b0t, d)); f.add(.stack, H.feature(165, s1t, s0t, d1))
    f.add(.stack, H.feature(166, s0w, s0vr)); f.add(.stack, H.feature(167, s0t, s0vr))
    f.add(.stack, H.feature(168, s0w, s0vl)); f.add(.stack, H.feature(169, s0t, s0vl))
    f.add(.bufferHead, H.feature(170, b0w, b0vl)); f.add(.bufferHead, H.feature(171, b0t, b0vl))
    f.add(.stack, H.feature(172, s1t, s1vr)); f.add(.stack, H.feature(173, s1t, s1vl))
    // Children.
    f.add(.stack, H.feature(180, w[s0l1]))
    f.add(.stack, H.feature(181, t[s0l1]))
    f.add(.stack, H.feature(182, label(s0l1)))
    f.add(.stack, H.feature(183, w[s0r1]))
    f.add(.stack, H.feature(184, t[s0r1]))
    f.add(.stack, H.feature(185, label(s0r1)))
    f.add(.stack, H.feature(186, t[s0l2])); f.add(.stack, H.feature(187, label(s0l2)))
    f.add(.stack, H.feature(188, t[s0r2])); f.add(.stack, H.feature(189, label(s0r2)))
    f.add(.bufferHead, H.feature(190, w[b0l1]))
    f.add(.bufferHead, H.feature(191, t[b0l1]))
    f.add(.bufferHead, H.feature(192, label(b0l1)))
    f.add(.bufferHead, H.feature(193, t[b0l2])); f.add(.bufferHead, H.feature(194, label(b0l2)))
    f.add(.stack, H.feature(195, t[s1l1])); f.add(.stack, H.feature(196, label(s1l1)))
    f.add(.stack, H.feature(197, t[s1r1])); f.add(.stack, H.feature(198, label(s1r1)))
    f.add(.stack, H.feature(199, label(s1r2)))
    // Label sets.
    f.add(.stack, H.feature(200, s0w, s0ls)); f.add(.stack, H.feature(201, s0t, s0ls))
    f.add(.stack, H.feature(202, s0w, s0rs)); f.add(.stack, H.feature(203, s0t, s0rs))
    f.add(.bufferHead, H.feature(204, b0w, b0ls)); f.add(.bufferHead, H.feature(205, b0t, b0ls))
    f.add(.stack, H.feature(206, s1t, s1rs))
    f.add(.mixed, H.feature(207, s0t, label(s0l1), b0t))
    f.add(.stack, H.feature(208, s1t, label(s1r1), s0t))
    // Punctuation between, remaining words, wider tag windows, bilexical children.
    let between = s.punctuationBetween(s0, b0 == none ? st.count + 1 : b0)
    let between1 = s.punctuationBetween(s1, s0)
    let remaining = UInt64(min(max(0, st.count - st.buffer + 1), 8))
    f.add(.mixed, H.feature(210, between, s0t, b0t))
    f.add(.stack, H.feature(211, between1, s1t, s0t))
    f.add(.mixed, H.feature(212, remaining, s0t, b0t))
    f.add(.mixed, H.feature(213, H.combine(s1t, s0t), b0t, b1t))
    f.add(.mixed, H.feature(214, H.combine(s2t, s1t), s0t, b0t))
    f.add(.stack, H.feature(215, w[s0l1], s0w))
    f.add(.stack, H.feature(216, w[s0r1], s0w))
    f.add(.bufferHead, H.feature(217, w[b0l1], b0w))
    f.add(.mixed, H.feature(218, s1w, s0t, b0t))
    f.add(.mixed, H.feature(219, between, d))
    f.add(.mixed, H.feature(220, c[s0], c[b0]))
    f.add(.mixed, H.feature(221, c[s1], c[s0], c[b0]))
    f.add(.mixed, H.feature(222, c[s0], c[b0], c[b1]))
    f.add(.buffer, H.feature(223, c[b0], c[b1], c[b2]))
    f.add(.mixed, H.feature(224, c[s0], c[s0l1], c[b0]))
    f.add(.mixed, H.feature(225, c[s0], c[s0r1], c[b0]))
    f.add(.stack, H.feature(226, c[s2], c[s1], c[s0]))
    f.add(.stack, H.feature(227, c[s1], c[s0], d1))
  }

  /// Appends the label features of an arc about to be made (buffer cleared first).
  ///
  /// Called before the arc is applied: the dependent's subtree is complete
  /// (arc-hybrid attaches finished words) and the head has the children
  /// closer to it than the dependent.
  /// - Parameters:
  ///   - s: The sentence's node table.
  ///   - st: The configuration.
  ///   - head: The head node.
  ///   - dependent: The dependent node.
  ///   - f: Receives the feature hashes.
  package static func label(
    _ s: ParserSentence, _ st: ParserState, head: Int, dependent: Int, into f: inout [UInt64]
  ) {
    f.removeAll(keepingCapacity: true)
    let none = st.none
    func child(_ list: [Int], _ node: Int) -> Int { list[node] < 0 ? none : list[node] }
    func label(_ node: Int) -> UInt64 {
      node == none ? 999 : UInt64(bitPattern: Int64(st.labels[node]))
    }
    let w = s.words, t = s.tags
    let hw = w[head], ht = t[head], dw = w[dependent], dt = t[dependent]
    let direction: UInt64 = dependent < head ? 1 : 2
    let d = distance(head, dependent, none: none) &* 4 &+ direction
    let dl1 = child(st.left1, dependent), dl2 = child(st.left2, dependent)
    let dr1 = child(st.right1, dependent), dr2 = child(st.right2, dependent)
    let hl1 = child(st.left1, head), hr1 = child(st.right1, head)
    let dls = st.leftLabels[dependent], drs = st.rightLabels[dependent]
    let hls = st.leftLabels[head], hrs = st.rightLabels[head]
    let before = dependent > 1 ? dependent - 1 : none
    let after = dependent < st.count ? dependent + 1 : none
    typealias H = FeatureHash
    f.append(H.feature(300, direction))
    f.append(H.feature(301, dw)); f.append(H.feature(302, dt)); f.append(H.feature(303, dw, dt))
    f.append(H.feature(304, hw)); f.append(H.feature(305, ht)); f.append(H.feature(306, hw, ht))
    f.append(H.feature(307, ht, dt, direction))
    f.append(H.feature(308, hw, dt, direction))
    f.append(H.feature(309, ht, dw, direction))
    f.append(H.feature(310, hw, dw))
    f.append(H.feature(311, ht, dt, d))
    f.append(H.feature(312, dw, direction))
    f.append(H.feature(313, w[dl1], dt)); f.append(H.feature(314, t[dl1], dt)); f.append(H.feature(315, label(dl1), dt))
    f.append(H.feature(316, t[dr1], dt)); f.append(H.feature(317, label(dr1), dt))
    f.append(H.feature(318, label(dl2))); f.append(H.feature(319, label(dr2)))
    f.append(H.feature(320, dls, dt)); f.append(H.feature(321, drs, dt))
    f.append(H.feature(322, label(hl1), direction)); f.append(H.feature(323, label(hr1), direction))
    f.append(H.feature(324, w[hl1], ht))
    f.append(H.feature(325, hls, ht, direction)); f.append(H.feature(326, hrs, ht, direction))
    f.append(H.feature(327, t[before], dt)); f.append(H.feature(328, t[after], dt))
    f.append(H.feature(329, w[dl1], ht, direction))
    f.append(H.feature(330, w[dl1], dt, ht))
    f.append(H.feature(331, dls, ht, direction))
    f.append(H.feature(332, hls, dt, direction))
    f.append(H.feature(333, head == 0 ? 1 : 0, dt))
    f.append(H.feature(334, w[before], dt))
    f.append(H.feature(335, w[dr1], dt))
    f.append(H.feature(336, hw, w[dl1]))
  }
}
