import Testing

@testable import Lexicon
@testable import NLPCore
@testable import NewsExtraction

/// A pipeline component that writes a fixed analysis, as a person would
/// annotate the sentence, instead of running the trained models.
struct HandAnnotation: Component {
  /// Part of speech, Penn tag, head (token index, nil for the root) and
  /// relation of each token.
  let tokens: [(upos: String, xpos: String, head: Int?, dependency: String)]
  /// Named entities: token ranges and types.
  let entities: [NamedEntitySpan]
  let name = "hand"

  func process(_ document: inout Document) throws(PipelineError) {
    guard document.tokenCount == tokens.count else {
      throw .componentFailed(
        component: name, document: document.id,
        reason: "annotated \(tokens.count) tokens, the text has \(document.tokenCount)")
    }
    for (index, token) in tokens.enumerated() {
      document.tokenTable[index].upos = token.upos
      document.tokenTable[index].xpos = token.xpos
      document.tokenTable[index].headOffset = token.head.map { $0 - index } ?? 0
      document.tokenTable[index].dependency = token.dependency
    }
    document.namedEntityTable = entities
    document.hasModelAnnotations = true
  }
}

/// The rules run on whatever pipeline they are given: here a document
/// annotated by hand, without the shipped models.
@Suite("Rules over a hand-annotated pipeline")
struct HandAnnotatedPipelineTests {
  /// "Zorbu Kalenga visited the factory on Monday." annotated by hand.
  static func annotation(_ type: NamedEntityType) -> HandAnnotation {
    HandAnnotation(
      tokens: [
        ("PROPN", "NNP", 2, "nsubj"), ("PROPN", "NNP", 0, "flat"), ("VERB", "VBD", nil, "root"),
        ("DET", "DT", 4, "det"), ("NOUN", "NN", 2, "obj"), ("ADP", "IN", 6, "case"),
        ("PROPN", "NNP", 2, "obl:tmod"), ("PUNCT", ".", 2, "punct"),
      ],
      entities: [NamedEntitySpan(tokens: 0..<2, type: type)])
  }

  static let text = "Zorbu Kalenga visited the factory on Monday."

  func entityType(annotatedAs type: NamedEntityType) throws -> EntityType? {
    let pipeline = try Pipeline([Tokenizer(), SentenceSplitter(), Self.annotation(type)])
    let extractor = Extractor(lexicon: try Lexicon.loadShipped(), pipeline: pipeline)
    #expect(extractor.pipeline.names == ["tokenizer", "sentence-splitter", "hand"])
    let extraction = extractor.extract(DocumentInfo(id: "hand"), text: Self.text)
    return extraction.allEntities.first { $0.name == "Zorbu Kalenga" }?.type
  }

  @Test func theRecognizersTypeComesFromThePipeline() throws {
    #expect(try entityType(annotatedAs: .person) == .person)
    #expect(try entityType(annotatedAs: .organization) == .organization)
  }

  @Test func aMisannotatedDocumentIsReportedByTheComponent() throws {
    let pipeline = try Pipeline([Tokenizer(), SentenceSplitter(), Self.annotation(.person)])
    #expect(throws: PipelineError.self) { try pipeline.run(id: "short", text: "Zorbu Kalenga left.") }
  }
}
