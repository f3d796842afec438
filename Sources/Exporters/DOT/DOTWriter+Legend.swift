import KnowledgeGraph

extension DOTWriter {
  /// A legend of the node shapes and edge kinds the diagram uses: a
  /// cluster of sample nodes and edges for `dot`, which keeps clusters
  /// together, and one table node for the other layouts, which scatter a
  /// cluster's nodes.
  func legend(for content: DiagramContent, layout: DiagramLayout) -> String {
    layout == .dot ? legendCluster(for: content) : legendTable(for: content)
  }

  /// The legend as one node holding a table: a row per node type (its
  /// colour) and per edge kind (its line style in words).
  func legendTable(for content: DiagramContent) -> String {
    var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
    for type in Set(content.entities.map(\.type)).sorted() {
      rows +=
        "<TR><TD BGCOLOR=\"\(DiagramStyle.fill(type))\" WIDTH=\"18\"> </TD>"
        + "<TD ALIGN=\"LEFT\">\(Self.escapeHTML(type.rawValue)) (\(DiagramStyle.shape(type)))</TD></TR>"
    }
    for (line, label, color) in edgeKinds(for: content) {
      rows +=
        "<TR><TD><FONT COLOR=\"\(color)\">\(line)</FONT></TD>"
        + "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(color)\">\(Self.escapeHTML(label))</FONT></TD></TR>"
    }
    let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">\(rows)</TABLE>"
    return "\n  // Legend\n  \(Self.quotedID("legend")) [label=<\(table)>, "
      + attributes([("shape", "box"), ("style", "rounded"), ("color", "#d5d8dc"), ("fontsize", "9")]) + "];\n"
  }

  /// The edge kinds drawn, as a line drawn in text, a description and a
  /// colour.
  private func edgeKinds(for content: DiagramContent) -> [(String, String, String)] {
    var kinds: [(String, String, String)] = []
    if !content.speechEdges.isEmpty {
      kinds.append(("- - →", "statements (width: how many)", DiagramStyle.statementColor))
    }
    var families: [PredicateFamily: Set<Predicate>] = [:]
    for edge in content.relationEdges {
      families[PredicateFamily(edge.predicate), default: []].insert(edge.predicate)
    }
    for (family, predicates) in families.sorted(by: { $0.key < $1.key }) {
      let list = predicates.sorted().map(\.rawValue).joined(separator: ", ")
      kinds.append(("——→", "\(family.rawValue): \(list)", family.color))
    }
    return kinds
  }

  /// The legend as a cluster of sample nodes and edges.
  func legendCluster(for content: DiagramContent) -> String {
    var out = "\n  // Legend\n  subgraph \"cluster_legend\" {\n"
    out +=
      "    graph [\(attributes([("label", "Legend"), ("fontsize", "12"), ("style", "rounded"), ("color", "#d5d8dc")]))];\n"
    let types = Set(content.entities.map(\.type)).sorted()
    for type in types {
      out +=
        "    \(Self.quotedID("legend:\(type.rawValue)")) ["
        + attributes([
          ("label", type.rawValue), ("shape", DiagramStyle.shape(type)),
          ("fillcolor", DiagramStyle.fill(type)), ("fontsize", "9"), ("height", "0.3"),
          ("margin", "0.05"),
        ]) + "];\n"
    }
    var edges: [(key: String, label: String, style: [(String, String)])] = []
    if !content.speechEdges.isEmpty {
      edges.append(("said", "statements (cue ×count)", [("style", "dashed")]))
    }
    if !content.statements.isEmpty {
      edges.append(("said", "said (speaker → statement)", [("style", "dashed")]))
      if content.statements.contains(where: { !$0.about.isEmpty }) {
        edges.append(
          (
            "about", "about (statement → topic)",
            [("style", "dotted"), ("color", DiagramStyle.aboutColor), ("arrowhead", "vee")]
          ))
      }
    }
    var families: [PredicateFamily: Set<Predicate>] = [:]
    for edge in content.relationEdges {
      families[PredicateFamily(edge.predicate), default: []].insert(edge.predicate)
    }
    for (family, predicates) in families.sorted(by: { $0.key < $1.key }) {
      let list = predicates.sorted().map(\.rawValue).joined(separator: ", ")
      edges.append(
        (
          family.rawValue, "\(family.rawValue): \(list)",
          [("color", family.color), ("fontcolor", family.color)]
        ))
    }
    for edge in edges {
      let from = Self.quotedID("legend:edge:\(edge.key):from")
      let to = Self.quotedID("legend:edge:\(edge.key):to")
      let point = attributes([
        ("label", ""), ("shape", "point"), ("width", "0.06"), ("color", DiagramStyle.ink),
      ])
      out += "    \(from) [\(point)];\n    \(to) [\(point)];\n"
      out += "    \(from) -> \(to) [\(attributes([("label", edge.label)] + edge.style))];\n"
    }
    out += "  }\n"
    return out
  }
}
