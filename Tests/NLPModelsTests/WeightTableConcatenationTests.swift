import Foundation
import Testing

@testable import NLPCore
@testable import NLPModels

/// Two tables scored side by side, as the tagger's passes are.
@Suite("Weight table concatenation")
struct WeightTableConcatenationTests {
  /// A table of `classCount` classes (prime to 3) whose key `k` has a row
  /// of `1 + (k % 1000 * 7 + salt) % classCount` distinct classes.
  static func table(classCount: Int, keys: [UInt64], salt: Int, scale: Float) -> WeightTable {
    var counts: [UInt32] = []
    var entries: [WeightTable.Entry] = []
    for key in keys {
      let base = Int(key % 1000)
      let length = 1 + (base * 7 + salt) % classCount
      for offset in 0..<length {
        let label = (base + offset * 3 + salt) % classCount
        let weight = Int16(base % 500 + 1 + offset) * (offset % 2 == 0 ? 1 : -1)
        entries.append(WeightTable.Entry(label: UInt16(label), weight: weight))
      }
      counts.append(UInt32(length))
    }
    return WeightTable(classCount: classCount, scale: scale, keys: keys, rowCounts: counts, entries: entries)
  }

  /// The scores a table gives one feature.
  static func scores(_ table: WeightTable, _ feature: UInt64) -> [Int32] {
    var scores = [Int32](repeating: 0, count: table.classCount)
    [feature].withUnsafeBufferPointer { f in
      scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
    }
    return scores
  }

  @Test func concatenatedRowsAreBothRows() {
    // Large keys spread over buckets; some keys in one table only.
    let firstKeys = (1...300).map { UInt64($0) &* 0x9e37_79b9_7f4a_7c15 }
    let secondKeys = (150...450).map { UInt64($0) &* 0x9e37_79b9_7f4a_7c15 }
    let first = Self.table(classCount: 79, keys: firstKeys, salt: 1, scale: 0.5)
    let second = Self.table(classCount: 79, keys: secondKeys, salt: 2, scale: 0.25)
    let both = WeightTable.concatenating(first, second)
    #expect(both.classCount == 158)
    for key in Set(firstKeys).union(secondKeys) {
      #expect(Self.scores(both, key) == Self.scores(first, key) + Self.scores(second, key))
    }
    // Rows longer than 127 entries exist (both halves of a long row).
    #expect(both.rowCounts.contains { $0 > 127 })
    let firstBack = both.classes(0..<79, scale: first.scale)
    let secondBack = both.classes(79..<158, scale: second.scale)
    #expect(firstBack.keys == first.keys.sorted())
    #expect(secondBack.keys == second.keys.sorted())
    #expect(secondBack.scale == 0.25)
    for key in secondKeys { #expect(Self.scores(secondBack, key) == Self.scores(second, key)) }
    #expect(both.size(of: 0..<79).features == firstKeys.count)
    #expect(both.size(of: 79..<158).weights == second.entries.count)
  }

  @Test func taggerWritesTheFileItRead() throws {
    // The tagger keeps its passes only side by side; writing splits them
    // back into exactly the shipped file.
    let url = NLPModels.shippedDirectory.appendingPathComponent(NLPModels.taggerFile)
    let tagger = try PartOfSpeechTagger(contentsOf: url)
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString).ngm")
    defer { try? FileManager.default.removeItem(at: copy) }
    try tagger.save(to: copy)
    #expect(try Data(contentsOf: copy) == Data(contentsOf: url))
  }

  @Test func unindexedTablesScoreNothingButKeepTheirRows() {
    let keys = (1...50).map { UInt64($0) &* 0x9e37_79b9_7f4a_7c15 }
    let table = Self.table(classCount: 20, keys: keys, salt: 3, scale: 1)
    let rowsOnly = WeightTable(
      classCount: 20, scale: 1, keys: table.keys, rowCounts: table.rowCounts, entries: table.entries,
      indexed: false)
    #expect(Self.scores(rowsOnly, keys[0]) == [Int32](repeating: 0, count: 20))
    #expect(Self.scores(table, keys[0]) != [Int32](repeating: 0, count: 20))
    let rebuilt = rowsOnly.classes(0..<20, scale: 1)
    for key in keys { #expect(Self.scores(rebuilt, key) == Self.scores(table, key)) }
  }
}
