import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Averaged perceptron and weight tables")
struct PerceptronTests {
  /// Learns "feature 1 → class 0, feature 2 → class 1".
  func trained() -> AveragedPerceptron {
    let model = AveragedPerceptron(classCount: 3)
    var scores: [Float] = []
    for _ in 0..<5 {
      for (features, truth) in [([UInt64(1), 9], 0), ([UInt64(2), 9], 1), ([UInt64(3)], 2)] {
        model.score(features, into: &scores)
        let guess = scores.indices.max { scores[$0] < scores[$1] } ?? 0
        model.update(features, truth: truth, guess: guess)
        model.tick()
      }
    }
    return model
  }

  func best(_ table: WeightTable, _ features: [UInt64]) -> Int {
    var scores = [Int32](repeating: 0, count: table.classCount)
    features.withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
    }
    return scores.indices.max { scores[$0] < scores[$1] } ?? 0
  }

  @Test func learnsSeparableClasses() {
    let table = trained().averaged()
    #expect(best(table, [1, 9]) == 0)
    #expect(best(table, [2, 9]) == 1)
    #expect(best(table, [3]) == 2)
  }

  @Test func unknownFeaturesScoreNothing() {
    let table = trained().averaged()
    var scores = [Int32](repeating: 0, count: 3)
    [UInt64(12345), 777].withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
    }
    #expect(scores == [0, 0, 0])
  }

  @Test func sparseRowsLongerThanASlot() {
    let model = AveragedPerceptron(classCount: 40)
    for label in 0..<40 { model.add(5, label: label, delta: Float(label + 1)) }
    model.tick()
    let table = model.averaged()
    var scores = [Int32](repeating: 0, count: 40)
    [UInt64(5)].withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
    }
    #expect(scores.indices.max { scores[$0] < scores[$1] } == 39)
    #expect(scores[0] > 0)
  }

  /// Scores of one feature in a table.
  func scores(_ table: WeightTable, _ feature: UInt64) -> [Int32] {
    var scores = [Int32](repeating: 0, count: table.classCount)
    [feature].withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
    }
    return scores
  }

  @Test(arguments: [3, 12])
  func crowdedBucketsFindEveryRow(classCount: Int) {
    // Thirty keys share their high bits, so they share a home bucket and
    // most spill into later buckets.
    let keys = (1...30).map { UInt64(0x1234_5678) << 32 | UInt64($0 * 7919) }
    var counts: [UInt32] = []
    var entries: [WeightTable.Entry] = []
    var expected: [[Int32]] = []
    for (index, _) in keys.enumerated() {
      var row = [Int32](repeating: 0, count: classCount)
      let length = 1 + index % classCount
      for offset in 0..<length {
        let label = (index + offset * 5) % classCount
        guard row[label] == 0 else { continue }
        row[label] = Int32(index * 10 + offset + 1) * (offset % 2 == 0 ? 1 : -1)
        entries.append(WeightTable.Entry(label: UInt16(label), weight: Int16(row[label])))
      }
      counts.append(UInt32(row.filter { $0 != 0 }.count))
      expected.append(row)
    }
    let table = WeightTable(classCount: classCount, scale: 1, keys: keys, rowCounts: counts, entries: entries)
    for (index, key) in keys.enumerated() {
      #expect(scores(table, key) == expected[index])
    }
    #expect(scores(table, UInt64(0x1234_5678) << 32 | 3) == [Int32](repeating: 0, count: classCount))
  }

  @Test func tableSurvivesWriteAndRead() throws {
    let table = trained().averaged()
    var writer = ModelFileWriter()
    table.write(to: &writer)
    let bytes = ModelFile.magic + withUnsafeBytes(of: ModelFile.version.littleEndian, Array.init) + Array("TEST".utf8)
      + withUnsafeBytes(of: UInt64(writer.payload.count).littleEndian, Array.init)
      + withUnsafeBytes(of: writer.payload.withUnsafeBytes { ModelFile.checksum($0) }.littleEndian, Array.init)
      + writer.payload
    var reader = try ModelFileReader(bytes: bytes, path: "table", kind: "TEST")
    let copy = try WeightTable(from: &reader)
    #expect(copy.keys == table.keys)
    #expect(best(copy, [2, 9]) == 1)
  }

  @Test func seededShuffleIsReproducible() {
    var a = SeededGenerator(seed: 42)
    var b = SeededGenerator(seed: 42)
    var x = Array(0..<20)
    var y = Array(0..<20)
    a.shuffle(&x)
    b.shuffle(&y)
    #expect(x == y)
    #expect(x != Array(0..<20))
  }
}
