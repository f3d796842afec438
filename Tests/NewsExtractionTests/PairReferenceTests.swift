import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// "Both leaders" and "the two men" refer to the two people named last.
@Suite("plural references")
struct PairReferenceTests {
  @Test func bothLeadersAreTheTwoPeopleNamedLast() throws {
    let text = """
      Chancellor Olga Brandt met Prime Minister Hugo Lind in Oslo, and Brandt later said both leaders "want a lasting agreement."
      """
    let extraction = try TextFixtures.extractor().extract(DocumentInfo(id: "pair"), text: text)
    let statement = try #require(extraction.statements.first)
    #expect(statement.speaker?.entity == "person:olga-brandt")
    // The speaker is left out of what she talks about; the other leader is in.
    #expect(statement.about.contains("person:hugo-lind"))
    #expect(!statement.about.contains("person:olga-brandt"))
  }

  @Test func theTwoMenNeedTwoPeople() throws {
    let text = "Mayor Ines Castro said the two men had left the city."
    let extraction = try TextFixtures.extractor().extract(DocumentInfo(id: "pair"), text: text)
    let statement = try #require(extraction.statements.first)
    #expect(statement.about.isEmpty)
  }
}
