import Testing

@testable import NewsExtraction

/// The relation patterns of `Relations/Patterns`, one test each, on invented
/// sentences run through the shipped models as the command line runs them.
@Suite("RelationPatterns")
struct RelationPatternTests {
  /// The relations of a text as "subject predicate object" lines.
  static func facts(_ text: String) throws -> Set<String> {
    let extraction = try TextFixtures.extract(text, usingModels: true)
    return Set(extraction.relations.map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" })
  }

  /// The title of the `holds_role` relation of a person in a text.
  static func title(_ text: String, of person: String) throws -> String? {
    try TextFixtures.extract(text, usingModels: true).relations(.holdsRole).first { $0.subject == person }?.title
  }

  @Test func everyPatternHasAStableUniqueName() {
    let names = RelationPatterns.all.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(names.allSatisfy { $0.family == "relation" && $0.rawValue.split(separator: ".").count == 3 })
    #expect(Set(RelationRules.names).count == RelationRules.names.count)
  }

  @Test func prenominalTitle() throws {
    #expect(try Self.title("Acme Steel chairman and chief executive Tom Hale said the firm would grow.", of: "person:tom-hale")
      == "chairman and chief executive")
    #expect(try Self.facts("Acme Steel chairman and chief executive Tom Hale said the firm would grow.")
      .contains("person:tom-hale holds_role organization:acme-steel"))
    #expect(try Self.title("Chile's Finance Minister Ana Ruiz praised the plan on Monday.", of: "person:ana-ruiz")
      == "Finance Minister")
    #expect(try Self.title("Former Acme Steel chief executive Tom Hale was fined on Monday.", of: "person:tom-hale")
      == "former chief executive")
    #expect(try Self.title("Acme Steel boss Mr Hale said the plan would work.", of: "person:hale") == "boss")
    // A list of titled names keeps the organization.
    let listed = try Self.facts(
      "The affair led to the resignation of Delmar Bank chairman Paul Venn, director-general Rosa Lind and reporter Omar Haddad.")
    #expect(listed.isSuperset(of: [
      "person:paul-venn holds_role organization:delmar-bank", "person:rosa-lind holds_role organization:delmar-bank",
      "person:omar-haddad holds_role organization:delmar-bank",
    ]))
    // Membership nouns give member_of.
    #expect(try Self.facts("Labour peer Baroness Okafor said the plan would fail.")
      .contains("person:okafor member_of organization:labour-party"))
    // A title whose organization is only implied gives nothing.
    #expect(try Self.facts("The plan was announced by spokesman Alex Folkes on Monday.").isEmpty)
  }

  @Test func appositiveTitle() throws {
    #expect(try Self.facts("Nadia Perez, chief executive of Brennix Mining, spoke first.")
      .contains("person:nadia-perez holds_role organization:brennix-mining"))
    #expect(try Self.title("Ana Ruiz, deputy leader of the Green Party, praised the plan.", of: "person:ana-ruiz")
      == "deputy leader")
    #expect(try Self.title("Tom Hale, Acme Steel's chief executive, said the plan would work.", of: "person:tom-hale")
      == "chief executive")
    #expect(try Self.facts("Ana Ruiz, the German chancellor, said the plan would work.")
      .contains("person:ana-ruiz holds_role country:germany"))
  }

  @Test func partyModifier() throws {
    #expect(try Self.facts("Tom Hale said his ruling Labour party would win.")
      .contains("person:tom-hale member_of organization:labour-party"))
    #expect(try Self.facts("Labour's Edward Quill won the seat in 1998.")
      .contains("person:edward-quill member_of organization:labour-party"))
  }

  @Test func placeApposition() throws {
    #expect(try Self.facts("Students at Delmar University, Manchester, protested on Monday.")
      .contains("organization:delmar-university located_in location:manchester"))
  }

  @Test func subBody() throws {
    #expect(try Self.facts("The Kessler Institute at Delmar University published a report.")
      .contains("organization:kessler-institute part_of organization:delmar-university"))
    #expect(try Self.facts("The Delmar Research Centre at Brennix Mining published a report.")
      .contains("organization:delmar-research-centre part_of organization:brennix-mining"))
  }

  @Test func partyAbbreviation() throws {
    #expect(try Self.facts("Ana Ruiz (D-Ohio) said the Democratic Party would win the vote.")
      .contains("person:ana-ruiz member_of organization:democratic-party"))
    // No party named in the text: no relation to invent.
    #expect(try Self.facts("Ana Ruiz (D-Ohio) said the vote would be close.").isEmpty)
  }

  @Test func nationalityLocation() throws {
    #expect(try Self.facts("Portuguese oil firm Brennix Energy said profits rose.")
      .contains("organization:brennix-energy located_in country:portugal"))
    #expect(try Self.facts("US insurance firm Delmar Holdings said it would pay.")
      .contains("organization:delmar-holdings located_in country:united-states"))
    #expect(try Self.facts("Brennix Energy, the Finnish security firm, said profits rose.")
      .contains("organization:brennix-energy located_in country:finland"))
    // A nationality on a person is no location.
    #expect(try Self.facts("Russian tennis player Elena Markova won on Monday.").isEmpty)
  }

  @Test func reportingVerbStance() throws {
    #expect(try Self.facts("Sandra Lowe welcomed Tom Hale's announcement on Monday.")
      .contains("person:sandra-lowe supported person:tom-hale"))
    #expect(try Self.facts("Tom Hale was praised by Ana Ruiz for his work.")
      .contains("person:ana-ruiz supported person:tom-hale"))
    #expect(try Self.facts("Ana Ruiz spoke out against Tom Hale's plan.")
      .contains("person:ana-ruiz opposed person:tom-hale"))
    #expect(try Self.facts("The Delmar party's deputy leader, Tom Hale, accused Ana Ruiz of lying.")
      .contains("person:tom-hale criticized person:ana-ruiz"))
    // "welcomed the news": no named object, no relation.
    #expect(try Self.facts("Sandra Lowe welcomed the news on Monday.").isEmpty)
  }

  @Test func criticNoun() throws {
    #expect(try Self.facts("Tom Hale, a fierce critic of Ana Ruiz, said the plan would fail.")
      .contains("person:tom-hale criticized person:ana-ruiz"))
  }

  @Test func participation() throws {
    #expect(try Self.facts("Ana Ruiz won her opening match at the 2019 Lima Open.")
      .contains("person:ana-ruiz participated_in event:2019-lima-open"))
  }

  @Test func conjoinedMeeting() throws {
    let facts = try Self.facts("Ana Ruiz met and thanked Tom Hale on Monday.")
    #expect(facts.contains("person:ana-ruiz met person:tom-hale"))
    #expect(facts.contains("person:ana-ruiz supported person:tom-hale"))
  }
}
