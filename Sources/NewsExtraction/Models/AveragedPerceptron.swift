/// A multi-class averaged perceptron over hashed features, for training.
///
/// Weights live in dense rows of `classCount` floats, created the first time
/// a feature is updated. Averaging uses the "lazy" trick of Daumé III: beside
/// each weight `w` it keeps `u = Σ clock·Δ`, and the average is `w − u/clock`.
/// Training code scores with the current weights; ``averaged(minimumUnits:)``
/// freezes the averaged weights into a ``WeightTable`` for prediction.
final class AveragedPerceptron {
  /// The number of classes.
  let classCount: Int
  /// Feature key to row number.
  private var rows: [UInt64: Int32] = [:]
  /// Row-major current weights.
  private var weights: [Float] = []
  /// Row-major sums of clock-weighted updates.
  private var totals: [Double] = []
  /// The number of training instances seen, starting at 1.
  private(set) var clock = 1

  /// Creates an empty model.
  ///
  /// - Parameter classCount: The number of classes.
  init(classCount: Int) {
    self.classCount = classCount
  }

  /// The number of features that have a row.
  var featureCount: Int { rows.count }

  /// Sets `scores` to the current (unaveraged) scores of the features.
  ///
  /// - Parameters:
  ///   - features: Feature hashes.
  ///   - scores: Resized to `classCount` and overwritten.
  func score(_ features: [UInt64], into scores: inout [Float]) {
    if scores.count != classCount {
      scores = [Float](repeating: 0, count: classCount)
    } else {
      for index in scores.indices { scores[index] = 0 }
    }
    let classCount = classCount
    weights.withUnsafeBufferPointer { weights in
      scores.withUnsafeMutableBufferPointer { scores in
        for feature in features {
          guard let row = rows[WeightTable.key(feature)] else { continue }
          let base = Int(row) * classCount
          for label in 0..<classCount { scores[label] += weights[base + label] }
        }
      }
    }
  }

  /// Moves weight from the guessed class to the true one.
  ///
  /// Does nothing when they are equal; does not advance the clock.
  /// - Parameters:
  ///   - features: The instance's feature hashes.
  ///   - truth: The correct class.
  ///   - guess: The predicted class.
  func update(_ features: [UInt64], truth: Int, guess: Int) {
    guard truth != guess else { return }
    for feature in features {
      add(feature, label: truth, delta: 1)
      add(feature, label: guess, delta: -1)
    }
  }

  /// Adds `delta` to one weight, creating the feature's row if needed.
  ///
  /// - Parameters:
  ///   - feature: The feature hash.
  ///   - label: The class.
  ///   - delta: The change.
  func add(_ feature: UInt64, label: Int, delta: Float) {
    let key = WeightTable.key(feature)
    let row: Int
    if let existing = rows[key] {
      row = Int(existing)
    } else {
      row = rows.count
      rows[key] = Int32(row)
      weights.append(contentsOf: repeatElement(0, count: classCount))
      totals.append(contentsOf: repeatElement(0, count: classCount))
    }
    let index = row * classCount + label
    weights[index] += delta
    totals[index] += Double(clock) * Double(delta)
  }

  /// Advances the clock by one training instance.
  func tick() { clock += 1 }

  /// Freezes the averaged weights into a prediction table.
  ///
  /// Weights are quantized to 16-bit units of `max|w| / 32767`; weights
  /// smaller than `minimumUnits` units are dropped, and so are empty rows.
  /// Rows are ordered by key, so the result does not depend on hashing seeds.
  /// - Parameter minimumUnits: The pruning threshold in weight units.
  /// - Returns: The table.
  func averaged(minimumUnits: Int = 1) -> WeightTable {
    let keys = rows.keys.sorted()
    let c = Double(clock)
    var maximum = 1e-9
    for index in weights.indices {
      maximum = max(maximum, abs(Double(weights[index]) - totals[index] / c))
    }
    let scale = maximum / 32767
    var kept: [UInt64] = []
    var counts: [UInt32] = []
    var entries: [WeightTable.Entry] = []
    for key in keys {
      guard let row = rows[key] else { continue }
      let base = Int(row) * classCount
      var count: UInt32 = 0
      for label in 0..<classCount {
        let average = Double(weights[base + label]) - totals[base + label] / c
        let units = (average / scale).rounded()
        guard abs(units) >= Double(minimumUnits) else { continue }
        entries.append(WeightTable.Entry(label: UInt16(label), weight: Int16(units)))
        count += 1
      }
      if count > 0 {
        kept.append(key)
        counts.append(count)
      }
    }
    return WeightTable(
      classCount: classCount, scale: Float(scale), keys: kept, rowCounts: counts,
      entries: entries)
  }
}
