import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Attributions read off the dependency parse, one invented sentence per
/// family, with the shipped models.
@Suite("ClauseAttribution")
struct ClauseAttributionTests {
  /// The statements of a text extracted with the trained models.
  func statements(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [StatementRecord] {
    try TextFixtures.extract(text, usingModels: true, sourceLocation: sourceLocation).statements
  }

  /// Families: (text, speaker span text, cue text, content span texts).
  static let families: [(text: String, speaker: String, cue: String, content: [String])] = [
    // A complement clause without "that".
    ("Maria Delgado said the bridge would reopen in March.", "Maria Delgado", "said",
     ["the bridge would reopen in March"]),
    // A belief verb with a speaker that names no entity.
    ("The engineers believe that the old bridge can carry heavy trucks.", "The engineers", "believe",
     ["that the old bridge can carry heavy trucks"]),
    // An infinitive.
    ("Maria Delgado wants to rebuild the old bridge before the winter.", "Maria Delgado", "wants",
     ["to rebuild the old bridge before the winter"]),
    // A support verb and a reporting noun as one cue.
    ("The mayor expressed hope that the new bridge would open before the winter.", "The mayor", "expressed hope",
     ["that the new bridge would open before the winter"]),
    // A stance on an object.
    ("Maria Delgado endorsed the new housing plan for the northern district.", "Maria Delgado", "endorsed",
     ["the new housing plan for the northern district"]),
    // An object without the cue's time and occasion adjuncts.
    ("Maria Delgado criticized the new housing plan during a radio interview on Tuesday.", "Maria Delgado",
     "criticized", ["the new housing plan"]),
    ("The senator defended the budget in an interview with a local newspaper.", "The senator", "defended",
     ["the budget"]),
    ("The mayor praised the new bridge at a campaign stop in the city.", "The mayor", "praised",
     ["the new bridge"]),
    // An object without the cue's adverbial clause of cause.
    ("The senator praised the budget because it protected the schools.", "The senator", "praised",
     ["the budget"]),
    // A prepositional content.
    ("Maria Delgado called for a full review of the bridge contracts.", "Maria Delgado", "called for",
     ["a full review of the bridge contracts"]),
    // A reference as the content.
    ("Maria Delgado was referring to the old bridge over the river.", "Maria Delgado", "referring to",
     ["the old bridge over the river"]),
    // Content before the cue, with a pronoun source.
    ("Maria Delgado spoke to reporters. The bridge will reopen in March, she said.", "she", "said",
     ["The bridge will reopen in March"]),
    // "according to" inside the sentence.
    ("The bridge, according to the city engineers, will reopen in early March.", "the city engineers",
     "according to", ["The bridge", "will reopen in early March"]),
    // A that-clause after a long prepositional phrase, which the parser
    // hangs on the phrase's noun; the attitude inside it is no statement.
    ("Maria Delgado said in an interview with the local radio station last week that she did not want to close the old bridge.",
     "Maria Delgado", "said", ["that she did not want to close the old bridge"]),
    // A cue of telling whose object names only the addressee: the content
    // is the clause before it.
    ("The old bridge will reopen in March, Maria Delgado told the local newspaper.",
     "Maria Delgado", "told", ["The old bridge will reopen in March"]),
    // "according to" after a sentence that holds a report of its own.
    ("Most residents say they would like to cross the river by train, but the tickets are often too costly, according to the survey.",
     "the survey", "according to",
     ["Most residents say they would like to cross the river by train, but the tickets are often too costly"]),
    // A small clause the parser splits into two open complements.
    ("Maria Delgado called the old bridge a dangerous ruin.", "Maria Delgado", "called",
     ["the old bridge a dangerous ruin"]),
    // A document as the source.
    ("In a survey released on Monday, most residents backed the plan for a new bridge.",
     "a survey released on Monday", "In", ["most residents backed the plan for a new bridge"]),
  ]

  @Test(arguments: families.indices)
  func familyWithTheTrainedModels(_ index: Int) throws {
    let family = Self.families[index]
    let found = try statements(family.text)
    let statement = try #require(found.first { $0.content.map(\.text) == family.content }, "\(found)")
    #expect(statement.speaker?.text == family.speaker)
    #expect(statement.cue?.text == family.cue)
    #expect(statement.kind == .indirect)
    // Attributions are not nested: no cue lies inside another statement's content.
    for other in found where other.cue?.text != family.cue {
      #expect(!family.content.contains { $0.contains(other.cue?.text ?? "\u{0}") }, "\(other)")
    }
  }

  /// An expectation with no one holding it: the subject and its predicate
  /// are the content, and there is no speaker.
  @Test func expectationWithoutAHolder() throws {
    let found = try statements("The new bridge is expected to open before the winter.")
    let statement = try #require(found.first, "\(found)")
    #expect(statement.content.map(\.text) == ["The new bridge", "to open before the winter"])
    #expect(statement.speaker == nil)
    #expect(statement.cue?.text == "is expected")
  }

  /// After a subject that follows its cue come appositions, and after
  /// "said of" a topic: the content is the clause before the cue.
  @Test(arguments: [
    "The harbour will reopen soon, said Maria Delgado, a city engineer who has worked on the project for years.",
    "The harbour will reopen soon, Maria Delgado said of the project.",
  ])
  func contentBeforeAnInvertedOrTopicalCue(_ text: String) throws {
    let found = try statements(text)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.content.map(\.text) == ["The harbour will reopen soon"])
    #expect(found.first?.speaker?.text == "Maria Delgado")
  }

  /// A question put to the speaker: the question is a statement with no
  /// source, and the answer is the speaker's.
  @Test func questionPutToTheSpeaker() throws {
    let found = try statements("Asked whether the bridge would reopen, Maria Delgado said she hoped so.")
    let question = try #require(found.first { $0.cue?.text == "Asked" }, "\(found)")
    #expect(question.content.map(\.text) == ["whether the bridge would reopen"])
    #expect(question.speaker == nil)
    let answer = try #require(found.first { $0.cue?.text == "said" }, "\(found)")
    #expect(answer.speaker?.text == "Maria Delgado")
  }

  /// An inference ("That means ...") reports no one's words or beliefs.
  @Test func inferenceIsNoStatement() throws {
    let found = try statements("The council voted against the plan. That means the old bridge will close in March.")
    #expect(found.isEmpty, "\(found)")
  }

  /// A reporting noun with its possessor: "X's claim that ...".
  @Test func nominalCueWithItsPossessor() throws {
    let found = try statements("Maria Delgado's claim that the bridge was unsafe angered the council.")
    let statement = try #require(found.first, "\(found)")
    #expect(statement.speaker?.text == "Maria Delgado")
    #expect(statement.cue?.text == "claim")
    #expect(statement.content.map(\.text) == ["that the bridge was unsafe"])
  }

  /// An attribution inside another's content is part of the reported words.
  @Test func nestedAttributionIsNotAStatementOfItsOwn() throws {
    let found = try statements("Maria Delgado said that the engineers believe the old bridge is safe.")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.cue?.text == "said")
    #expect(found.first?.content.map(\.text) == ["that the engineers believe the old bridge is safe"])
  }

  /// A cue inside a quotation reports nothing of its own.
  @Test func cueInsideAQuoteIsNotAStatement() throws {
    let found = try statements("\"I think the bridge is safe for heavy trucks,\" Maria Delgado said.")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.kind == .direct)
  }

  /// A cue that attributes a quotation reports nothing else: the phrase
  /// the parse hangs on it after the quote is no content.
  @Test(arguments: [
    "\"We will rebuild the bridge before winter,\" Maria Delgado said, speaking by phone from the harbour.",
    "\"We will rebuild the bridge before winter,\" Maria Delgado said of the old crossing, which opened in 1971.",
  ])
  func quoteCueHasNoSecondContent(_ text: String) throws {
    let found = try statements(text)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.kind == .direct)
  }

  /// A stance verb with a short object is no statement.
  @Test func shortObjectIsNotAStatement() throws {
    #expect(try statements("Maria Delgado supported it.").isEmpty)
  }

  /// ", saying ...": the main clause's subject speaks, and the content ends
  /// before the next participial cue.
  @Test func participleTakesTheMainSubject() throws {
    let found = try statements(
      "Maria Delgado visited the site, saying the bridge would reopen in March, adding that the budget was too small.")
    let saying = try #require(found.first { $0.cue?.text == "saying" }, "\(found)")
    #expect(saying.speaker?.text == "Maria Delgado")
    #expect(saying.content.map(\.text) == ["the bridge would reopen in March"])
  }

  /// A dateline is no speaker: the subject after its dash speaks.
  @Test(arguments: [
    "RIVERTON — Maria Delgado said on Monday that the bridge would reopen in March.",
    "RIVERTON, May 4 (Wire) — Maria Delgado said on Monday that the bridge would reopen in March.",
  ])
  func datelineIsNoSpeaker(_ text: String) throws {
    let found = try statements(text)
    let said = try #require(found.first { $0.cue?.text == "said" }, "\(found)")
    #expect(said.speaker?.text == "Maria Delgado")
  }

  /// A participle hung on a noun inside a prepositional phrase: the clause's
  /// subject speaks, not the noun.
  @Test func participleOnANounInAPrepositionalPhrase() throws {
    let found = try statements(
      "The teachers sent a letter to the members of the school board urging a review of the library budget.")
    let urging = try #require(found.first { $0.cue?.text == "urging" }, "\(found)")
    #expect(urging.speaker?.text == "The teachers")
  }

  /// "issued a statement saying ...": the subject of the support verb
  /// speaks, not the document.
  @Test func participleOnAnObjectTakesTheClauseSubject() throws {
    let found = try statements("The agency issued a statement on Monday calling for a full review of the dam.")
    let calling = try #require(found.first { $0.cue?.text == "calling for" }, "\(found)")
    #expect(calling.speaker?.text == "The agency")
  }

  /// The tree index: children in text order and contiguous subtrees.
  @Test func parseTreeIndexesChildrenAndSubtrees() throws {
    var document = Document(id: "t", text: "the old bridge fell")
    try Pipeline.standard.apply(to: &document)
    #expect(document.tokenCount == 4)
    // the -> bridge, old -> bridge, bridge -> fell, fell = root.
    let heads = [2, 2, 3, 3]
    for (index, head) in heads.enumerated() { document.tokenTable[index].headOffset = head - index }
    let tree = ParseTree(document: document)
    #expect(Array(tree.children(2)) == [0, 1])
    #expect(Array(tree.children(3)) == [2])
    #expect(tree.subtree(2) == 0..<3)
    #expect(tree.subtree(3) == 0..<4)
    #expect(tree.subtree(1) == 1..<2)
    #expect(tree.head(3) == 3)
  }

  /// A reporting verb's form used as a noun ("a track record") is no cue
  /// once the tagger has run; the real cue of the sentence still is.
  @Test func aNounThatLooksLikeAReportingVerbIsNoCue() throws {
    let found = try statements(
      "Analysts with a track record of bold forecasts have repeatedly cited rising prices as a risk for the region.")
    #expect(!found.contains { $0.cue?.text == "record" })
    #expect(found.contains { $0.cue?.text == "cited" })
  }
}
