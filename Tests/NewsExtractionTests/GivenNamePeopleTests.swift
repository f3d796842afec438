import Testing

@testable import NewsExtraction

/// `mention.given-name-person` on invented news: a two- or three-word name
/// opening with a common given name is a person, though the recognizer
/// took it for a place; names of places and works keep their type.
@Suite("Names opening with a given name")
struct GivenNamePeopleTests {
  func types(_ text: String) throws -> [String: String] { try TextFixtures.entityTypes(text) }

  @Test func aNameTheRecognizerPlacedIsAPerson() throws {
    #expect(try types("The club managed to hold on to Steven Garrick.")["Steven Garrick"] == "person")
    let found = try types("It also won acting awards for stars Paul Garrow, Thomas Hale and Virginia Mast.")
    #expect(found["Virginia Mast"] == "person")
    #expect(found["Paul Garrow"] == "person")
  }

  @Test func placesAndOrganizationsOpeningWithAGivenNameKeepTheirType() throws {
    let found = try types("Protesters marched from Victoria Park to Beverly Hills, and Christian Aid said it would help.")
    #expect(found["Victoria Park"] != "person")
    #expect(found["Beverly Hills"] != "person")
    #expect(found["Christian Aid"] != "person")
  }
}
