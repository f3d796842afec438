import NewsExtraction
import Lexicon
import DocumentInput
import NLPModels

/// The extraction harnesses: one input is one document's file bytes, read
/// as `newsgraph extract FILE` reads them and extracted whole; every span
/// of the result must carry the text at its offsets.
enum ExtractionFuzzing {
  /// The extractor with the trained models (`--names models`), loaded once.
  static let withModels: Extractor = {
    do {
      return Extractor(lexicon: try Lexicon.loadShipped(), pipeline: .annotating(with: try NLPModels.loadShipped()))
    } catch {
      fatalError("cannot load the shipped word lists and models: \(error)")
    }
  }()

  /// The rule-based extractor (`--names rules`), loaded once.
  static let withRules: Extractor = {
    do {
      return Extractor(lexicon: try Lexicon.loadShipped())
    } catch {
      fatalError("cannot load the shipped word lists: \(error)")
    }
  }()

  /// Decodes, extracts and checks one document.
  ///
  /// Inputs of even length get a document date, so relative dates ("last
  /// year", "on Monday") are resolved; odd ones have none.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - extractor: The extractor to run.
  static func run(_ bytes: [UInt8], extractor: Extractor) {
    guard let decoded = try? TextDecoder.decode(bytes, path: "fuzz.txt") else { return }
    let date = bytes.count % 2 == 0 ? "2024-02-29" : nil
    let extraction = extractor.extract(DocumentInfo(id: "fuzz", path: "fuzz.txt", date: date), text: decoded.text)
    check(extraction, text: decoded.text)
  }

  /// Stops the process when a span does not carry the document's text at
  /// its offsets, is empty, or a statement or relation names an entity the
  /// extraction lacks.
  static func check(_ extraction: Extraction, text: String) {
    let scalars = Array(text.unicodeScalars)
    func check(_ span: TextSpan, _ what: String) {
      guard span.start >= 0, span.start < span.end, span.end <= scalars.count else {
        fatalError("\(what) [\(span.start), \(span.end)) is outside the text of \(scalars.count) scalars")
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span.start..<span.end])
      guard String(view) == span.text else {
        fatalError("\(what) [\(span.start), \(span.end)) is \(String(view).debugDescription), not \(span.text.debugDescription)")
      }
    }
    let ids = Set(extraction.allEntities.map(\.id))
    for entity in extraction.allEntities {
      for mention in entity.mentions { check(mention, "a mention of \(entity.id)") }
    }
    for statement in extraction.statements {
      if let speaker = statement.speaker {
        check(speaker.span, "a speaker")
        if let entity = speaker.entity, !ids.contains(entity) { fatalError("a speaker names unknown \(entity)") }
      }
      if let cue = statement.cue { check(cue, "a cue") }
      if statement.content.isEmpty { fatalError("a statement without content") }
      for content in statement.content { check(content, "a content span") }
      for id in statement.about where !ids.contains(id) { fatalError("a statement is about unknown \(id)") }
    }
    for relation in extraction.relations {
      check(relation.evidence, "the evidence of a relation")
      guard ids.contains(relation.subject), ids.contains(relation.object) else {
        fatalError("a relation names unknown \(relation.subject) or \(relation.object)")
      }
    }
  }
}
