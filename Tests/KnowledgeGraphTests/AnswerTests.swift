import KnowledgeGraph
import Testing

@Suite("answers to who said what")
struct AnswerTests {
  typealias F = GraphFixtures

  /// Two Marshes and two Holts; statements in three dated documents and
  /// one undated one.
  static func graph() throws -> KnowledgeGraph {
    func document(_ id: String, date: String?, _ entities: [EntityRecord], _ statements: [StatementRecord]) -> Extraction {
      Extraction(document: DocumentInfo(id: id, path: "news/\(id).txt", date: date), entities: entities, statements: statements)
    }
    let tony = F.entity("person:tony-marsh", .person, "Tony Marsh", aliases: ["Marsh"], mentions: 40)
    let mike = F.entity("person:mike-marsh", .person, "Mike Marsh", aliases: ["Marsh"], mentions: 3)
    let gina = F.entity("person:gina-holt", .person, "Gina Holt", aliases: ["Holt"], mentions: 20)
    let ivo = F.entity("person:ivo-holt", .person, "Ivo Holt", aliases: ["Holt"], mentions: 2)
    var graph = KnowledgeGraph()
    try graph.merge(contentsOf: [
      document("c", date: "2025-03-02", [tony, gina], [
        F.statement("person:tony-marsh", "Marsh", "Gina Holt was right", at: 10, kind: .indirect, about: ["person:gina-holt"]),
        F.statement("person:tony-marsh", "Marsh", "The budget is fine.", at: 100, kind: .direct),
      ]),
      document("a", date: "2025-03-05", [tony, gina], [
        F.statement("person:tony-marsh", "he", "Holt should resign", at: 50, kind: .mixed),
      ]),
      document("b", date: "2025-01-10", [mike, ivo], [
        F.statement("person:mike-marsh", "Marsh", "Ivo Holt played well", at: 30, about: ["person:ivo-holt"]),
      ]),
      document("z", date: nil, [tony, gina], [
        F.statement("person:tony-marsh", "Marsh", "Holt is a friend", at: 70, about: ["person:gina-holt"]),
      ]),
    ])
    return graph
  }

  @Test func namesAreRankedAndTheChoiceIsReported() throws {
    let answer = Answer(speaker: "Marsh", about: "Holt", source: GraphAnswerSource(graph: try Self.graph()))
    #expect(answer.speaker?.chosen?.entity.id == "person:tony-marsh")
    #expect(answer.speaker?.alternatives.map(\.entity.id) == ["person:mike-marsh"])
    #expect(answer.topic?.chosen?.entity.id == "person:gina-holt")
    // Gina Holt by her about-list or her surname in the content.
    #expect(answer.total == 3)
  }

  @Test func groupsComeInDateOrderUndatedLast() throws {
    let answer = Answer(speaker: "Tony Marsh", about: nil, source: GraphAnswerSource(graph: try Self.graph()))
    #expect(answer.groups.map(\.document.id) == ["c", "a", "z"])
    #expect(answer.groups.first?.statements.map(\.start) == [10, 100])
    #expect(answer.groups.first?.document.path == "news/c.txt")
  }

  @Test func theSpeakerAndTopicPairThatHasStatementsIsChosen() throws {
    // "Marsh" about "Ivo Holt": Tony Marsh said nothing about him, Mike did.
    let answer = Answer(speaker: "Marsh", about: "Ivo Holt", source: GraphAnswerSource(graph: try Self.graph()))
    #expect(answer.speaker?.chosen?.entity.id == "person:mike-marsh")
    #expect(answer.groups.map(\.document.id) == ["b"])
  }

  @Test func kindsAndLimitsNarrowTheAnswer() throws {
    let source = GraphAnswerSource(graph: try Self.graph())
    let direct = Answer(speaker: "Tony Marsh", about: nil, kinds: [.direct], source: source)
    #expect(direct.total == 1)
    let all = Answer(speaker: "Tony Marsh", about: nil, source: source)
    #expect(all.total == 4)
    #expect(all.groups(limit: 3).flatMap(\.statements).count == 3)
    #expect(all.groups(limit: 3).map(\.document.id) == ["c", "a"])
    #expect(all.groups(limit: nil).count == 3)
  }

  @Test func anUnknownNameGetsSuggestions() throws {
    let answer = Answer(speaker: nil, about: "Gina Hlt", source: GraphAnswerSource(graph: try Self.graph()))
    #expect(answer.topic?.chosen == nil)
    #expect(answer.topic?.suggestions.first?.id == "person:gina-holt")
    #expect(answer.total == 0)
  }

  @Test(arguments: [
    (["Tony Marsh"], "Tony Marsh said so", true), (["Marsh"], "Marshall said so", false),
    (["Marsh"], "marsh land", false), (["Marsh"], "(Marsh)", true), ([], "Marsh", false),
  ])
  func contentsNameWholeWords(_ names: [String], _ text: String, _ found: Bool) {
    let statement = Statement(
      id: "s", speaker: nil, speakerText: nil, cue: nil, kind: .direct, content: [F.span(text, 0)], about: [],
      document: "d")
    #expect(statement.contentNames(any: names) == found)
  }

  @Test func distinctiveNamesLeaveOutWeakOnes() {
    let person = Entity(id: "person:tony-marsh", type: .person, name: "Tony Marsh", aliases: ["Marsh", "Mr Marsh", "President", "T Marsh"])
    #expect(person.distinctiveNames == ["Tony Marsh", "Marsh", "Mr Marsh"])
    let party = Entity(id: "organization:labour-party", type: .organization, name: "Labour Party", aliases: ["Labour", "the party", "LP", "Tories"])
    #expect(party.distinctiveNames == ["Labour Party", "Labour", "LP"])
  }
}
