import Foundation
import NewsGraphTestSupport
import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// Shared set-up for the NewsExtraction tests: the shipped lexicon (loaded
/// once, it is immutable), analysed documents, and the span check every
/// extraction test applies.
enum TextFixtures {
  /// The shipped lexicon, loaded once for the whole test run.
  static let lexicon = Result { () throws(LexiconError) -> Lexicon in try Lexicon.loadShipped() }

  /// The shipped trained models, loaded once.
  static let models = Result { () throws(ModelError) -> NLPModels in try NLPModels.loadShipped() }

  /// An extractor over the shipped lexicon: rules only (the default, so the
  /// pattern tests do not move when the models are retrained), or with the
  /// trained tagger, parser and recognizer as the command line runs it.
  static func extractor(usingModels: Bool = false) throws -> Extractor {
    Extractor(lexicon: try lexicon.get(), pipeline: usingModels ? .annotating(with: try models.get()) : .standard)
  }

  /// The repository's `Sources/Lexicon/Resources/Lexicon` folder.
  static var lexiconDirectory: URL { RepositoryFiles.lexiconDirectory }

  /// The seed article, read as the command line reads it.
  static func seedText() throws -> String { try RepositoryFiles.seedText() }

  /// A document run through the standard pipeline.
  static func analyse(_ text: String, id: String = "test") throws -> Document {
    try Pipeline.standard.run(id: id, text: text)
  }

  /// The token texts of a text.
  static func tokens(_ text: String) throws -> [String] {
    try analyse(text).tokens.map { String($0.text) }
  }

  /// The sentence texts of a text.
  static func sentences(_ text: String) throws -> [String] {
    try analyse(text).sentences.map { String($0.text) }
  }

  /// The text between two scalar offsets, computed independently of
  /// ``Document`` (from the string's scalars).
  static func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
    RepositoryFiles.slice(text, start, end)
  }

  /// Extracts from a text and checks every span against it.
  static func extract(
    _ text: String, id: String = "test", date: String? = nil, usingModels: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Extraction {
    let extraction = try extractor(usingModels: usingModels).extract(DocumentInfo(id: id, date: date), text: text)
    checkSpans(extraction, text: text, sourceLocation: sourceLocation)
    return extraction
  }

  /// The type of each entity the models and rules find in a text, by name.
  static func entityTypes(_ text: String) throws -> [String: String] {
    let extraction = try extract(text, usingModels: true)
    return Dictionary(extraction.allEntities.map { ($0.name, $0.type.rawValue) }, uniquingKeysWith: { first, _ in first })
  }

  /// Expects every entity mention, statement speaker, cue and content span,
  /// and relation evidence to carry the document text at its offsets.
  static func checkSpans(
    _ extraction: Extraction, text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    func check(_ span: TextSpan, _ what: String) {
      let actual = slice(text, span.start, span.end)
      #expect(
        actual == span.text, "\(what) [\(span.start), \(span.end)) is \(actual.debugDescription)",
        sourceLocation: sourceLocation)
      #expect(span.start < span.end, "\(what) is empty", sourceLocation: sourceLocation)
    }
    for entity in extraction.allEntities {
      for mention in entity.mentions { check(mention, "mention of \(entity.id)") }
    }
    for statement in extraction.statements {
      if let speaker = statement.speaker { check(speaker.span, "speaker") }
      if let cue = statement.cue { check(cue, "cue") }
      #expect(!statement.content.isEmpty, "statement without content", sourceLocation: sourceLocation)
      for content in statement.content { check(content, "content") }
    }
    for relation in extraction.relations {
      check(relation.evidence, "evidence of \(relation.subject) \(relation.predicate) \(relation.object)")
    }
    let ids = Set(extraction.allEntities.map(\.id))
    for statement in extraction.statements {
      for id in [statement.speaker?.entity].compactMap({ $0 }) + statement.about {
        #expect(ids.contains(id), "statement refers to unknown \(id)", sourceLocation: sourceLocation)
      }
    }
    for relation in extraction.relations {
      #expect(ids.contains(relation.subject) && ids.contains(relation.object), sourceLocation: sourceLocation)
    }
  }
}

extension Extraction {
  /// The statements whose first content span contains a phrase.
  func statements(containing phrase: String) -> [StatementRecord] {
    statements.filter { $0.content.contains { $0.text.contains(phrase) } }
  }

  /// The relations with a predicate.
  func relations(_ predicate: ExtractionRecords.Predicate) -> [RelationRecord] {
    relations.filter { $0.predicate == predicate }
  }

  /// The entity with an id.
  func entity(_ id: String) -> EntityRecord? { allEntities.first { $0.id == id } }
}
