import KnowledgeGraph

/// The data the report's script reads: every statement with its source
/// passage, and the entities and documents the statements and the diagram
/// refer to.
///
/// Encoded as JSON (keys sorted) inside `<script type="application/json">`.
struct HTMLReportData: Encodable {
  /// An entity, as the table and the search box show it.
  struct EntityEntry: Encodable, Equatable {
    var name: String
    var type: String
    var aliases: [String]
  }

  /// A statement, as one table row and its source details.
  struct StatementEntry: Encodable, Equatable {
    var id: String
    /// The speaker's entity id, when resolved.
    var speaker: String?
    /// The speaker as written.
    var speakerText: String?
    var cue: String?
    var kind: String
    /// The content spans: text and scalar offsets.
    var content: [TextSpan]
    var about: [String]
    var document: String
    /// The scalar offset where the content starts.
    var start: Int
    /// The scalar offset where the content ends.
    var end: Int
    var date: String?
    /// The passage around the content, spans at odd indices (see
    /// ``StatementContext/segments(for:)``); absent without the document text.
    var context: [String]?
  }

  /// A source document.
  struct DocumentEntry: Encodable, Equatable {
    var path: String?
    var date: String?
  }

  var entities: [String: EntityEntry]
  var statements: [StatementEntry]
  var documents: [String: DocumentEntry]

  /// Collects a graph's statements with their passages.
  ///
  /// - Parameters:
  ///   - graph: The graph.
  ///   - texts: Document texts by document id; statements of other
  ///     documents get no passage.
  ///   - diagramEntities: Ids of entities drawn in the diagram, listed even
  ///     when no statement names them.
  init(graph: KnowledgeGraph, texts: [String: String], diagramEntities: [String]) {
    // Statements are sorted by document: keep one document's text prepared.
    var current: (document: String, passage: StatementContext)?
    statements = graph.statements.map { statement in
      var context: [String]?
      if let text = texts[statement.document] {
        if current?.document != statement.document {
          current = (statement.document, StatementContext(text: text))
        }
        context = current?.passage.segments(for: statement)
      }
      return StatementEntry(
        id: statement.id, speaker: statement.speaker, speakerText: statement.speakerText,
        cue: statement.cue, kind: statement.kind.rawValue, content: statement.content,
        about: statement.about, document: statement.document, start: statement.start,
        end: statement.end, date: statement.date, context: context)
    }
    var ids = Set(diagramEntities)
    for statement in graph.statements {
      if let speaker = statement.speaker { ids.insert(speaker) }
      ids.formUnion(statement.about)
    }
    var entities: [String: EntityEntry] = [:]
    for id in ids {
      guard let entity = graph.entity(id: id) else { continue }
      entities[id] = EntityEntry(
        name: entity.name, type: entity.type.rawValue, aliases: entity.aliases)
    }
    self.entities = entities
    var documents: [String: DocumentEntry] = [:]
    for document in graph.documents {
      documents[document.id] = DocumentEntry(path: document.path, date: document.date)
    }
    self.documents = documents
  }

  /// The JSON text, safe to place inside a `<script>` element.
  ///
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  func scriptText() throws(ExportError) -> String {
    HTMLText.scriptJSON(try CompactJSON.string(self, format: "HTML report data"))
  }
}
