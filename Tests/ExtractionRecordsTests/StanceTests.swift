import Foundation
import Testing

@testable import ExtractionRecords

@Suite("Stance")
struct StanceTests {
  @Test func combiningKeepsAJudgedStanceAndMakesConflictsNeutral() {
    #expect(Stance.supports.combined(with: .neutral) == .supports)
    #expect(Stance.neutral.combined(with: .opposes) == .opposes)
    #expect(Stance.opposes.combined(with: .opposes) == .opposes)
    #expect(Stance.supports.combined(with: .opposes) == .neutral)
    #expect(Stance.neutral.combined(with: .neutral) == .neutral)
  }

  @Test func renamingMergesAndDropsKeys() {
    let stance: [String: Stance] = ["a": .supports, "b": .neutral, "c": .opposes, "d": .opposes]
    let renamed = Stance.renamed(stance) { ["a": "x", "b": "x", "c": "y"][$0] }
    #expect(renamed == ["x": .supports, "y": .opposes])
  }

  @Test func jsonIsAnObjectOfLabels() throws {
    let record = StatementRecord(
      speaker: nil, cue: nil, content: [], kind: .direct, about: ["person:a"], stance: ["person:a": .opposes])
    let text = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
    #expect(text.contains("\"stance\":{\"person:a\":\"opposes\"}"))
    let none = StatementRecord(speaker: nil, cue: nil, content: [], kind: .direct)
    #expect(!String(decoding: try JSONEncoder().encode(none), as: UTF8.self).contains("stance"))
  }
}
