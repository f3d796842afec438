import NewsGraphTestSupport
import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// The extraction's work grows in proportion to the document: an input four
/// times as long takes about four times the CPU time (doubling these inputs
/// once took four times as long, when a step rescanned a clause, a sentence
/// or every statement per word), and the output of a text without sentence
/// ends grows linearly.
@Suite("Linear scaling")
struct LinearScalingTests {
  /// Statement content and relations found in a text without punctuation:
  /// sentences are capped, so content no longer runs to the end of the
  /// text from every cue.
  @Test func contentOfTextWithoutSentenceEndsGrowsLinearly() throws {
    let extractor = try TextFixtures.extractor(usingModels: true)
    func contentLength(_ sentences: Int) -> Int {
      let extraction = extractor.extract(DocumentInfo(id: "d"), text: InventedNews.unpunctuated(sentences: sentences))
      return extraction.statements.reduce(0) { total, statement in
        total + statement.content.reduce(0) { $0 + $1.end - $1.start }
      }
    }
    let small = contentLength(300)
    let large = contentLength(600)
    #expect(small > 0)
    #expect(Double(large) <= 2.5 * Double(small), "content \(small) -> \(large) scalars")
  }

  @Test func textWithoutSentenceEndsExtractsInLinearTime() throws {
    let extractor = try TextFixtures.extractor()
    let growth = ScalingProbe.growth(
      InventedNews.unpunctuated(sentences: 400),
      InventedNews.unpunctuated(sentences: 400 * ScalingProbe.inputFactor)
    ) { text in
      _ = extractor.extract(DocumentInfo(id: "d"), text: text)
    }
    #expect(
      growth < ScalingProbe.linearLimit,
      "\(ScalingProbe.inputFactor) times the text multiplied the CPU time by \(growth)")
  }

  /// Quoted paragraphs that continue the speaker of the statement before
  /// them: the speaker is found by a search, not a pass over every
  /// statement per quote.
  @Test func quotedParagraphsExtractInLinearTime() throws {
    let extractor = try TextFixtures.extractor()
    let check = extractor.extract(DocumentInfo(id: "d"), text: InventedNews.quotedParagraphs(3))
    #expect(check.statements.filter { $0.kind == .direct && $0.speaker != nil }.count == 3)
    let lexicon = try TextFixtures.lexicon.get()
    /// A document with its mentions and quotes, as the extractor makes
    /// them before it looks for statements.
    func prepared(_ pairs: Int) throws -> (Document, [Mention], [Quote]) {
      var document = try Pipeline.standard.run(id: "d", text: InventedNews.quotedParagraphs(pairs))
      document.cacheLowercasedWords()
      var mentions = MentionFinder(lexicon: lexicon, document: document).findMentions()
      _ = EntityResolver(lexicon: lexicon, document: document).resolve(&mentions)
      return (document, mentions, QuoteFinder(document: document).findQuotes())
    }
    let growth = ScalingProbe.growth(try prepared(500), try prepared(500 * ScalingProbe.inputFactor)) { input in
      let (document, mentions, quotes) = input
      _ = StatementExtractor(lexicon: lexicon, document: document, mentions: mentions, quotes: quotes, tree: nil).extract()
    }
    #expect(
      growth < ScalingProbe.linearLimit,
      "\(ScalingProbe.inputFactor) times the quoted paragraphs multiplied the CPU time by \(growth)")
  }
}
