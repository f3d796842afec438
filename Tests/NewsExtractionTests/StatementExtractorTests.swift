import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// One test per statement pattern family, on short invented sentences. Every
/// extraction goes through ``TextFixtures/extract(_:id:sourceLocation:)``,
/// which checks that every span's text is the document's text at its offsets.
@Suite("StatementExtractor")
struct StatementExtractorTests {
  let delgado = "person:maria-delgado"

  /// The only statement of a text, required.
  func onlyStatement(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> StatementRecord {
    let extraction = try TextFixtures.extract(text, sourceLocation: sourceLocation)
    #expect(extraction.statements.count == 1, "\(extraction.statements)", sourceLocation: sourceLocation)
    return try #require(extraction.statements.first, sourceLocation: sourceLocation)
  }

  // MARK: - Direct quotes

  /// `"...," X said` in every quoting style.
  @Test(arguments: [
    ("\"", "\""), ("\u{201C}", "\u{201D}"), ("'", "'"), ("\u{2018}", "\u{2019}"), ("\u{00AB}", "\u{00BB}"),
  ])
  func directQuoteWithAttributionAfter(_ open: String, _ close: String) throws {
    let text = "\(open)We will rebuild the bridge before winter,\(close) Maria Delgado said."
    let statement = try onlyStatement(text)
    #expect(statement.kind == .direct)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge before winter,"])
    #expect(statement.content.first?.start == 1)
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  @Test func directQuoteWithInvertedAttribution() throws {
    let statement = try onlyStatement("\"The bridge will be ready in March,\" said Maria Delgado.")
    #expect(statement.kind == .direct)
    #expect(statement.content.map(\.text) == ["The bridge will be ready in March,"])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  /// `X said: "..."`, `X said, "..."` and `X: "..."`.
  @Test(arguments: [
    "Maria Delgado said: \"We will rebuild the bridge before winter.\"",
    "Maria Delgado said, \"We will rebuild the bridge before winter.\"",
    "Maria Delgado: \"We will rebuild the bridge before winter.\"",
  ])
  func directQuoteWithAttributionBefore(_ text: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.kind == .direct)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge before winter."])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.speaker?.text == "Maria Delgado")
  }

  @Test func directQuoteToAnAudience() throws {
    let statement = try onlyStatement("Maria Delgado told the council: \"We will rebuild the bridge before winter.\"")
    #expect(statement.kind == .direct)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge before winter."])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "told")
  }

  @Test func directQuoteRightAfterTheCue() throws {
    let statement = try onlyStatement("Maria Delgado said \"the bridge is safe and will stay open all winter.\"")
    #expect(statement.kind == .direct)
    #expect(statement.content.map(\.text) == ["the bridge is safe and will stay open all winter."])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  @Test func directQuoteWithPronounAttribution() throws {
    let text = "Maria Delgado arrived on Monday. \"We will rebuild the bridge before winter,\" she said."
    let statement = try onlyStatement(text)
    #expect(statement.kind == .direct)
    #expect(statement.speaker?.text == "she")
    #expect(statement.speaker?.entity == delgado)
  }

  @Test func directQuoteAttributedToATitleAndName() throws {
    let text = "\"We will rebuild the bridge before winter,\" said the mayor, Maria Delgado."
    let statement = try onlyStatement(text)
    #expect(statement.kind == .direct)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.cue?.text == "said")
  }

  @Test func interruptedQuoteIsOneStatementWithTwoSpans() throws {
    let text = "\"We will rebuild the bridge,\" Maria Delgado said, \"and we will do it before winter.\""
    let statement = try onlyStatement(text)
    #expect(statement.kind == .direct)
    #expect(statement.content.map(\.text) == ["We will rebuild the bridge,", "and we will do it before winter."])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  @Test func multiParagraphQuoteIsOneStatement() throws {
    // The first paragraph has no closing mark; the next opens with one.
    let text = """
      Maria Delgado said: "We will rebuild the bridge before winter.
      "The money is already in the budget and the engineers are ready to start."
      """
    let statement = try onlyStatement(text)
    #expect(statement.kind == .direct)
    #expect(
      statement.content.map(\.text) == [
        "We will rebuild the bridge before winter.",
        "The money is already in the budget and the engineers are ready to start.",
      ])
    #expect(statement.speaker?.entity == delgado)
  }

  @Test func multiParagraphQuoteAfterAnAttributedQuote() throws {
    let text = """
      "We will rebuild the bridge," Maria Delgado said. "The work starts in March.
      "The money is already in the budget and the engineers are ready to start."
      """
    // The quote after the attributing sentence and its run-on paragraph
    // are more of the same statement.
    let statement = try onlyStatement(text)
    #expect(
      statement.content.map(\.text) == [
        "We will rebuild the bridge,", "The work starts in March.",
        "The money is already in the budget and the engineers are ready to start.",
      ])
    #expect(statement.speaker?.entity == delgado)
  }

  @Test func unattributedQuotedParagraphKeepsTheSpeaker() throws {
    let text = """
      "We will rebuild the bridge before winter," Maria Delgado said.
      "The money is already in the budget and the engineers are ready to start."
      """
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.statements.count == 2)
    let follow = try #require(extraction.statements.last)
    #expect(follow.kind == .direct)
    #expect(follow.content.map(\.text) == ["The money is already in the budget and the engineers are ready to start."])
    #expect(follow.speaker?.entity == delgado)
    #expect(follow.speaker?.text == "Maria Delgado")
  }

  /// A quote no one is found to say is no statement.
  @Test func quotedParagraphFarFromAnyStatementIsNoStatement() throws {
    let text = """
      "We will rebuild the bridge before winter," Maria Delgado said.
      The council met on Tuesday.
      The river rose again overnight.
      "Nobody expected the water to come back so quickly this year."
      """
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.statements(containing: "Nobody expected").isEmpty, "\(extraction.statements)")
    #expect(extraction.statements.count == 1)
  }

  @Test func shortScareQuotesAreNotStatements() throws {
    let extraction = try TextFixtures.extract("The plan was called \"realistic\" by the newspaper.")
    #expect(extraction.statements.isEmpty)
  }

  @Test func unbalancedQuoteDoesNotCrashAndKeepsText() throws {
    let text = """
      Maria Delgado said: "We will rebuild the bridge before winter, and the old ferry too.
      Tomas Berg said that the harbour would reopen in March.
      Stray marks " and \u{201D} and \u{00AB} everywhere.
      """
    let extraction = try TextFixtures.extract(text)
    // The unclosed quote runs to the end of its paragraph and is kept.
    let unclosed = try #require(extraction.statements(containing: "We will rebuild the bridge").first)
    #expect(unclosed.content.first?.text.hasPrefix("We will rebuild the bridge before winter") == true)
    #expect(unclosed.content.first?.start == 21)
    #expect(unclosed.speaker?.entity == delgado)
    // The rest of the document is still read.
    let indirect = try #require(extraction.statements(containing: "harbour").first)
    #expect(indirect.speaker?.entity == "person:tomas-berg")
    #expect(indirect.content.map(\.text) == ["that the harbour would reopen in March"])
  }

  @Test(arguments: [
    "\"", "\u{201C}", "\u{201D}", "'", "\u{00AB}", "\" \"", "\"\"", "\"\u{201D}\u{201C}\"", "A \" B.",
    "\"Unclosed", "Closed only\"", "\u{201C}\n\n\u{201D}",
  ])
  func strayQuoteMarksAlone(_ text: String) throws {
    _ = try TextFixtures.extract(text)
  }

  // MARK: - Indirect speech

  @Test(arguments: [
    "Maria Delgado said that the bridge would reopen in March.",
    "Maria Delgado said the bridge would reopen in March.",
    "Maria Delgado has said that the bridge would reopen in March.",
    "Maria Delgado said on Monday that the bridge would reopen in March.",
  ])
  func indirectSaid(_ text: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.kind == .indirect)
    // The "that" that introduces the clause is part of the content.
    let that = text.contains(" that ") ? "that " : ""
    #expect(statement.content.map(\.text) == ["\(that)the bridge would reopen in March"])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  /// The broad set of reporting verbs.
  @Test(arguments: ["warned", "denied", "insisted", "claimed", "acknowledged", "argued", "announced", "added"])
  func reportingVerbs(_ verb: String) throws {
    let statement = try onlyStatement("Maria Delgado \(verb) that the council had lost the money.")
    #expect(statement.kind == .indirect)
    #expect(statement.cue?.text == verb)
    #expect(statement.content.map(\.text) == ["that the council had lost the money"])
    #expect(statement.speaker?.entity == delgado)
  }

  @Test func statementDateFromTheAttribution() throws {
    let statement = try onlyStatement("Maria Delgado said on Feb. 13 that the bridge would reopen in March.")
    #expect(statement.date == "Feb. 13")
    #expect(statement.content.map(\.text) == ["that the bridge would reopen in March"])
  }

  @Test func toldSomeoneThatKeepsTheSubjectAsSpeaker() throws {
    let statement = try onlyStatement("Maria Delgado told Tomas Berg that the bridge was safe.")
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.content.map(\.text) == ["that the bridge was safe"])
    // The addressee is not what the content is about.
    #expect(statement.about.isEmpty)
  }

  @Test func twoSpeakersInOneSentence() throws {
    let text = "Maria Delgado insisted the bridge was safe, but Tomas Berg claimed that it was not."
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.statements.map(\.speaker?.entity) == [delgado, "person:tomas-berg"])
    #expect(extraction.statements.map(\.cue?.text) == ["insisted", "claimed"])
    #expect(extraction.statements.map { $0.content.map(\.text) } == [["the bridge was safe"], ["that it was not"]])
  }

  @Test func nominalCueWithAPossessiveSpeaker() throws {
    let extraction = try TextFixtures.extract("Maria Delgado's claim that the bridge was safe was rejected by the council.")
    withKnownIssue("\"X's claim that ...\" is not read as a statement") {
      let statement = try #require(extraction.statements.first)
      #expect(statement.speaker?.entity == delgado)
      #expect(statement.cue?.text == "claim")
      #expect(statement.content.map(\.text) == ["that the bridge was safe"])
    }
  }

  @Test func infinitivalComplementOfPledge() throws {
    let extraction = try TextFixtures.extract("Maria Delgado pledged to rebuild the bridge before winter.")
    let statement = try #require(extraction.statements.first)
    #expect(statement.cue?.text == "pledged")
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.content.map(\.text) == ["to rebuild the bridge before winter"])
    // Other verbs with "to" are not statements.
    #expect(try TextFixtures.extract("Maria Delgado said to the council that it was late.").statements.count == 1)
    #expect(try TextFixtures.extract("Maria Delgado added to the confusion.").statements.isEmpty)
  }

  /// A speaker that names no entity keeps its text, with no entity.
  @Test(arguments: [
    ("The ministry said in a statement that the bridge was safe.", "The ministry", "that the bridge was safe"),
    ("A spokesman said that the bridge was safe.", "A spokesman", "that the bridge was safe"),
    ("The bridge is safe and will stay open, a spokesman said.", "a spokesman", "The bridge is safe and will stay open"),
    ("The bridge is safe and will stay open, said a spokesman.", "a spokesman", "The bridge is safe and will stay open"),
    ("\"The bridge is safe,\" a spokesman said.", "a spokesman", "The bridge is safe,"),
    ("\"The bridge is safe,\" said the local news agency.", "the local news agency", "The bridge is safe,"),
  ])
  func unnamedSpeaker(_ text: String, _ speaker: String, _ content: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == speaker)
    #expect(statement.speaker?.entity == nil)
    #expect(statement.content.map(\.text) == [content])
  }

  /// A pronoun after the cue that a verb follows is the subject of what was
  /// said, not an inverted speaker: the phrase before the cue is no content.
  @Test(arguments: [
    "Tomas Berg, a teacher from the valley who voted for the mayor twice, said he still hopes the bridge will reopen.",
    "Tomas Berg, 58, who lives outside the capital, says he did not know much about the plan.",
  ], [false, true])
  func pronounAfterTheCueStartsTheContent(_ text: String, _ usingModels: Bool) throws {
    let extraction = try TextFixtures.extract(text, usingModels: usingModels)
    #expect(
      !extraction.statements.contains { $0.content.contains { $0.text.hasPrefix("Tomas Berg") } },
      "\(extraction.statements)")
  }

  /// A phrase fronted in the content ("that if ..., she will ...") does
  /// not end the content at its comma.
  @Test(arguments: [false, true])
  func frontedPhraseKeepsTheClauseAfterItsComma(_ usingModels: Bool) throws {
    let text = "Maria Delgado said that if the council approves the plan, she will rebuild the bridge."
    let extraction = try TextFixtures.extract(text, usingModels: usingModels)
    let statement = try #require(extraction.statements.first { $0.cue?.text == "said" }, "\(extraction.statements)")
    #expect(statement.content.map(\.text) == ["that if the council approves the plan, she will rebuild the bridge"])
  }

  /// A parenthetical attribution: the words on both sides are one content.
  @Test(arguments: [false, true])
  func parentheticalAttributionJoinsBothSides(_ usingModels: Bool) throws {
    let text = "In the three years since the flood, Maria Delgado says, far too many bridges have been closed."
    let extraction = try TextFixtures.extract(text, usingModels: usingModels)
    let statements = extraction.statements.filter { $0.cue?.text == "says" }
    #expect(statements.count == 1, "\(extraction.statements)")
    #expect(statements.first?.content.map(\.text) == ["In the three years since the flood", "far too many bridges have been closed"])
    #expect(statements.first?.speaker?.text == "Maria Delgado")
  }

  @Test func unnamedSpeakerNeedsADeterminerAndANoun() throws {
    #expect(try TextFixtures.extract("The talks, which began in March, said nothing new.").statements.isEmpty)
    #expect(try TextFixtures.extract("Whatever happens, the said bridge stays open.").statements.isEmpty)
  }

  @Test func trailingParticipleKeepsItsCommas() throws {
    let text = "Maria Delgado met Tomas Berg, saying that the bridge, which is old, would be rebuilt."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.content.map(\.text) == ["that the bridge, which is old, would be rebuilt"])
  }

  @Test func parentheticalParticipleEndsAtItsComma() throws {
    let statement = try onlyStatement("Maria Delgado, later claiming that the bridge was safe, left the meeting.")
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "claiming")
    #expect(statement.content.map(\.text) == ["that the bridge was safe"])
  }

  @Test func indirectToldReportersThat() throws {
    let statement = try onlyStatement("Maria Delgado told reporters that the bridge would reopen in March.")
    #expect(statement.kind == .indirect)
    #expect(statement.content.map(\.text) == ["that the bridge would reopen in March"])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text.hasPrefix("told") == true)
  }

  @Test(arguments: [
    "The bridge will reopen in March, Maria Delgado said.",
    "The bridge will reopen in March, said Maria Delgado.",
  ])
  func contentBeforeTheAttribution(_ text: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.kind == .indirect)
    #expect(statement.content.map(\.text) == ["The bridge will reopen in March"])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "said")
  }

  @Test(arguments: [
    ("According to Maria Delgado, the bridge will reopen in March.", "the bridge will reopen in March", "According to"),
    ("The bridge will reopen in March, according to Maria Delgado.", "The bridge will reopen in March", "according to"),
  ])
  func accordingTo(_ text: String, _ content: String, _ cue: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.kind == .indirect)
    #expect(statement.content.map(\.text) == [content])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == cue)
  }

  @Test func participialSayingThat() throws {
    let statement = try onlyStatement(
      "Maria Delgado visited the site on Tuesday, saying that the bridge would reopen in March.")
    #expect(statement.kind == .indirect)
    #expect(statement.content.map(\.text) == ["that the bridge would reopen in March"])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "saying")
  }

  @Test func coordinatedCuesGiveTwoStatements() throws {
    let text = "Maria Delgado acknowledged delays in the project but expressed hope that the bridge would reopen in March."
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.statements.count == 2)
    let first = try #require(extraction.statements.first)
    let second = try #require(extraction.statements.last)
    #expect(first.cue?.text == "acknowledged")
    #expect(first.content.map(\.text) == ["delays in the project"])
    #expect(first.speaker?.entity == delgado)
    #expect(second.cue?.text == "expressed hope")
    #expect(second.content.map(\.text) == ["that the bridge would reopen in March"])
    #expect(second.speaker?.entity == delgado)
  }

  @Test func nominalCueMadeCommentsThat() throws {
    let statement = try onlyStatement("Maria Delgado made comments on Tuesday that the bridge would reopen in March.")
    #expect(statement.kind == .indirect)
    #expect(statement.content.map(\.text) == ["that the bridge would reopen in March"])
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.cue?.text == "made comments")
  }

  @Test func indirectSpeechWithAQuotedFragmentIsMixed() throws {
    let text = "Maria Delgado said the repairs were \"a matter of weeks, not months\" and would finish in March."
    let statement = try onlyStatement(text)
    #expect(statement.kind == .mixed)
    #expect(statement.content.map(\.text) == ["the repairs were \"a matter of weeks, not months\" and would finish in March"])
    #expect(statement.speaker?.entity == delgado)
  }

  // MARK: - Speakers

  @Test func pronounSpeakerResolvesToThePersonNamedBefore() throws {
    let text = "Maria Delgado visited the bridge on Monday. She said that the repairs would finish in March."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == "She")
    #expect(statement.speaker?.entity == delgado)
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.entities.filter { $0.type == .person }.map(\.id) == [delgado])
  }

  @Test func pronounSpeakerPicksTheNearestPerson() throws {
    let text = "Maria Delgado met Tomas Berg on Friday. Later, she said that the talks had gone well."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == "she")
    #expect(statement.speaker?.entity == delgado)
  }

  @Test func pronounSkipsUnconfirmedSingleNames() throws {
    // "Harbourview" is a lone capitalised word, not a confirmed person.
    let text = "Maria Delgado visited Harbourview on Monday. She said that the repairs would finish in March."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.entity == delgado)
    #expect(try TextFixtures.extract(text).entity("person:harbourview") == nil)
  }

  @Test func shortNameSpeakerResolvesToTheFullName() throws {
    let text = "Maria Delgado visited the bridge on Monday. Delgado said that the repairs would finish in March."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == "Delgado")
    #expect(statement.speaker?.entity == delgado)
    let person = try #require(try TextFixtures.extract(text).entity(delgado))
    #expect(person.mentions.map(\.text) == ["Maria Delgado", "Delgado"])
    #expect(person.aliases == ["Delgado"])
  }

  @Test(arguments: [
    ("Moscow insists that the sanctions must be lifted.", "Moscow", "country:russia"),
    ("Warsaw insists that the border crossing must stay open.", "Warsaw", "country:poland"),
    ("The Kremlin said that the talks would resume.", "The Kremlin", "country:russia"),
  ])
  func capitalOrSeatAsActorIsItsCountry(_ text: String, _ surface: String, _ country: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == surface)
    #expect(statement.speaker?.entity == country)
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.entity(country)?.aliases.contains(surface) == true)
    #expect(!extraction.entities.contains { $0.type == .location })
  }

  @Test func capitalAsPlaceIsALocation() throws {
    let extraction = try TextFixtures.extract("Maria Delgado arrived in Warsaw on Monday.")
    #expect(extraction.entity("location:warsaw") != nil)
    #expect(extraction.entity("country:poland") == nil)
  }

  @Test func groupSpeakerIsAGroupEntityLinkedToItsCountry() throws {
    let text = "Brazilian officials said that the talks would resume next week."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == "Brazilian officials")
    #expect(statement.speaker?.entity == "group:brazilian-officials")
    let group = try #require(try TextFixtures.extract(text).entity("group:brazilian-officials"))
    #expect(group.type == .group)
    #expect(group.affiliation == "country:brazil")
  }

  @Test func titleSpeakerResolvesToItsHolder() throws {
    let text = "President Jan Novak visited Lisbon on Monday. The president said that the talks would continue."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.text == "The president")
    #expect(statement.speaker?.entity == "person:jan-novak")
  }

  @Test func titledSpeakerKeepsTitleOutOfTheName() throws {
    let statement = try onlyStatement("Prime Minister Jan Novak said that the talks would resume next week.")
    #expect(statement.speaker?.entity == "person:jan-novak")
    #expect(statement.speaker?.text == "Jan Novak")
  }

  @Test(arguments: [
    "Maria Delgado, the mayor, said that the bridge would reopen in March.",
    "Maria Delgado, who leads the council, said that the bridge would reopen in March.",
    "Maria Delgado, the mayor of Lisbon, said that the bridge would reopen in March.",
  ])
  func appositiveSpeaker(_ text: String) throws {
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.content.map(\.text) == ["that the bridge would reopen in March"])
  }

  // MARK: - About

  @Test func aboutListsTheEntitiesInTheContentButNotTheSpeakersOwnPronoun() throws {
    let text = "Maria Delgado said that she would meet Tomas Berg in Spain next week."
    let statement = try onlyStatement(text)
    #expect(statement.about == ["country:spain", "person:tomas-berg"])
  }

  @Test func aboutIncludesAPronounForSomeoneElse() throws {
    let text = "Tomas Berg arrived on Friday. Maria Delgado said that he would stay in Lisbon."
    let statement = try onlyStatement(text)
    #expect(statement.speaker?.entity == delgado)
    #expect(statement.about == ["location:lisbon", "person:tomas-berg"])
  }

  @Test func aboutResolvesDemonymsAndCapitalsToCountries() throws {
    let text = "Maria Delgado said that the Portuguese would never accept a deal imposed by Madrid."
    let statement = try onlyStatement(text)
    #expect(statement.about == ["country:portugal", "country:spain"])
  }

  // MARK: - Several statements

  @Test func statementsComeInTextOrder() throws {
    let text = """
      Maria Delgado said that the bridge would reopen in March. "It will cost less than planned," Tomas Berg said.
      According to Anna Kowalski, the council will vote on Friday.
      """
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.statements.map(\.speaker?.entity) == [delgado, "person:tomas-berg", "person:anna-kowalski"])
    #expect(extraction.statements.map(\.kind) == [.indirect, .direct, .indirect])
    let starts = extraction.statements.compactMap { $0.content.first?.start }
    #expect(starts == starts.sorted())
  }

  @Test func textWithoutStatements() throws {
    let extraction = try TextFixtures.extract("The bridge over the river was built in 1950. It is 300 metres long.")
    #expect(extraction.statements.isEmpty)
  }
}
