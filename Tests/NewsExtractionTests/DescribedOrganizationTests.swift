import Testing

@testable import NewsExtraction

/// `mention.described-organization` on invented news: a one-word name the
/// recognizer takes for a person is an organization when the text
/// describes it as one and nothing says it is a person.
@Suite("One-word names described as organizations")
struct DescribedOrganizationTests {
  func types(_ text: String) throws -> [String: String] { try TextFixtures.entityTypes(text) }

  @Test func aCompanyNamedByItsRoleItsKindOrItsPronounIsAnOrganization() throws {
    let text = """
      Shares in Veltrix fell on Monday. Veltrix said it would cut 300 jobs. Later, Veltrix chief executive \
      Tom Hale said the plan was painful. \
      Analysts at the insurance firm Brannock said they expected more cuts. Brannock said it would advise \
      clients to wait. Mr Dorrel, who runs a rival shop, said the news was grim. Dorrel said prices would rise.
      """
    let found = try types(text)
    #expect(found["Veltrix"] == "organization")
    #expect(found["Brannock"] == "organization")
    #expect(found["Dorrel"] == "person")
    #expect(found["Tom Hale"] == "person")
    let extraction = try TextFixtures.extract(text, usingModels: true)
    #expect(extraction.relations.contains { $0.subject == "person:tom-hale" && $0.object == "organization:veltrix" })
  }

  @Test func aCapitalisedWordOpeningASentenceIsNoCompany() throws {
    let found = try types("Film director Tom Hale said the script was done. Film critics agreed.")
    #expect(found["Film"] == nil)
    #expect(found["Tom Hale"] == "person")
  }

  @Test func anUntypedNameWithARoleAfterItIsAnOrganization() throws {
    let text = "Shares in Veltrix fell. The former Veltrix chief executive Tom Hale is to face trial."
    #expect(try types(text)["Veltrix"] == "organization")
  }

  @Test func aRelativeClauseWithWhichMakesAThing() throws {
    #expect(try types("Analysts praised Kovrin, which posted record sales. Kovrin shares rose.")["Kovrin"] == "organization")
  }

  @Test func aPersonsSurnameStaysAPersonWhateverSurroundsIt() throws {
    let found = try types(
      "Lena Kessler founded the bakery in 1990. Kessler said it would not close. Rival firm Brannock said prices would rise.")
    #expect(found["Lena Kessler"] == "person")
    #expect(found["Kessler"] == nil)
    #expect(found["Brannock"] == "organization")
  }
}
