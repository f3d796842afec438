/// A multi-class averaged perceptron over hashed features, for training.
///
/// Weights live in dense rows of `classCount` floats, created the first time
/// a feature is updated. Averaging uses the "lazy" trick of Daumé III: beside
/// each weight `w` it keeps `u = Σ clock·Δ`, and the average is `w − u/clock`.
/// Training code scores with the current weights; ``averaged(minimumUnits:)``
/// freezes the averaged weights into a ``WeightTable`` for prediction.
package final class AveragedPerceptron {
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
  package init(classCount: Int) {
    self.classCount = classCount
  }

  /// The number of features that have a row.
  package var featureCount: Int { rows.count }

  /// Sets `scores` to the current (unaveraged) scores of the features.
  ///
  /// - Parameters:
  ///   - features: Feature hashes.
  ///   - scores: Resized to `classCount` and overwritten.
  package func score(_ features: [UInt64], into scores: inout [Float]) {
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
  package func update(_ features: [UInt64], truth: Int, guess: Int) {
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
  package func add(_ feature: UInt64, label: Int, delta: Float) {
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
  package func tick() { clock += 1 }

  /// Freezes the averaged weights into a prediction table.
  ///
  /// Weights are quantized to 16-bit units of `max|w| / 32767`; weights
  /// smaller than `minimumUnits` units are dropped, and so are empty rows.
  /// Rows are ordered by key, so the result does not depend on hashing seeds.
  /// - Parameter minimumUnits: The pruning threshold in weight units.
  /// - Returns: The table.
  package func averaged(minimumUnits: Int = 1) -> WeightTable {
    Self.averaged([self], minimumUnits: minimumUnits)
  }

  /// The averaged weight of one feature row and class.
  private func average(row: Int, label: Int) -> Double {
    let index = row * classCount + label
    return Double(weights[index]) - totals[index] / Double(clock)
  }

  /// Freezes the sum of several models' averaged weights into one table.
  ///
  /// Summing the weights of linear models trained in different orders is
  /// the same as adding their scores: an ensemble at the cost of one model.
  /// - Parameters:
  ///   - models: Models with the same number of classes.
  ///   - minimumUnits: The pruning threshold in weight units.
  /// - Returns: The table.
  package static func averaged(_ models: [AveragedPerceptron], minimumUnits: Int = 1) -> WeightTable {
    let classCount = models.first?.classCount ?? 1
    var keySet = Set<UInt64>()
    for model in models { keySet.formUnion(model.rows.keys) }
    let keys = keySet.sorted()
    var sums = [Double](repeating: 0, count: keys.count * classCount)
    var maximum = 1e-9
    for (position, key) in keys.enumerated() {
      for model in models {
        guard let row = model.rows[key] else { continue }
        for label in 0..<classCount {
          sums[position * classCount + label] += model.average(row: Int(row), label: label)
        }
      }
      for label in 0..<classCount { maximum = max(maximum, abs(sums[position * classCount + label])) }
    }
    let scale = maximum / 32767
    var kept: [UInt64] = []
    var counts: [UInt32] = []
    var entries: [WeightTable.Entry] = []
    for (position, key) in keys.enumerated() {
      var count: UInt32 = 0
      for label in 0..<classCount {
        let units = (sums[position * classCount + label] / scale).rounded()
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
      classCount: classCount, scale: Float(scale), keys: kept, rowCounts: counts, entries: entries)
  }
}
