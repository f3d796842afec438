import Testing

@testable import NewsExtraction

/// The statement stance (gold guidelines, "Stance") on invented sentences
/// run through the shipped models as the command line runs them.
@Suite("StanceJudge")
struct StanceJudgeTests {
  /// The stance of the first statement of a text toward each entity.
  static func stance(_ text: String) throws -> [String: Stance]? {
    try TextFixtures.extract(text, usingModels: true).statements.first?.stance
  }

  @Test func everyStatementJudgesExactlyItsAboutList() throws {
    let extraction = try TextFixtures.extract(
      """
      Ana Ruiz said Acme Steel would open a plant in Lima and hire Tom Hale. "It will rain," she said.
      """, usingModels: true)
    #expect(!extraction.statements.isEmpty)
    for statement in extraction.statements {
      #expect(statement.stance.map { Set($0.keys) } == Set(statement.about))
    }
    #expect(extraction.statements.contains { $0.about.isEmpty && $0.stance == [:] })
  }

  @Test func theReportingWordGivesItsStanceToTheObjectItOpensWith() throws {
    #expect(try Self.stance("Ana Ruiz accused Tom Hale of hiding pollution reports.")?["person:tom-hale"] == .opposes)
    #expect(try Self.stance("Acme Steel welcomed Mr Hale's announcement on Monday.")?["person:hale"] == .supports)
  }

  @Test func aSubjectTakesTheSentimentOfItsPredicate() throws {
    #expect(try Self.stance("Tom Hale said the Dalton Party had been a disastrous failure.")?[
      "organization:dalton-party"] == .opposes)
    // Negation reverses it: "cannot be trusted".
    #expect(try Self.stance("Tom Hale said the Dalton Party cannot be trusted on crime.")?[
      "organization:dalton-party"] == .opposes)
    #expect(try Self.stance("Tom Hale said Ana Ruiz had done an excellent and wonderful job.")?[
      "person:ana-ruiz"] == .supports)
  }

  @Test func factsPlansAndPlacesAreNeutral() throws {
    let stance = try #require(try Self.stance("Ana Ruiz said Kestrel Air would open a new route to Lima next year."))
    #expect(!stance.isEmpty)
    #expect(stance.values.allSatisfy { $0 == .neutral })
    // A place is only the scene, however the sentence feels.
    let place = try Self.stance("Ana Ruiz said the terrible floods in Lima had killed ten people.")
    #expect(place?["location:lima"] == .neutral)
  }
}
