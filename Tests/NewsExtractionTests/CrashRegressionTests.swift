import Testing

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
  ]

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

  @Test func aParticleTheContentStartsWithIsNotPartOfTheCue() throws {
    let extraction = try TextFixtures.extract("If you wondered if the a c", usingModels: true)
    try #require(!extraction.statements.isEmpty)
    for statement in extraction.statements {
      let cue = try #require(statement.cue)
      #expect(statement.content.allSatisfy { $0.start >= cue.end || $0.end <= cue.start })
    }
  }
}
