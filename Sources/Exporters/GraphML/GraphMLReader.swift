import Foundation
import KnowledgeGraph

/// Reads GraphML written by ``GraphMLWriter`` back into a knowledge graph.
///
/// Used by `newsgraph render graph.graphml`. Attributes are looked up by
/// `attr.name`, not by key id, so a file re-saved by networkx or Gephi
/// (which renumber keys) still reads. Nodes with `kind` `entity` become
/// entities, nodes with `kind` `statement` statements; `said` edges set a
/// statement's speaker, `about` edges its topics (with the stance toward
/// each, when the edge has one), and `relation` edges become
/// relations. Without a `kind`, it is inferred (`type` means an entity,
/// `predicate` a relation). Statement content comes from `spans` when
/// present, else from `text`, `start` and `end`.
///
/// Not supported, as errors: nested graphs, hyperedges, `<data>` with an
/// undeclared key, unknown entity types, predicates or statement kinds.
public enum GraphMLReader {
  /// Reads a graph from a GraphML file.
  ///
  /// - Parameter url: The file URL.
  /// - Returns: The graph.
  /// - Throws: ``ExportError/read(path:reason:)`` when the file cannot be
  ///   read or the graph is inconsistent; ``ExportError/malformed(path:line:reason:)``
  ///   when the XML or an element is invalid.
  public static func read(from url: URL) throws(ExportError) -> KnowledgeGraph {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .read(path: url.path, reason: "cannot read: \(error.localizedDescription)")
    }
    return try graph(from: data, path: url.path)
  }

  /// Decodes a graph from GraphML data.
  ///
  /// - Parameters:
  ///   - data: The GraphML text as UTF-8.
  ///   - path: The name to use in error messages.
  /// - Returns: The graph.
  /// - Throws: ``ExportError/malformed(path:line:reason:)`` naming the line
  ///   of the first problem; ``ExportError/read(path:reason:)`` when a
  ///   statement or relation refers to an entity the file lacks.
  public static func graph(from data: Data, path: String = "graph.graphml") throws(ExportError)
    -> KnowledgeGraph
  {
    let document: GraphMLDocument
    do {
      document = try GraphMLParser.parse(data)
    } catch {
      throw .malformed(path: path, line: error.line, reason: error.reason)
    }
    var builder = Builder(path: path)
    return try builder.build(document)
  }
}

// MARK: - Interpretation

extension GraphMLReader {
  /// Turns a parsed document into a graph, one element at a time.
  private struct Builder {
    let path: String
    var entities: [Entity] = []
    var statements: [Statement] = []
    var relations: [Relation] = []
    /// XML node id → (NewsGraph id, index into entities or statements).
    var nodes: [String: (id: String, isEntity: Bool, index: Int)] = [:]
    /// One decoder for every JSON list attribute.
    let decoder = JSONDecoder()

    init(path: String) { self.path = path }

    mutating func build(_ document: GraphMLDocument) throws(ExportError) -> KnowledgeGraph {
      for node in document.nodes { try addNode(node) }
      for edge in document.edges { try addEdge(edge) }
      let documents: [DocumentInfo]
      if let text = document.graphAttributes["documents"] {
        guard let decoded = CompactJSON.decode([DocumentInfo].self, from: text, decoder: decoder) else {
          throw .read(
            path: path, reason: "graph attribute 'documents' is not a JSON array of documents")
        }
        documents = decoded
      } else {
        var ids = Set(entities.flatMap(\.documents))
        ids.formUnion(statements.map(\.document))
        ids.formUnion(relations.map(\.document))
        documents = ids.sorted().map { DocumentInfo(id: $0) }
      }
      do {
        return try KnowledgeGraph(
          documents: documents, entities: entities, statements: statements, relations: relations)
      } catch {
        throw .read(path: path, reason: error.description)
      }
    }

    // MARK: Nodes

    mutating func addNode(_ node: GraphMLDocument.Element) throws(ExportError) {
      let values = node.attributes
      let id = values["original_id"] ?? node.id
      let kind = values["kind"] ?? Self.inferredKind(of: values)
      switch kind {
      case "entity":
        guard let typeName = values["type"], let type = EntityType(rawValue: typeName) else {
          throw malformed(node, "node '\(id)': unknown entity type '\(values["type"] ?? "")'")
        }
        guard let name = values["name"] ?? values["label"] else {
          throw malformed(node, "node '\(id)': entity without a name")
        }
        entities.append(
          Entity(
            id: id, type: type, name: name,
            aliases: try stringList(node, "aliases"),
            mentionCount: try integer(node, "mentions") ?? 0,
            documents: try stringList(node, "documents"),
            date: values["date"], affiliation: values["affiliation"],
            mentionsPerDocument: try countTable(node, "mentions_per_document"),
            firstSeen: values["first_seen"], lastSeen: values["last_seen"], place: values["place"]))
        nodes[node.id] = (id, true, entities.count - 1)
      case "statement":
        guard let kindName = values["statement_kind"],
          let statementKind = StatementKind(rawValue: kindName)
        else {
          throw malformed(
            node, "node '\(id)': unknown statement kind '\(values["statement_kind"] ?? "")'")
        }
        guard let documentID = values["document"] else {
          throw malformed(node, "node '\(id)': statement without a document")
        }
        let content: [TextSpan]
        if let spans = values["spans"] {
          if let decoded = Self.spans(spans) {
            content = decoded
          } else {
            guard let decoded = CompactJSON.decode([TextSpan].self, from: spans, decoder: decoder) else {
              throw malformed(node, "node '\(id)': 'spans' is not a JSON array of spans")
            }
            content = decoded
          }
        } else {
          let text = values["text"] ?? ""
          let start = try integer(node, "start") ?? 0
          let end = try integer(node, "end") ?? start
          content = text.isEmpty ? [] : [TextSpan(text: text, start: start, end: end)]
        }
        statements.append(
          Statement(
            id: id, speaker: nil, speakerText: values["speaker_text"], cue: values["cue"],
            kind: statementKind, content: content, about: [], document: documentID,
            date: values["date"]))
        nodes[node.id] = (id, false, statements.count - 1)
      default:
        throw malformed(node, "node '\(id)' is neither an entity nor a statement")
      }
    }

    // MARK: Edges

    mutating func addEdge(_ edge: GraphMLDocument.Element) throws(ExportError) {
      guard let source = nodes[edge.source] else {
        throw malformed(edge, "edge '\(edge.id)': unknown source node '\(edge.source)'")
      }
      guard let target = nodes[edge.target] else {
        throw malformed(edge, "edge '\(edge.id)': unknown target node '\(edge.target)'")
      }
      let values = edge.attributes
      let kind =
        values["kind"] ?? Self.inferredKind(of: values, from: source.isEntity, to: target.isEntity)
      switch kind {
      case "said":
        guard source.isEntity, !target.isEntity else {
          throw malformed(edge, "edge '\(edge.id)': 'said' must go from an entity to a statement")
        }
        if let speaker = statements[target.index].speaker, speaker != source.id {
          throw malformed(edge, "edge '\(edge.id)': statement '\(target.id)' has two speakers")
        }
        statements[target.index].speaker = source.id
      case "about":
        guard !source.isEntity, target.isEntity else {
          throw malformed(edge, "edge '\(edge.id)': 'about' must go from a statement to an entity")
        }
        statements[source.index].about.append(target.id)
        if let name = values["stance"] {
          guard let stance = Stance(rawValue: name) else {
            throw malformed(edge, "edge '\(edge.id)': unknown stance '\(name)'")
          }
          statements[source.index].stance = (statements[source.index].stance ?? [:])
            .merging([target.id: stance]) { first, _ in first }
        }
      case "relation":
        guard source.isEntity, target.isEntity else {
          throw malformed(edge, "edge '\(edge.id)': a relation must join two entities")
        }
        guard let name = values["predicate"], let predicate = Predicate(rawValue: name) else {
          throw malformed(
            edge, "edge '\(edge.id)': unknown predicate '\(values["predicate"] ?? "")'")
        }
        guard let documentID = values["document"] else {
          throw malformed(edge, "edge '\(edge.id)': relation without a document")
        }
        let start = try integer(edge, "evidence_start") ?? 0
        let end = try integer(edge, "evidence_end") ?? start
        relations.append(
          Relation(
            subject: source.id, predicate: predicate, object: target.id, verb: values["verb"],
            title: values["title"], date: values["date"], place: values["place"], document: documentID,
            evidence: TextSpan(text: values["evidence"] ?? "", start: start, end: end)))
      case "statements":
        throw malformed(
          edge,
          "edge '\(edge.id)': a statements edge of the entity-only projection (graph.entities.graphml), which has no statements to read back; read graph.graphml")
      default:
        throw malformed(edge, "edge '\(edge.id)': unknown kind '\(kind)'")
      }
    }

    /// The kind of a node without a `kind` attribute.
    static func inferredKind(of values: [String: String]) -> String {
      if values["type"] != nil { return "entity" }
      if values["statement_kind"] != nil { return "statement" }
      return ""
    }

    /// The kind of an edge without a `kind` attribute.
    static func inferredKind(
      of values: [String: String], from sourceIsEntity: Bool, to targetIsEntity: Bool
    ) -> String {
      if values["predicate"] != nil { return "relation" }
      switch (sourceIsEntity, targetIsEntity) {
      case (true, false): return "said"
      case (false, true): return "about"
      default: return ""
      }
    }

    // MARK: Values

    /// Content spans read without `JSONDecoder`, or nil to leave the text
    /// to it.
    static func spans(_ text: String) -> [TextSpan]? {
      guard case .array(let items) = JSONFragment.parse(text) else { return nil }
      var spans: [TextSpan] = []
      spans.reserveCapacity(items.count)
      for item in items {
        guard case .string(let text) = item["text"], case .integer(let start) = item["start"],
          case .integer(let end) = item["end"]
        else { return nil }
        spans.append(TextSpan(text: text, start: start, end: end))
      }
      return spans
    }

    func integer(_ element: GraphMLDocument.Element, _ name: String) throws(ExportError) -> Int? {
      guard let raw = element.attributes[name] else { return nil }
      let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if let value = Int(text) { return value }
      if let value = Double(text), value.rounded() == value, abs(value) < 9e15 { return Int(value) }
      throw malformed(element, "'\(name)' is not an integer: '\(raw)'")
    }

    func stringList(_ element: GraphMLDocument.Element, _ name: String) throws(ExportError)
      -> [String]
    {
      guard let text = element.attributes[name] else { return [] }
      if let list = JSONFragment.parse(text)?.strings { return list }
      guard let list = CompactJSON.decode([String].self, from: text, decoder: decoder) else {
        throw malformed(element, "'\(name)' is not a JSON array of strings: '\(text)'")
      }
      return list
    }

    func countTable(_ element: GraphMLDocument.Element, _ name: String) throws(ExportError)
      -> [String: Int]
    {
      guard let text = element.attributes[name] else { return [:] }
      if let table = JSONFragment.parse(text)?.counts { return table }
      guard let table = CompactJSON.decode([String: Int].self, from: text, decoder: decoder) else {
        throw malformed(element, "'\(name)' is not a JSON object of counts: '\(text)'")
      }
      return table
    }

    func malformed(_ element: GraphMLDocument.Element, _ reason: String) -> ExportError {
      .malformed(path: path, line: element.line, reason: reason)
    }
  }
}
