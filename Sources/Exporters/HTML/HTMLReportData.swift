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
    var statements: [StatementEntry] = []
    Self.forEachStatement(of: graph, texts: texts) { statements.append($0) }
    self.statements = statements
    entities = Self.entities(of: graph, diagramEntities: diagramEntities)
    documents = Self.documents(of: graph)
  }

  /// Calls `body` with each statement's entry, in graph order, making one
  /// entry (and one document's prepared text) at a time.
  ///
  /// - Parameters:
  ///   - graph: The graph.
  ///   - texts: Document texts by document id.
  ///   - body: Given each entry.
  static func forEachStatement<Failure: Error>(
    of graph: KnowledgeGraph, texts: [String: String], _ body: (StatementEntry) throws(Failure) -> Void
  ) throws(Failure) {
    // Statements are sorted by document: keep one document's text prepared.
    var current: (document: String, passage: StatementContext)?
    for statement in graph.statements {
      var context: [String]?
      if let text = texts[statement.document] {
        if current?.document != statement.document {
          current = nil
          current = (statement.document, StatementContext(text: text))
        }
        context = current?.passage.segments(for: statement)
      }
      try body(StatementEntry(
        id: statement.id, speaker: statement.speaker, speakerText: statement.speakerText,
        cue: statement.cue, kind: statement.kind.rawValue, content: statement.content,
        about: statement.about, document: statement.document, start: statement.start,
        end: statement.end, date: statement.date, context: context))
    }
  }

  /// The entities the statements and the diagram refer to, by id.
  static func entities(of graph: KnowledgeGraph, diagramEntities: [String]) -> [String: EntityEntry] {
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
    return entities
  }

  /// The graph's documents, by id.
  static func documents(of graph: KnowledgeGraph) -> [String: DocumentEntry] {
    var documents: [String: DocumentEntry] = [:]
    for document in graph.documents {
      documents[document.id] = DocumentEntry(path: document.path, date: document.date)
    }
    return documents
  }

  /// The JSON text, safe to place inside a `<script>` element.
  ///
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  func scriptText() throws(ExportError) -> String {
    HTMLText.scriptJSON(try CompactJSON.string(self, format: "HTML report data"))
  }

  /// Writes the text of ``scriptText()`` for a graph into a stream, making
  /// and encoding one statement's entry at a time: the encoding's sorted
  /// keys (`documents`, `entities`, `statements`) with the values encoded
  /// on their own, which is the same compact text.
  ///
  /// - Parameters:
  ///   - graph: The graph.
  ///   - texts: Document texts by document id.
  ///   - entities: ``entities(of:diagramEntities:)`` of the graph.
  ///   - out: The stream.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  static func writeScriptText<Stream: TextOutputStream>(
    for graph: KnowledgeGraph, texts: [String: String], entities: [String: EntityEntry], into out: inout Stream
  ) throws(ExportError) {
    func json(_ value: some Encodable) throws(ExportError) -> String {
      HTMLText.scriptJSON(try CompactJSON.string(value, format: "HTML report data"))
    }
    out.write("{\"documents\":")
    out.write(try json(documents(of: graph)))
    out.write(",\"entities\":")
    out.write(try json(entities))
    out.write(",\"statements\":[")
    var first = true
    try forEachStatement(of: graph, texts: texts) { (entry) throws(ExportError) in
      if !first { out.write(",") }
      first = false
      out.write(try json(entry))
    }
    out.write("]}")
  }
}
