import Foundation
import KnowledgeGraph

/// Writes `graph.graphml`: the whole knowledge graph as GraphML 1.0.
///
/// The graph is directed. Entities and statements are nodes (attribute
/// `kind` tells them apart); edges are `said` (speaker → statement), `about`
/// (statement → entity) and typed relations (subject → object, with the
/// predicate, verb, title, date, document and evidence). Every attribute is
/// declared once, from the static table ``GraphMLKey/all``, with `attr.name`
/// and `attr.type`; lists are JSON-array strings, as each key's `<desc>` says.
/// networkx `read_graphml`, igraph `Graph.Read_GraphML`, Gephi, yEd and
/// Cytoscape read it with integer attributes as integers.
///
/// The output is well-formed for any text: `& < > " '` are escaped,
/// characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are removed, carriage returns and (in
/// attributes) tabs and line feeds are written as character references, and
/// node ids that are not XML name tokens are replaced by a sanitized form,
/// the original kept in `original_id`. ``GraphMLReader`` reads the file back
/// into an equal graph (for text without forbidden characters).
///
/// Entities are written sorted by id, statements and relations in graph
/// order, so the output is byte-stable.
public struct GraphMLWriter: GraphWriter {
  /// Creates a writer.
  public init() {}

  /// The GraphML text for a graph.
  ///
  /// - Parameter graph: The graph to export.
  /// - Returns: A complete GraphML document ending with a newline.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if a list attribute
  ///   cannot be encoded as JSON, which plain strings do not cause.
  public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
    var out = ""
    try write(graph, into: &out)
    return out
  }

  /// Writes the GraphML to a file, atomically, a piece at a time.
  ///
  /// - Parameters:
  ///   - graph: The graph to export.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written; ``ExportError/encoding(format:reason:)`` as ``string(for:)``.
  public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
    try AtomicFile.write(to: url) { (stream) throws(ExportError) in try write(graph, into: &stream) }
  }

  /// Writes the text of ``string(for:)`` into a stream, element by element.
  func write<Stream: TextOutputStream>(_ graph: KnowledgeGraph, into out: inout Stream) throws(ExportError) {
    out.write("""
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <desc>NewsGraph knowledge graph: entity and statement nodes; said, about and relation edges.</desc>

      """)
    out.write(Self.declarations(GraphMLKey.all))
    out.write("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
    out.write(data(.documents, try CompactJSON.string(graph.documents, format: "GraphML"), indent: 4))

    let nodeIDs = NodeIDs(graph)
    for entity in graph.entities {
      out.write(try entityNode(entity, xmlID: nodeIDs[entity.id]))
    }
    for statement in graph.statements {
      out.write(try statementNode(statement, xmlID: nodeIDs[statement.id]))
    }
    var edgeNumber = 0
    func edge(_ source: String, _ target: String, _ body: String) -> String {
      edgeNumber += 1
      return "    <edge id=\"e\(edgeNumber)\" source=\"\(XMLText.attribute(nodeIDs[source]))\""
        + " target=\"\(XMLText.attribute(nodeIDs[target]))\">\n\(body)    </edge>\n"
    }
    for statement in graph.statements {
      if let speaker = statement.speaker {
        out.write(
          edge(speaker, statement.id, data(.edgeKind, "said") + data(.edgeLabel, "said") + unitWeight))
      }
      for target in statement.about {
        let stance = statement.stance?[target].map { data(.stance, $0.rawValue) } ?? ""
        out.write(
          edge(statement.id, target, data(.edgeKind, "about") + data(.edgeLabel, "about") + stance + unitWeight))
      }
    }
    for relation in graph.relations {
      out.write(edge(relation.subject, relation.object, relationData(relation)))
    }
    out.write("  </graph>\n</graphml>\n")
  }

  // MARK: - Elements

  private func entityNode(_ entity: Entity, xmlID: String) throws(ExportError) -> String {
    var body = data(.nodeKind, "entity") + data(.nodeLabel, entity.name)
    if xmlID != entity.id { body += data(.originalID, entity.id) }
    body += data(.entityType, entity.type.rawValue)
    body += data(.entityName, entity.name)
    body += data(.entityAliases, try CompactJSON.string(entity.aliases, format: "GraphML"))
    body += data(.entityMentions, String(entity.mentionCount))
    body += data(.entityDocuments, try CompactJSON.string(entity.documents, format: "GraphML"))
    if !entity.mentionsPerDocument.isEmpty {
      body += data(.entityMentionsPerDocument, try CompactJSON.string(entity.mentionsPerDocument, format: "GraphML"))
    }
    if let first = entity.firstSeen { body += data(.entityFirstSeen, first) }
    if let last = entity.lastSeen { body += data(.entityLastSeen, last) }
    if let date = entity.date { body += data(.nodeDate, date) }
    if let affiliation = entity.affiliation { body += data(.entityAffiliation, affiliation) }
    if let place = entity.place { body += data(.entityPlace, place) }
    return "    <node id=\"\(XMLText.attribute(xmlID))\">\n\(body)    </node>\n"
  }

  private func statementNode(_ statement: Statement, xmlID: String) throws(ExportError) -> String {
    var body = data(.nodeKind, "statement")
    body += data(.nodeLabel, TextCleaner.clip(statement.text, to: 80))
    if xmlID != statement.id { body += data(.originalID, statement.id) }
    body += data(.statementText, statement.text)
    body += data(.statementKind, statement.kind.rawValue)
    if let cue = statement.cue { body += data(.statementCue, cue) }
    if let speakerText = statement.speakerText { body += data(.statementSpeakerText, speakerText) }
    body += data(.statementDocument, statement.document)
    body += data(.statementStart, String(statement.start))
    body += data(.statementEnd, String(statement.end))
    if let date = statement.date { body += data(.nodeDate, date) }
    body += data(.statementSpans, try CompactJSON.string(statement.content, format: "GraphML"))
    return "    <node id=\"\(XMLText.attribute(xmlID))\">\n\(body)    </node>\n"
  }

  private func relationData(_ relation: Relation) -> String {
    var body = data(.edgeKind, "relation") + data(.edgeLabel, relation.predicate.rawValue)
    body += data(.predicate, relation.predicate.rawValue)
    if let verb = relation.verb { body += data(.verb, verb) }
    if let title = relation.title { body += data(.title, title) }
    if let date = relation.date { body += data(.edgeDate, date) }
    if let place = relation.place { body += data(.edgePlace, place) }
    body += data(.edgeDocument, relation.document)
    body += data(.evidence, relation.evidence.text)
    body += data(.evidenceStart, String(relation.evidence.start))
    body += data(.evidenceEnd, String(relation.evidence.end))
    return body + unitWeight
  }

  /// The weight of one said, about or relation edge.
  private var unitWeight: String { data(.weight, Self.number(1)) }

  private func data(_ key: GraphMLKey, _ value: String, indent: Int = 6) -> String {
    Self.data(key, value, indent: indent)
  }
}

// MARK: - Shared with the entity projection

extension GraphMLWriter {
  /// The `<key>` declarations of a table of keys, each with its `<desc>`.
  ///
  /// - Parameter keys: The keys, in the order to declare them.
  /// - Returns: The XML text, indented by two spaces.
  static func declarations(_ keys: [GraphMLKey]) -> String {
    var out = ""
    for key in keys {
      out += "  <key id=\"\(XMLText.attribute(key.id))\" for=\"\(key.domain.rawValue)\""
      out += " attr.name=\"\(XMLText.attribute(key.name))\" attr.type=\"\(key.type.rawValue)\">\n"
      out += "    <desc>\(XMLText.content(key.description))</desc>\n"
      out += "  </key>\n"
    }
    return out
  }

  /// One `<data>` element on its own line.
  ///
  /// - Parameters:
  ///   - key: The key the value belongs to.
  ///   - value: The value, escaped here.
  ///   - indent: How many spaces start the line.
  /// - Returns: The line, ending with a line feed.
  static func data(_ key: GraphMLKey, _ value: String, indent: Int = 6) -> String {
    String(repeating: " ", count: indent)
      + "<data key=\"\(key.id)\">\(XMLText.content(value))</data>\n"
  }

  /// A `double` value as GraphML writes it: the shortest text that reads
  /// back as the same number, always with a decimal point (`1.0`, `14.14`).
  ///
  /// - Parameter value: The number.
  /// - Returns: Its text.
  static func number(_ value: Double) -> String {
    value.description
  }
}
