import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Who speaks a statement when the clause that introduces it has no
/// reporting verb, or when the word before the colon is no speaker.
/// Invented texts, with the shipped models.
@Suite("SpeakerSpans")
struct SpeakerSpanTests {
  let delgado = "person:maria-delgado"
  let opening = "The council met on Monday to discuss the repairs.\n\n"
  let quote = "We will rebuild the bridge before the winter comes"

  func statements(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [StatementRecord] {
    try TextFixtures.extract(text, usingModels: true, sourceLocation: sourceLocation).statements
  }

  /// `X fired back: "..."`, `X smiled, "..."`: the subject of the clause
  /// before the quote speaks, though its verb reports nothing.
  @Test(arguments: [
    "Maria Delgado fired back at her critics: \"We will rebuild the bridge before the winter comes.\"",
    "Maria Delgado smiled, \"We will rebuild the bridge before the winter comes.\"",
  ])
  func clauseBeforeTheQuoteNamesTheSpeaker(_ paragraph: String) throws {
    let found = try statements(opening + paragraph)
    let statement = try #require(found.first { $0.content.first?.text.hasPrefix(quote) ?? false }, "\(found)")
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.speaker?.entity == delgado)
  }

  /// `"...," X laughed.`: a short clause after the closing mark names the
  /// speaker, though its verb reports nothing.
  @Test(arguments: [
    ("\"We will rebuild the bridge before the winter comes,\" Maria Delgado laughed.", "Maria Delgado"),
    ("\"We will rebuild the bridge before the winter comes,\" she fired back.", "she"),
  ])
  func clauseAfterTheQuoteNamesTheSpeaker(_ paragraph: String, _ speaker: String) throws {
    let found = try statements(opening + paragraph)
    let statement = try #require(found.first { $0.content.first?.text.hasPrefix(quote) ?? false }, "\(found)")
    #expect(statement.speaker?.text == speaker)
  }

  /// `In a statement, X, who ..., said: "..."`: an opening adverbial is
  /// no speaker; the subject after it is.
  @Test func openingAdverbialIsNoSpeaker() throws {
    let paragraph = "In a statement on Friday, Maria Delgado, who leads the council, said: \"\(quote).\""
    let found = try statements(opening + paragraph)
    let statement = try #require(found.first { $0.content.first?.text.hasPrefix(quote) ?? false }, "\(found)")
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.speaker?.entity == delgado)
  }

  /// An interview's "Q:" and "A:" mark turns; they are nobody's name.
  @Test func interviewTurnMarkersAreNoSpeakers() throws {
    let text = "Q: Will the bridge reopen before the winter comes?\n\nA: We will rebuild it before the first snow falls.\n"
    let found = try statements(text)
    #expect(!found.contains { $0.speaker?.text == "Q" || $0.speaker?.text == "A" }, "\(found)")
  }

  /// "It was doubtful that ...": the expletive "it" holds no stance.
  @Test func expletiveItHoldsNoStance() throws {
    let found = try statements("The engineers met on Monday. It was doubtful that the old bridge could carry heavy trucks.")
    let statement = try #require(found.first { $0.cue?.text == "doubtful" }, "\(found)")
    #expect(statement.speaker == nil)
  }

  /// `X, a long appositive, said Y's plan ...`: a name right after the cue
  /// with a possessive mark starts the reported words; it is not an
  /// inverted speaker ("..., said the minister").
  @Test func possessorAfterTheCueIsNoSpeaker() throws {
    let found = try statements(
      opening + "Maria Delgado, the director of the engineering office, which drew up the repairs, said "
        + "Tomas Lind's plan for the bridge was undercut by the council's budget.")
    let statement = try #require(found.first { $0.cue?.text == "said" }, "\(found)")
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.content.first?.text.hasPrefix("Tomas Lind") == true, "\(statement.content)")
  }

  /// `X, a relative clause, challenged Y to ...`: after a verb of
  /// challenging, urging or a stance the name is its object, never an
  /// inverted speaker ("..., said the minister").
  @Test func nameAfterAnObjectFirstCueIsNoSpeaker() throws {
    let found = try statements(
      opening + "Lind, who has seen his lead in the polls evaporate, challenged Delgado to a debate.")
    #expect(!found.contains { $0.speaker?.text == "Delgado" }, "\(found)")
  }

  /// `X, an appositive, said Y "..."`: a quotation opening right after the
  /// name makes the name the subject of the reported words.
  @Test func nameBeforeAnOpeningQuoteIsNoSpeaker() throws {
    let found = try statements(
      opening + "Anna Berg, a former senior adviser who supported an aggressive repair plan, said Maria Delgado "
        + "\"understood she couldn't have a safe bridge without a credible program.\"")
    #expect(!found.contains { $0.speaker?.text == "Maria Delgado" }, "\(found)")
    let statement = try #require(found.first { $0.cue?.text == "said" }, "\(found)")
    #expect(statement.speaker?.text == "Anna Berg")
  }

  /// `X, who ..., wants ...`: a relative pronoun that speaks stands for
  /// the name its clause hangs on, so the statement reaches that entity.
  @Test func relativePronounSpeaksForItsAntecedent() throws {
    let found = try statements(
      opening + "The plan was backed by Maria Delgado, who said the bridge would reopen before the winter.")
    let statement = try #require(found.first { $0.speaker?.text == "who" }, "\(found)")
    #expect(statement.speaker?.entity == delgado)
  }
}
