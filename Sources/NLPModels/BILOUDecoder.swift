/// Viterbi decoding over valid BILOU sequences for prediction.
///
/// Gives exactly the sequence of ``EntityRecognizer/viterbi(emissions:count:transitions:)``
/// (same tie-breaking: the lowest class wins) for integer scores, but visits
/// only the allowed transitions, from precomputed lists, over flat buffers
/// and 64-bit path scores.
enum BILOUDecoder {
  /// The number of classes.
  static let classCount = EntityRecognizer.classCount
  /// The classes that may follow each class, flattened: for class `c`,
  /// `predecessors[predecessorStart[c]..<predecessorStart[c + 1]]` may precede it.
  static let predecessors: [Int] = (0..<classCount).flatMap { next in
    (0..<classCount).filter { EntityRecognizer.allowed($0, next) }
  }
  /// Where each class's predecessor list starts in ``predecessors``.
  static let predecessorStart: [Int] = (0...classCount).map { next in
    (0..<next).reduce(0) { total, tag in
      total + (0..<classCount).filter { EntityRecognizer.allowed($0, tag) }.count
    }
  }

  /// The best valid tag sequence.
  ///
  /// - Parameters:
  ///   - emissions: `count × 17` scores.
  ///   - n: The number of words (at least 1).
  ///   - transitions: `18 × 17` scores (row 17 = start).
  /// - Returns: One class per word.
  static func decode(emissions: [Int32], count n: Int, transitions: [Int32]) -> [Int] {
    let k = classCount
    let invalid = Int64.min
    var score = [Int64](repeating: invalid, count: n * k)
    var back = [Int32](repeating: -1, count: n * k)
    emissions.withUnsafeBufferPointer { emissions in
      transitions.withUnsafeBufferPointer { transitions in
        predecessors.withUnsafeBufferPointer { predecessors in
          predecessorStart.withUnsafeBufferPointer { starts in
            score.withUnsafeMutableBufferPointer { score in
              back.withUnsafeMutableBufferPointer { back in
                for tag in 0..<k where EntityRecognizer.allowed(k, tag) {
                  score[tag] = Int64(emissions[tag]) + Int64(transitions[k * k + tag])
                }
                var index = 1
                while index < n {
                  let previousRow = (index - 1) * k
                  let row = index * k
                  for tag in 0..<k {
                    var best = invalid
                    var from = -1
                    for position in starts[tag]..<starts[tag + 1] {
                      let previous = predecessors[position]
                      let path = score[previousRow + previous]
                      guard path != invalid else { continue }
                      let candidate = path + Int64(transitions[previous * k + tag])
                      if from < 0 || candidate > best {
                        best = candidate
                        from = previous
                      }
                    }
                    guard from >= 0 else { continue }
                    score[row + tag] = best + Int64(emissions[row + tag])
                    back[row + tag] = Int32(from)
                  }
                  index += 1
                }
              }
            }
          }
        }
      }
    }
    var last = 0
    var bestFinal = invalid
    var found = false
    let finalRow = (n - 1) * k
    for tag in 0..<k where score[finalRow + tag] != invalid && EntityRecognizer.mayEnd(tag) {
      if !found || score[finalRow + tag] > bestFinal {
        bestFinal = score[finalRow + tag]
        last = tag
        found = true
      }
    }
    var tags = [Int](repeating: 0, count: n)
    tags[n - 1] = last
    var index = n - 1
    while index > 0 {
      tags[index - 1] = max(0, Int(back[index * k + tags[index]]))
      index -= 1
    }
    return tags
  }
}
