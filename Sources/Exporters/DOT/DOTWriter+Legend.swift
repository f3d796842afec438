import KnowledgeGraph

extension DOTWriter {
  /// A cluster explaining the node shapes and edge kinds the diagram uses.
  func legend(for content: DiagramContent) -> String {
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
