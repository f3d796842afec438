import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Direct quotes: which quotes are statements, how the quotes of one
/// attribution join, and where the speaker's span is. Short invented
/// sentences; every case runs with the rule-based names and with the models.
@Suite("DirectQuotes")
struct DirectQuoteTests {
  let delgado = "person:maria-delgado"

  func extract(_ text: String, models: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws -> Extraction {
    try TextFixtures.extract(text, usingModels: models, sourceLocation: sourceLocation)
  }

  func only(_ text: String, models: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws -> StatementRecord {
    let extraction = try extract(text, models: models, sourceLocation: sourceLocation)
    #expect(extraction.statements.count == 1, "\(extraction.statements)", sourceLocation: sourceLocation)
    return try #require(extraction.statements.first, sourceLocation: sourceLocation)
  }

  /// `"...," X said. "..."`: the quote after the attributing sentence is
  /// more of the same statement, in every quoting style.
  @Test(arguments: [
    ("\"", "\"", false), ("\u{201C}", "\u{201D}", false), ("\u{2018}", "\u{2019}", false), ("\u{00AB}", "\u{00BB}", false),
    ("\"", "\"", true), ("\u{201C}", "\u{201D}", true),
  ])
  func quoteAfterTheAttributingSentenceJoins(_ open: String, _ close: String, _ models: Bool) throws {
    let text = "\(open)We will rebuild the bridge,\(close) Maria Delgado said. \(open)The money is in the budget.\(close)"
    let statement = try only(text, models: models)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge,", "The money is in the budget."])
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
    #expect(statement.kind == .direct)
  }

  /// A quoted paragraph with no attribution after a reported statement
  /// continues the reported statement's speaker.
  @Test(arguments: [false, true])
  func quotedParagraphAfterAReportedStatementKeepsItsSpeaker(_ models: Bool) throws {
    let text = "Maria Delgado said the bridge would reopen in March.\n\n\"We will rebuild it before the winter comes.\""
    let extraction = try extract(text, models: models)
    let quote = try #require(extraction.statements.first { $0.kind == .direct }, "\(extraction.statements)")
    #expect(quote.speaker?.entity == delgado)
  }

  /// `X said: "..." "..."`: consecutive quotes after one attribution.
  @Test(arguments: [false, true])
  func consecutiveQuotesAfterAColonJoin(_ models: Bool) throws {
    let text = "Maria Delgado said: \"We will rebuild the bridge.\" \"The money is in the budget.\""
    let statement = try only(text, models: models)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge.", "The money is in the budget."])
    #expect(statement.speaker?.entity == delgado)
  }

  /// A quote after a narrative sentence is not the same statement.
  @Test(arguments: [false, true])
  func quoteAfterANarrativeSentenceDoesNotJoin(_ models: Bool) throws {
    let text = """
      "We will rebuild the bridge," Maria Delgado said. The council met on Tuesday. "Nobody expected the water to come back."
      """
    let extraction = try extract(text, models: models)
    let first = try #require(extraction.statements(containing: "We will rebuild").first)
    #expect(first.content.count == 1)
    let later = try #require(extraction.statements(containing: "Nobody expected").first)
    #expect(later.content.map(\.text) == ["Nobody expected the water to come back."])
  }

  /// An unnamed speaker is reported with its phrase in the attributing
  /// clause, even when no mention covers it.
  @Test(arguments: [
    ("\"The bridge is safe,\" one former council engineer said.", "one former council engineer"),
    ("\"The bridge is safe,\" said one former council engineer.", "one former council engineer"),
    ("\"The bridge is safe,\" one former council engineer said in a statement.", "one former council engineer"),
  ])
  func unnamedSpeakerPhrase(_ text: String, _ speaker: String) throws {
    let statement = try only(text, models: false)
    #expect(statement.speaker?.text == speaker)
    #expect(statement.cue?.text == "said")
    #expect(statement.content.map(\.text) == ["The bridge is safe,"])
  }

  /// A pronoun with no antecedent is still the speaker as written.
  @Test(arguments: [false, true])
  func unresolvedPronounIsStillTheSpeaker(_ models: Bool) throws {
    let statement = try only("\"The bridge will be ready in March,\" she said.", models: models)
    #expect(statement.speaker?.text == "she")
    #expect(statement.speaker?.start == 37)
    #expect(statement.speaker?.entity == nil)
  }

  /// The speaker is the pronoun where it attributes the quote, resolved to
  /// the person named before, not the antecedent's own span.
  @Test(arguments: [false, true])
  func pronounSpeakerKeepsItsOwnSpan(_ models: Bool) throws {
    let text = "Maria Delgado visited the site. \"We will rebuild the bridge,\" she said. \"The money is in the budget.\""
    let statement = try only(text, models: models)
    #expect(statement.speaker?.text == "she")
    #expect(statement.speaker?.start == 62)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.content.count == 2)
  }

  /// "he" and "she" skip the nearer person of the other gender, known from
  /// a common given name or an honorific.
  @Test(arguments: [
    ("Tomas Berg met Maria Delgado on Friday. \"The talks went well,\" he said.", "he", "person:tomas-berg"),
    ("Mrs. Ilse Varga met Tomas Berg on Friday. \"The talks went well,\" she said.", "she", "person:ilse-varga"),
  ])
  func pronounSpeakerAgreesInGender(_ text: String, _ pronoun: String, _ entity: String) throws {
    let extraction = try extract(text, models: false)
    let statement = try #require(extraction.statements(containing: "talks").first)
    #expect(statement.speaker?.text == pronoun)
    #expect(statement.speaker?.entity == entity)
  }

  /// "X:" before a quote.
  @Test(arguments: [false, true])
  func speakerBeforeAColon(_ models: Bool) throws {
    let statement = try only("Maria Delgado: \"We will rebuild the bridge before winter.\"", models: models)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge before winter."])
  }

  /// "Continued X:": the cue opens the sentence and the speaker follows it.
  @Test func invertedCueBeforeAColon() throws {
    let text = "Maria Delgado spoke first. Continued Delgado: \"We will rebuild the bridge before winter.\""
    let extraction = try extract(text, models: false)
    let statement = try #require(extraction.statements(containing: "rebuild").first)
    #expect(statement.speaker?.text == "Delgado")
    #expect(statement.cue?.text == "Continued")
  }

  /// Questions: "asked" attributes a quoted question.
  @Test(arguments: [false, true])
  func askedAttributesAQuestion(_ models: Bool) throws {
    let statement = try only("\"Who will pay for the new bridge?\" Maria Delgado asked.", models: models)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "asked")
  }

  /// A quoted fragment inside a sentence takes the sentence's cue and
  /// subject, or a bare attribution after it.
  @Test(arguments: [
    ("Maria Delgado called the plan \"a waste of public money and time.\"", "called"),
    ("The bridge is \"safe for every kind of traffic,\" Maria Delgado said.", "said"),
  ])
  func quotedFragmentInsideASentence(_ text: String, _ cue: String) throws {
    let extraction = try extract(text, models: false)
    let statement = try #require(extraction.statements.first)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == cue)
  }

  /// Titles of works and scare quotes inside a sentence are not statements,
  /// even when a statement follows the title.
  @Test(arguments: [false, true])
  func titlesAreNotStatements(_ models: Bool) throws {
    let text = "On the show \"Morning With Friends,\" Maria Delgado said the bridge was safe."
    let extraction = try extract(text, models: models)
    #expect(extraction.statements.allSatisfy { !$0.content.contains { $0.text.contains("Morning") } })
    let film = try extract("The council watched the film \"The Long Road to the River Bridge\" on Monday.", models: models)
    #expect(film.statements.isEmpty)
    let show = try extract("Maria Delgado said the bridge was safe on \"Morning Talk With Friends and Family.\"", models: models)
    #expect(!show.statements.contains { $0.kind == .direct })
  }

  /// A quote signed with a dash at the end of its paragraph.
  @Test(arguments: ["\u{2015}", "\u{2014}", "-"])
  func quoteSignedWithADash(_ dash: String) throws {
    let text = "\u{201C}We will rebuild the bridge before winter.\u{201D} \(dash) Maria Delgado\nThe council met later."
    let statement = try only(text, models: false)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue == nil)
  }

  /// A transcript line quoted whole: the speaker in capitals before a colon.
  @Test func transcriptLineSpeaker() throws {
    let statement = try only("\"DELGADO: We will rebuild the bridge before winter.\"", models: false)
    #expect(statement.speaker?.text == "DELGADO")
  }

  /// A party tag in parentheses stays inside the speaker's clause.
  @Test(arguments: [false, true])
  func speakerWithAPartyTag(_ models: Bool) throws {
    let statement = try only("\"The bridge is safe,\" Rep. Maria Delgado (D-Ohio) said.", models: models)
    #expect(statement.speaker?.text.contains("Delgado") == true)
    #expect(statement.cue?.text == "said")
  }

  /// A second, coordinated or participial cue before a quote takes the
  /// subject of the sentence's first cue.
  @Test(arguments: [
    "Maria Delgado noted that the river had risen, and added: \"We will rebuild the bridge before winter.\"",
    "Maria Delgado told the council that work had begun, adding, \"We will rebuild the bridge before winter.\"",
  ])
  func coordinatedCueBeforeAQuote(_ text: String) throws {
    let extraction = try extract(text, models: false)
    let statement = try #require(extraction.statements(containing: "before winter").first)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.speaker?.text == "Maria Delgado")
  }

  /// "According to X, "..."" and "As X told Y, "..."".
  @Test(arguments: [
    ("According to the city engineer, \"The bridge is safe for all traffic.\"", "the city engineer"),
    ("As one city engineer told reporters, \"The bridge is safe for all traffic.\"", "one city engineer"),
  ])
  func speakerBeforeAComma(_ text: String, _ speaker: String) throws {
    let statement = try only(text, models: false)
    #expect(statement.speaker?.text == speaker)
  }

  /// A party tag with an abbreviation period does not end the clause.
  @Test func partyTagWithAPeriod() throws {
    let statement = try only("\"The bridge is safe,\" Maria Delgado, D-Md., said on Monday.", models: false)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  /// "it said": an organisation's pronoun is the speaker as written.
  @Test func itAsSpeaker() throws {
    let text = "The ministry issued a statement on Monday. \"The bridge is safe for all traffic,\" it said."
    let extraction = try extract(text, models: false)
    let statement = try #require(extraction.statements(containing: "safe").first)
    #expect(statement.speaker?.text == "it")
  }

  /// An unbalanced quote keeps its speaker and runs to the paragraph end.
  @Test func unbalancedQuoteKeepsItsSpeaker() throws {
    let statement = try only("Maria Delgado said: \"We will rebuild the bridge before winter.", models: false)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge before winter."])
    #expect(statement.speaker?.entity == delgado)
  }

  /// A title as speaker before the cue joins its holder ("the mayor").
  @Test func titleSpeakerResolvesToTheTitledPerson() throws {
    let text = "Mayor Maria Delgado opened the bridge. \"It is finished at last,\" the mayor said."
    let extraction = try extract(text, models: false)
    let statement = try #require(extraction.statements(containing: "finished").first)
    #expect(statement.speaker?.text == "the mayor")
    #expect(statement.speaker?.entity == delgado)
  }
}
