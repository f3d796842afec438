import KnowledgeGraph

/// Writes Graphviz DOT: the relationship diagram (`graph.dot`, rendered to
/// `graph.svg`) or, with ``DiagramOptions/full``, the whole graph.
///
/// The diagram draws entities as nodes styled by type (person ellipse,
/// country box, organization hexagon, event note, location house, group
/// octagon; pastel fills) labelled with the name and, in small print, the
/// mention count, with aliases in the tooltip. Statements are collapsed
/// into dashed speaker → topic edges labelled with their cues and count
/// ("said ×3"); relations are solid edges labelled with the predicate (the
/// title for `holds_role`) and date, coloured by predicate family. A legend
/// cluster lists the node types and edge kinds present.
///
/// Every string is escaped (see ``escape(_:)`` and ``escapeHTML(_:)``) and
/// clipped well below Graphviz's 16 KB limit on one quoted string, so the
/// output parses for any input. Nodes are sorted by id and edges by their
/// end points, so the output is byte-stable.
///
/// ```swift
/// let writer = DOTWriter(options: DiagramOptions(title: "Seed"))
/// let dot = writer.string(for: graph)
/// let engine = writer.layout(for: graph)   // what to lay it out with
/// ```
public struct DOTWriter: GraphWriter {
  /// What to draw and how.
  public var options: DiagramOptions

  /// Creates a writer.
  ///
  /// - Parameter options: What to draw; the default is the standard diagram.
  public init(options: DiagramOptions = DiagramOptions()) {
    self.options = options
  }

  /// The layout engine for a graph's diagram: the one in the options, or
  /// one chosen by the number of nodes drawn.
  ///
  /// - Parameter graph: The graph to draw.
  /// - Returns: The engine also written as the DOT `layout` attribute.
  public func layout(for graph: KnowledgeGraph) -> DiagramLayout {
    layout(for: DiagramContent(graph: graph, options: options))
  }

  /// The DOT text for a graph.
  ///
  /// - Parameter graph: The graph to draw.
  /// - Returns: A complete `digraph`, ending with a newline.
  public func string(for graph: KnowledgeGraph) -> String {
    let content = DiagramContent(graph: graph, options: options)
    let names = Dictionary(uniqueKeysWithValues: content.entities.map { ($0.id, $0.name) })
    var out = "digraph \"newsgraph\" {\n"
    out += graphAttributes(layout: layout(for: content), nodeCount: content.nodeCount)
    let nodeDefaults = [
      ("fontname", DiagramStyle.font), ("fontsize", "11"), ("style", "filled"),
      ("color", DiagramStyle.ink), ("penwidth", "1"),
    ]
    let edgeDefaults = [
      ("fontname", DiagramStyle.font), ("fontsize", "9"), ("color", DiagramStyle.statementColor),
      ("arrowsize", "0.7"),
    ]
    out += "  node [\(attributes(nodeDefaults))];\n  edge [\(attributes(edgeDefaults))];\n"

    if !content.entities.isEmpty { out += "\n  // Entities\n" }
    for entity in content.entities {
      out +=
        "  \(Self.quotedID(entity.id)) [\(entityAttributes(entity, isFocus: entity.id == content.focus))];\n"
    }
    if !content.statements.isEmpty { out += "\n  // Statements\n" }
    for statement in content.statements {
      out += "  \(Self.quotedID(statement.id)) [\(statementAttributes(statement))];\n"
    }
    for statement in content.statements {
      if let speaker = statement.speaker {
        let cue = statement.cue.map(TextCleaner.singleSpacedLines) ?? "said"
        out +=
          "  \(Self.quotedID(speaker)) -> \(Self.quotedID(statement.id)) ["
          + attributes([
            ("label", TextCleaner.clip(cue, to: 40)), ("style", "dashed"),
            ("fontcolor", DiagramStyle.ink),
          ]) + "];\n"
      }
      for target in statement.about {
        out +=
          "  \(Self.quotedID(statement.id)) -> \(Self.quotedID(target)) ["
          + attributes([
            ("style", "dotted"), ("color", DiagramStyle.aboutColor), ("arrowhead", "vee"),
          ]) + "];\n"
      }
    }
    if !content.relationEdges.isEmpty { out += "\n  // Relations\n" }
    for edge in content.relationEdges {
      out +=
        "  \(Self.quotedID(edge.subject)) -> \(Self.quotedID(edge.object)) [\(relationAttributes(edge, names: names))];\n"
    }
    if !content.speechEdges.isEmpty { out += "\n  // Statements, by speaker and topic\n" }
    for edge in content.speechEdges {
      out +=
        "  \(Self.quotedID(edge.source)) -> \(Self.quotedID(edge.target)) [\(speechAttributes(edge, names: names))];\n"
    }
    if options.showLegend, content.nodeCount > 0 { out += legend(for: content, layout: layout(for: content)) }
    out += "}\n"
    return out
  }

  func layout(for content: DiagramContent) -> DiagramLayout {
    options.layout ?? .automatic(nodeCount: content.nodeCount, edgeCount: content.edgeCount)
  }

  // MARK: - Graph attributes

  private func graphAttributes(layout: DiagramLayout, nodeCount: Int) -> String {
    var values: [(String, String)] = [
      ("fontname", DiagramStyle.font), ("layout", layout.rawValue), ("bgcolor", "white"),
      ("pad", "0.3"),
    ]
    switch layout {
    case .dot:
      values += [("rankdir", "LR"), ("nodesep", "0.35"), ("ranksep", "0.9"), ("splines", "true")]
    case .neato, .fdp, .sfdp:
      values += [
        ("overlap", "prism"), ("sep", "+8"), ("outputorder", "edgesfirst"),
        // Spline routing around nodes is slow in force-directed layouts
        // (sfdp: 0.3 s for 40 nodes, 27 s for 300); straight lines are not.
        ("splines", nodeCount <= 40 ? "true" : "line"),
      ]
    case .circo, .twopi:
      values += [("overlap", "false"), ("splines", "true"), ("outputorder", "edgesfirst")]
    }
    if let title = options.title {
      values += [
        ("label", TextCleaner.clip(TextCleaner.singleSpacedLines(title), to: 200)),
        ("labelloc", "t"), ("fontsize", "18"),
      ]
    }
    return "  graph [\(attributes(values))];\n"
  }

  // MARK: - Nodes

  private func entityAttributes(_ entity: Entity, isFocus: Bool) -> String {
    let name = TextCleaner.clip(TextCleaner.singleSpacedLines(entity.name), to: 120)
    var label = TextCleaner.wrap(name, width: 24).map(Self.escapeHTML).joined(separator: "<BR/>")
    if isFocus { label = "<B>\(label)</B>" }
    if entity.mentionCount > 0 {
      let count = entity.mentionCount == 1 ? "1 mention" : "\(entity.mentionCount) mentions"
      label += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"\(DiagramStyle.ink)\">\(count)</FONT>"
    }
    var tooltip = "\(entity.name) (\(entity.type.rawValue))"
    if !entity.aliases.isEmpty { tooltip += "\nalso: " + entity.aliases.joined(separator: ", ") }
    let mentions = entity.mentionCount == 1 ? "1 mention" : "\(entity.mentionCount) mentions"
    let documents =
      entity.documents.count == 1 ? "1 document" : "\(entity.documents.count) documents"
    tooltip += "\n\(mentions) in \(documents)"
    var values: [(String, String)] = [
      ("shape", DiagramStyle.shape(entity.type)), ("fillcolor", DiagramStyle.fill(entity.type)),
      ("tooltip", TextCleaner.clip(tooltip, to: 1000)),
    ]
    if isFocus { values.append(("penwidth", "2.5")) }
    return "label=<\(label)>, " + attributes(values)
  }

  private func statementAttributes(_ statement: Statement) -> String {
    let text = TextCleaner.clip(TextCleaner.singleSpacedLines(statement.text), to: 160)
    let label = TextCleaner.wrap("“\(text)”", width: 36).joined(separator: "\n")
    var tooltip = [statement.speakerText, statement.cue].compactMap { $0 }.joined(separator: " ")
    tooltip += (tooltip.isEmpty ? "" : " ") + "(\(statement.kind.rawValue)): \(statement.text)"
    tooltip += "\n\(statement.document) \(statement.start)–\(statement.end)"
    return attributes([
      ("label", label), ("shape", "note"), ("fillcolor", DiagramStyle.statementFill),
      ("fontsize", "9"), ("tooltip", TextCleaner.clip(tooltip, to: 1000)),
    ])
  }

  // MARK: - Edges

  private func relationAttributes(_ edge: DiagramContent.RelationEdge, names: [String: String])
    -> String
  {
    let family = PredicateFamily(edge.predicate)
    let titles = Self.distinct(edge.relations.compactMap(\.title))
    var label =
      edge.predicate == .holdsRole && !titles.isEmpty
      ? titles.prefix(2).joined(separator: ", ")
      : edge.predicate.rawValue.replacingOccurrences(of: "_", with: " ")
    if edge.relations.count > 1 { label += " ×\(edge.relations.count)" }
    let dates = Self.distinct(edge.relations.compactMap(\.date))
    if !dates.isEmpty { label += "\n" + dates.prefix(3).joined(separator: ", ") }
    let subject = names[edge.subject] ?? edge.subject
    let object = names[edge.object] ?? edge.object
    var tooltip = "\(subject) \(edge.predicate.rawValue) \(object)"
    for relation in edge.relations.prefix(3) {
      tooltip += "\n“\(TextCleaner.clip(relation.evidence.text, to: 200))” (\(relation.document))"
    }
    if edge.relations.count > 3 { tooltip += "\n(+\(edge.relations.count - 3) more)" }
    return attributes([
      ("label", edge.isLabelled ? TextCleaner.clip(TextCleaner.singleSpacedLines(label), to: 200) : ""),
      ("color", family.color), ("fontcolor", family.color),
      ("penwidth", DiagramStyle.penWidth(count: edge.relations.count)),
      ("tooltip", TextCleaner.clip(tooltip, to: 1200)),
    ])
  }

  private func speechAttributes(_ edge: DiagramContent.SpeechEdge, names: [String: String])
    -> String
  {
    let cues = Self.rankedCues(edge.statements)
    var label = cues.isEmpty ? "said" : cues.prefix(2).joined(separator: ", ")
    if cues.count > 2 { label += ", …" }
    if edge.statements.count > 1 { label += " ×\(edge.statements.count)" }
    let source = names[edge.source] ?? edge.source
    let target = names[edge.target] ?? edge.target
    var tooltip = "\(source) on \(target):"
    for statement in edge.statements.prefix(3) {
      tooltip += "\n“\(TextCleaner.clip(statement.text, to: 200))”"
    }
    if edge.statements.count > 3 { tooltip += "\n(+\(edge.statements.count - 3) more)" }
    return attributes([
      ("label", edge.isLabelled ? TextCleaner.clip(TextCleaner.singleSpacedLines(label), to: 120) : ""),
      ("style", "dashed"), ("fontcolor", DiagramStyle.ink),
      ("penwidth", DiagramStyle.penWidth(count: edge.statements.count)),
      ("tooltip", TextCleaner.clip(tooltip, to: 1200)),
    ])
  }

  /// The statements' cues, lower-cased, most frequent first, then by text.
  static func rankedCues(_ statements: [Statement]) -> [String] {
    var counts: [String: Int] = [:]
    for statement in statements {
      guard let cue = statement.cue?.lowercased(), !cue.isEmpty else { continue }
      counts[cue, default: 0] += 1
    }
    return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
  }

  /// The values without repeats, in first-seen order.
  static func distinct(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }

  // MARK: - Escaping

  /// Formats attributes as `name="value", ...` with every value escaped.
  func attributes(_ values: [(String, String)]) -> String {
    values.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ", ")
  }

  /// A node id as a quoted DOT string; ids too long for Graphviz are
  /// shortened with a stable hash.
  static func quotedID(_ id: String) -> String {
    let escaped = escape(id)
    guard escaped.utf8.count > 2000 else { return "\"\(escaped)\"" }
    let short = TextCleaner.clip(id, to: 200) + "#" + TextCleaner.stableHash(id)
    return "\"\(escape(short))\""
  }

  /// Escapes text for a double-quoted DOT string so that Graphviz shows it
  /// verbatim.
  ///
  /// Inside quotes DOT needs `"` as `\"`; labels are then read as
  /// escString (where `\N`, `\l`, `\n` mean node name and line breaks) and
  /// HTML entities are decoded, so `\` becomes `\\` and `&` becomes `&amp;`.
  /// Line breaks (`\r\n`, `\r`, `\n`) become `\n` (a centred line break),
  /// tabs become spaces, and other control characters (C0, DEL, C1,
  /// U+FFFE/U+FFFF) are removed. Everything else, emoji and right-to-left
  /// text included, is kept as UTF-8. `<` and `>` need no escaping in quotes.
  /// - Parameter text: Any text.
  /// - Returns: The text to put between double quotes.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in TextCleaner.singleSpacedLines(text).unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "&": out += "&amp;"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Escapes text for a Graphviz HTML-like label (`label=<...>`).
  ///
  /// `& < > "` become entities; `\` becomes `\\` (Graphviz applies escString
  /// to HTML labels too, so `\N` would show the node name); line breaks
  /// become `<BR/>`, tabs spaces, and other control characters are removed.
  /// - Parameter text: Any text.
  /// - Returns: Markup to put inside an HTML-like label.
  public static func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in TextCleaner.singleSpacedLines(text).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\\": out += "\\\\"
      case "\n": out += "<BR/>"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
