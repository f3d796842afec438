import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Relations on short invented sentences, every span checked against the text.
@Suite("RelationExtractor")
struct RelationExtractorTests {
  @Test(arguments: [
    ("French Foreign Minister Claire Dumont arrived on Monday.", "person:claire-dumont", "country:france",
     "Foreign Minister", "French Foreign Minister Claire Dumont"),
    ("German Chancellor Lena Vogt spoke first.", "person:lena-vogt", "country:germany", "Chancellor",
     "German Chancellor Lena Vogt"),
    ("U.S. Defense Secretary Sam Ortiz left early.", "person:sam-ortiz", "country:united-states",
     "Defense Secretary", "U.S. Defense Secretary Sam Ortiz"),
    ("Polish President Jan Novak called for calm.", "person:jan-novak", "country:poland", "President",
     "Polish President Jan Novak"),
  ])
  func holdsRoleFromATitleWithACountry(
    _ text: String, _ person: String, _ country: String, _ title: String, _ evidence: String
  ) throws {
    let extraction = try TextFixtures.extract(text)
    let roles = extraction.relations(.holdsRole)
    #expect(roles.count == 1)
    let role = try #require(roles.first)
    #expect(role.subject == person)
    #expect(role.object == country)
    #expect(role.title == title)
    #expect(role.evidence.text == evidence)
    // The country is a title's adjective here, and the person's name has no title in it.
    #expect(extraction.entity(person)?.name.contains(title) == false)
  }

  /// Names inside a preposition before the verb belong to its subject's
  /// modifier, not to the subject: no relation for them.
  @Test(arguments: [
    "Analysts in Britain and Germany have criticized Maria Delgado's remarks on Tuesday.",
    "Diplomats from Poland condemned Maria Delgado on Monday.",
  ])
  func namesInsideAPrepositionAreNotSubjects(_ text: String) throws {
    for usingModels in [false, true] {
      let extraction = try TextFixtures.extract(text, usingModels: usingModels)
      #expect(extraction.relations(.criticized).isEmpty, "usingModels: \(usingModels)")
    }
  }

  @Test func holdsRoleWithOfCountry() throws {
    let extraction = try TextFixtures.extract("Prime Minister Jan Novak of Poland arrived on Monday.")
    let role = try #require(extraction.relations(.holdsRole).first)
    #expect(role.subject == "person:jan-novak")
    #expect(role.object == "country:poland")
    #expect(role.title == "Prime Minister")
  }

  @Test func titleWithoutACountryIsNoRelation() throws {
    // The country is left implicit: no relation (as the gold annotation says).
    let extraction = try TextFixtures.extract("President Jan Novak arrived on Monday.")
    #expect(extraction.relations(.holdsRole).isEmpty)
    #expect(extraction.entity("person:jan-novak") != nil)
  }

  @Test func invadedAndOccupiedWithDates() throws {
    let text = "Germany invaded Belgium in May 1940 and occupied Luxembourg in June 1940."
    let extraction = try TextFixtures.extract(text)
    let invaded = try #require(extraction.relations(.invaded).first)
    #expect(invaded.subject == "country:germany")
    #expect(invaded.object == "country:belgium")
    #expect(invaded.date == "1940-05")
    #expect(invaded.verb == "invaded")
    #expect(invaded.evidence.text.hasPrefix("Germany invaded Belgium"))
    let occupied = try #require(extraction.relations(.occupied).first)
    #expect(occupied.subject == "country:germany")
    #expect(occupied.object == "country:luxembourg")
    #expect(occupied.date == "1940-06")
    #expect(occupied.evidence.text.contains("occupied Luxembourg"))
    #expect(extraction.relations.count == 2)
  }

  @Test func occupiedARegion() throws {
    let extraction = try TextFixtures.extract("Spain occupied Andalusia in 1936.")
    let occupied = try #require(extraction.relations(.occupied).first)
    #expect(occupied.subject == "country:spain")
    #expect(occupied.object == "location:andalusia")
    #expect(occupied.date == "1936")
  }

  @Test func invasionNeedsACountryAsSubject() throws {
    let extraction = try TextFixtures.extract("Maria Delgado invaded Belgium in 1940.")
    #expect(extraction.relations(.invaded).isEmpty)
  }

  @Test func calledWithCoordinatedObjects() throws {
    let text = "Maria Delgado held separate calls with Tomas Berg and Anna Kowalski on March 3."
    let extraction = try TextFixtures.extract(text)
    let calls = extraction.relations(.called)
    #expect(calls.map(\.object) == ["person:tomas-berg", "person:anna-kowalski"])
    for call in calls {
      #expect(call.subject == "person:maria-delgado")
      #expect(call.date == "March 3")
      #expect(call.verb == "held separate calls with")
      #expect(call.evidence.text == "Maria Delgado held separate calls with Tomas Berg and Anna Kowalski")
    }
  }

  @Test func calledDirectly() throws {
    let extraction = try TextFixtures.extract("Maria Delgado called Tomas Berg on Friday.")
    let call = try #require(extraction.relations(.called).first)
    #expect(call.subject == "person:maria-delgado")
    #expect(call.object == "person:tomas-berg")
    #expect(extraction.relations.count == 1)
  }

  @Test(arguments: [
    "Maria Delgado called for calm.", "Maria Delgado called on Tomas Berg to resign.",
    "Maria Delgado called it a mistake.",
  ])
  func calledInOtherSensesIsNoCall(_ text: String) throws {
    #expect(try TextFixtures.extract(text).relations(.called).isEmpty)
  }

  @Test func memberOfFromAnIncludingList() throws {
    let text = "Several NATO members, including France, Spain and Portugal, backed the plan."
    let extraction = try TextFixtures.extract(text)
    let members = extraction.relations(.memberOf)
    #expect(Set(members.map(\.subject)) == ["country:france", "country:spain", "country:portugal"])
    #expect(members.count == 3)
    for member in members {
      #expect(member.object == "organization:nato" || member.object == "organization:north-atlantic-treaty-organization")
      #expect(member.evidence.text.hasPrefix("NATO members"))
    }
  }

  @Test func memberOfWithSuchAs() throws {
    let text = "EU members such as Austria and Ireland objected."
    let extraction = try TextFixtures.extract(text)
    #expect(Set(extraction.relations(.memberOf).map(\.subject)) == ["country:austria", "country:ireland"])
  }

  @Test func partOfFromAPossessive() throws {
    let extraction = try TextFixtures.extract("Fighting continued in Spain's northern Catalonia region.")
    let part = try #require(extraction.relations(.partOf).first)
    #expect(part.subject == "location:catalonia")
    #expect(part.object == "country:spain")
    #expect(part.evidence.text.hasPrefix("Spain's northern Catalonia"))
  }

  @Test func locatedInWithDate() throws {
    let extraction = try TextFixtures.extract("Ministers gathered for a summit in Lisbon on May 4.")
    let located = try #require(extraction.relations(.locatedIn).first)
    #expect(located.object == "location:lisbon")
    #expect(extraction.entity(located.subject)?.type == .event)
    #expect(located.date == "May 4")
    #expect(located.evidence.text == "summit in Lisbon on May 4")
  }

  @Test func appliedToJoin() throws {
    let extraction = try TextFixtures.extract("Finland officially applied to join NATO in May 2022.")
    let applied = try #require(extraction.relations(.appliedToJoin).first)
    #expect(applied.subject == "country:finland")
    #expect(applied.date == "2022-05")
    #expect(extraction.entity(applied.object)?.type == .organization)
  }

  @Test func criticizedAndSupported() throws {
    let text = "Maria Delgado criticized Tomas Berg. Anna Kowalski backed Maria Delgado."
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.relations(.criticized).map(\.object) == ["person:tomas-berg"])
    #expect(extraction.relations(.supported).map(\.subject) == ["person:anna-kowalski"])
  }

  @Test func noRelationsInPlainText() throws {
    #expect(try TextFixtures.extract("The weather was cold and the roads were icy.").relations.isEmpty)
  }

  // MARK: Coordination, dates and places

  @Test func coordinatedSubjectsGiveOneRelationEach() throws {
    let extraction = try TextFixtures.extract("Germany and Austria invaded Belgium in 1914.")
    let invaded = extraction.relations(.invaded)
    #expect(Set(invaded.map(\.subject)) == ["country:germany", "country:austria"])
    #expect(invaded.count == 2)
    for relation in invaded {
      #expect(relation.object == "country:belgium")
      #expect(relation.date == "1914")
      #expect(relation.evidence.text.hasPrefix("Germany and Austria invaded Belgium"))
    }
  }

  @Test func threeCoordinatedSubjects() throws {
    let extraction = try TextFixtures.extract("France, Spain and Italy criticized Tomas Berg.")
    #expect(Set(extraction.relations(.criticized).map(\.subject)) == ["country:france", "country:spain", "country:italy"])
  }

  @Test func talksWithCoordinatedObjects() throws {
    let text = "Maria Delgado held talks with Tomas Berg and Anna Kowalski in Geneva on March 3."
    let extraction = try TextFixtures.extract(text, date: "2025-03-05")
    let met = extraction.relations(.met)
    #expect(met.map(\.object) == ["person:tomas-berg", "person:anna-kowalski"])
    for relation in met {
      #expect(relation.subject == "person:maria-delgado")
      #expect(relation.date == "2025-03-03")
      #expect(relation.place == "location:geneva")
    }
  }

  @Test func possessiveTalksWith() throws {
    let extraction = try TextFixtures.extract("Chile's talks with Peru and Bolivia ended without a deal.")
    let met = extraction.relations(.met)
    #expect(Set(met.map(\.object)) == ["country:peru", "country:bolivia"])
    #expect(met.allSatisfy { $0.subject == "country:chile" })
  }

  @Test func metInAPlaceOnARelativeDay() throws {
    let extraction = try TextFixtures.extract("Maria Delgado met Tomas Berg in Lisbon on Monday.", date: "2025-02-13")
    let met = try #require(extraction.relations(.met).first)
    #expect(met.place == "location:lisbon")
    // 13 February 2025 is a Thursday; the Monday before is the 10th.
    #expect(met.date == "2025-02-10")
  }

  @Test func dateStaysAsWrittenWithoutADocumentDate() throws {
    let extraction = try TextFixtures.extract("Maria Delgado met Tomas Berg in Lisbon on March 3.")
    let met = try #require(extraction.relations(.met).first)
    #expect(met.date == "March 3")
    #expect(met.place == "location:lisbon")
  }

  @Test func noPlaceWhenNoneIsStated() throws {
    let extraction = try TextFixtures.extract("Germany invaded Belgium in 1914.")
    let invaded = try #require(extraction.relations(.invaded).first)
    #expect(invaded.place == nil)
  }

  @Test(arguments: [
    "Maria Delgado has ended a long association with coach Tomas Berg.",
    "Maria Delgado has made four changes, with Tomas Berg on the bench.",
    "The summit meeting with Tomas Berg was cancelled.",
  ])
  func withAfterOtherWordsIsNoMeeting(_ text: String) throws {
    #expect(try TextFixtures.extract(text).relations(.met).isEmpty)
  }
}
