import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// The extraction asks a ``PronounResolving`` resolver about the pronouns
/// its nearest-person rule leaves without an antecedent.
@Suite("trained pronoun resolution in the extraction")
struct PronounResolverTests {
  /// Links every pronoun to the first mention whose text is `target`.
  struct FixedResolver: PronounResolving {
    let target: String

    func antecedents(of mentions: [ReferenceMention], in document: Document) -> [Int?] {
      let tokens = document.tokens
      let texts = mentions.map { mention in
        mention.tokens.map { String(tokens[$0].text) }.joined(separator: " ")
      }
      let found = texts.firstIndex(of: target)
      return texts.map { ["she", "he", "they"].contains($0.lowercased()) ? found : nil }
    }
  }

  /// The speaker is named four sentences before "she": beyond the rule's window.
  static let text = """
    Mayor Ana Ruiz opened the new bridge over the river on Monday. The European Commission had paid for the plan in May. \
    Traffic on the old road fell by half. The works took two years. "It is a good day for the city," she said.
    """

  func speaker(_ resolver: (any PronounResolving)?) throws -> String? {
    let extractor = Extractor(
      lexicon: try TextFixtures.lexicon.get(), pipeline: .annotating(with: try TextFixtures.models.get()),
      pronouns: resolver)
    let extraction = extractor.extract(DocumentInfo(id: "pronoun"), text: Self.text)
    return try #require(extraction.statements.first).speaker?.entity
  }

  @Test func theResolverFindsWhatTheRuleCannot() throws {
    #expect(try speaker(nil) != "person:ana-ruiz")
    #expect(try speaker(FixedResolver(target: "Ana Ruiz")) == "person:ana-ruiz")
  }

  @Test func aFemininePronounIsNoOrganization() throws {
    #expect(try speaker(FixedResolver(target: "European Commission")) == nil)
  }

  @Test func theShippedResolverLoadsAndAnswersPerMention() throws {
    let resolver = try CoreferenceResolver.loadShipped()
    let document = try Pipeline.annotating(with: try TextFixtures.models.get()).run(id: "t", text: Self.text)
    let mentions = [ReferenceMention(tokens: 1..<3, entityType: "person", chain: 0)]
    #expect(resolver.antecedents(of: mentions, in: document) == [nil])
  }

  @Test func aNameTakesItsTitleInAsGUMMentionsDo() throws {
    let document = try Pipeline.annotating(with: try TextFixtures.models.get())
      .run(id: "t", text: "Earlier, Dr Kessler had said the plan failed.")
    let tokens = document.tokens
    let name = try #require(tokens.firstIndex { $0.text == "Kessler" })
    let mention = CoreferenceResolver.mention(
      ReferenceMention(tokens: name..<(name + 1), entityType: "person"), in: document)
    #expect(mention.text == "dr kessler")
    #expect(mention.deprel.hasPrefix("nsubj"))
    #expect(mention.governor == "say")
  }
}
