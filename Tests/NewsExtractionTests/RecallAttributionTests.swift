import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Attributions the parse alone misses: a subject the parser attached
/// elsewhere, a report that closes the sentence, stance verbs with short
/// or prepositional contents, a complement found by its complementizer,
/// stance adjectives, cue verbs the tagger mistook, and headline sources
/// before a colon. One invented sentence per pattern, with the shipped
/// models.
@Suite("RecallAttribution")
struct RecallAttributionTests {
  /// The statements of a text extracted with the trained models.
  func statements(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [StatementRecord] {
    try TextFixtures.extract(text, usingModels: true, sourceLocation: sourceLocation).statements
  }

  /// Patterns: (text, a word of the speaker, cue text, content span texts).
  static let patterns: [(text: String, speakerWord: String, cue: String, content: [String])] = [
    // A subject with a participle the parser takes for the subject itself.
    ("Nearly nine out of ten residents polled said the new bridge was too expensive.", "residents", "said",
     ["the new bridge was too expensive"]),
    // A report closing the sentence, its subject hung on the clause before.
    ("The old bridge will close for repairs in the spring, city engineers said.", "engineers", "said",
     ["The old bridge will close for repairs in the spring"]),
    ("The river flooded the lower town twice last year, local farmers said on Tuesday.", "farmers", "said",
     ["The river flooded the lower town twice last year"]),
    // Stance verbs with a short object.
    ("Maria Delgado defended the mayor.", "Delgado", "defended", ["the mayor"]),
    ("The council members endorsed Delgado.", "members", "endorsed", ["Delgado"]),
    // Stance verbs with a prepositional topic.
    ("Maria Delgado talked about the flooding in the lower town.", "Delgado", "talked about",
     ["the flooding in the lower town"]),
    ("The mayor focused on the cost of the new bridge.", "mayor", "focused on", ["the cost of the new bridge"]),
    // A complement found by its complementizer after a prepositional phrase.
    ("Delgado has questioned in recent weeks whether the council has the money to finish the bridge.", "Delgado",
     "questioned", ["whether the council has the money to finish the bridge"]),
    // Adjectives of belief, feeling and readiness.
    ("Many farmers are worried that the new dam will dry out their fields.", "farmers", "worried",
     ["that the new dam will dry out their fields"]),
    ("The mayor remained skeptical of the plan for a new bridge.", "mayor", "skeptical of",
     ["the plan for a new bridge"]),
    ("Maria Delgado made it clear that she would not close the old bridge.", "Delgado", "clear",
     ["that she would not close the old bridge"]),
    ("The council members were eager to rebuild the old harbour.", "members", "eager", ["to rebuild the old harbour"]),
    // Cue verbs the tagger takes for plural nouns after their subject.
    ("Local polling shows that the new bridge is popular among older residents.", "polling", "shows",
     ["that the new bridge is popular among older residents"]),
    ("Delgado hopes to finish the bridge before the winter.", "Delgado", "hopes", ["to finish the bridge before the winter"]),
    ("The pro-bridge activists hope to collect ten thousand signatures.", "activists", "hope",
     ["to collect ten thousand signatures"]),
    // A headline source before a colon.
    ("Mayor Delgado: The old bridge will stay open.", "Delgado", ":", ["The old bridge will stay open"]),
    // An irregular past form the lemmatizer does not know.
    ("Maria Delgado sought to calm the angry voters.", "Delgado", "sought", ["to calm the angry voters"]),
  ]

  @Test(arguments: patterns.indices)
  func patternWithTheTrainedModels(_ index: Int) throws {
    let pattern = Self.patterns[index]
    let found = try statements(pattern.text)
    if pattern.text.hasPrefix("Maria Delgado talked about") {
      // The parser hangs "in the lower town" on the verb, so the content stops at "the flooding".
      withKnownIssue("\"in the lower town\" is parsed as where she talked") {
        #expect(found.contains { $0.content.map(\.text) == pattern.content }, "\(found)")
      }
      return
    }
    let statement = try #require(found.first { $0.content.map(\.text) == pattern.content }, "\(found)")
    #expect(statement.speaker?.text.contains(pattern.speakerWord) == true, "\(statement)")
    #expect(statement.cue?.text == pattern.cue)
    #expect(statement.kind == .indirect)
  }

  /// A colon after a phrase that opens with "The" introduces no source.
  @Test func colonAfterACommonNounIsNoSource() throws {
    let found = try statements("The result: the old bridge stayed open for another year.")
    #expect(!found.contains { $0.cue?.text == ":" }, "\(found)")
  }

  /// A stance verb whose object the sentence continues keeps no short
  /// content of its own: the words after the object may be part of it.
  @Test func shortObjectNeedsTheClauseToEnd() throws {
    let found = try statements("Maria Delgado defended the mayor for closing the old bridge before the storm.")
    #expect(!found.contains { $0.content.map(\.text) == ["the mayor"] }, "\(found)")
  }
}
