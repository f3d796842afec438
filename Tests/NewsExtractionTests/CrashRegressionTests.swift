import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Inputs that once stopped the process with a trap (a range whose bounds
/// were computed in the wrong order), each run through the whole extractor
/// in both name modes (`--names rules` and `--names models`). Every span of
/// the result must carry the text at its offsets.
@Suite("Crash regressions")
struct CrashRegressionTests {
  /// The inputs: minimal ones from the reports and from fuzzing.
  static let inputs: [String] = [
    // StatementExtractor.groupPhrase: the cue ("judges") is the first word
    // of the clause, so the group phrase before it was start...start-2.
    "Yes, judges",
    "Ministers, judges and lawyers said the law was unclear.",
    // StatementExtractor.verbStatement: a content starting at the cue's
    // particle ("if" parsed as one), so the date search ran backwards.
    "If you wondered if the a c",
    // StatementExtractor.hostClause: a cue's subtree deeper than 64 heads
    // ran past its host's, whose span stopped widening 64 steps up.
    deepClause(cue: "he said on Monday at the office"),
    deepClause(cue: "as he said to the head"),
  ]

  /// "The talks collapsed, CUE of the chief of the bank of ..." with 70
  /// nested "of the" phrases and no final period: a parse about 73 deep.
  static func deepClause(cue: String) -> String {
    let nouns = ["office", "chief", "bank", "board", "head", "council", "city", "region", "state", "union"]
    return "The talks collapsed, \(cue) " + (0..<70).map { "of the \(nouns[$0 % nouns.count])" }.joined(separator: " ")
  }

  @Test(arguments: inputs, [false, true])
  func extractsWithoutTrapping(_ text: String, usingModels: Bool) throws {
    _ = try TextFixtures.extract(text, usingModels: usingModels)
  }

  @Test(arguments: [false, true])
  func listedSpeakersBeforeTheCueStillSpeak(usingModels: Bool) throws {
    let extraction = try TextFixtures.extract(
      "Ministers, judges and lawyers said the law was unclear.", usingModels: usingModels)
    let statement = try #require(extraction.statements(containing: "the law was unclear").first)
    #expect(statement.cue?.text == "said")
  }

  @Test func aCueDeepInTheParseReportsItsHostClause() throws {
    for cue in ["he said on Monday at the office", "as he said to the head"] {
      let extraction = try TextFixtures.extract(Self.deepClause(cue: cue), usingModels: true)
      let statement = try #require(extraction.statements.first)
      #expect(statement.content.map(\.text) == ["The talks collapsed"])
      #expect(statement.speaker?.text == "he")
    }
  }

  @Test func aParticleTheContentStartsWithIsNotPartOfTheCue() throws {
    let extraction = try TextFixtures.extract("If you wondered if the a c", usingModels: true)
    try #require(!extraction.statements.isEmpty)
    for statement in extraction.statements {
      let cue = try #require(statement.cue)
      #expect(statement.content.allSatisfy { $0.start >= cue.end || $0.end <= cue.start })
    }
  }
}
