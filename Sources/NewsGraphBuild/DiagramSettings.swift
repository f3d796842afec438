import Exporters
import KnowledgeGraph

/// What the relationship diagram shows: the settings of `build` and
/// `render` (`--layout`, `--focus`, `--depth`, `--types`, `--top`,
/// `--since`, `--until`), as the command line gives them.
package struct DiagramSettings: Sendable, Hashable {
  /// auto, or a layout engine's name.
  package var layout: String
  /// The entity (name, alias or id) whose neighbourhood is drawn, if any.
  package var focus: String?
  /// With ``focus``: how many steps from the entity to draw.
  package var depth: Int
  /// Entity types to draw, comma-separated; nil for all.
  package var types: String?
  /// The most entities to draw, the most connected first (0 for all).
  package var top: Int
  /// Draw only documents dated on or after this ISO date.
  package var since: String?
  /// Draw only documents dated on or before this ISO date.
  package var until: String?

  /// Creates settings; the defaults are the command line's.
  package init(
    layout: String = "auto", focus: String? = nil, depth: Int = 1, types: String? = nil, top: Int = 40,
    since: String? = nil, until: String? = nil
  ) {
    self.layout = layout
    self.focus = focus
    self.depth = depth
    self.types = types
    self.top = top
    self.since = since
    self.until = until
  }

  /// The part of a graph the diagram draws: the documents in the date range.
  package func dated(_ graph: KnowledgeGraph) -> KnowledgeGraph {
    graph.dated(since: since, until: until)
  }

  /// The entity types of ``types``.
  ///
  /// - Returns: The set, or nil when every type is drawn.
  /// - Throws: ``DiagramSettingsError/unknownType(_:)``.
  package func parsedTypes() throws(DiagramSettingsError) -> Set<EntityType>? {
    guard let types else { return nil }
    var set = Set<EntityType>()
    for name in types.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let type = EntityType(rawValue: name) else { throw .unknownType(name) }
      set.insert(type)
    }
    return set
  }

  /// The diagram options for a graph, resolving ``focus`` to an entity id.
  ///
  /// - Throws: ``DiagramSettingsError`` for an unknown type or focus.
  package func options(for graph: KnowledgeGraph) throws(DiagramSettingsError) -> DiagramOptions {
    var focusID: String?
    if let focus {
      guard let entity = graph.entities(named: focus).first else { throw .unknownFocus(focus) }
      focusID = entity.id
    }
    return DiagramOptions(
      focus: focusID, depth: depth, types: try parsedTypes(), topEntities: top == 0 || focusID != nil ? nil : top,
      layout: layout == "auto" ? nil : DiagramLayout(rawValue: layout))
  }

  /// The settings as one line of the build stamp.
  var stampLine: String {
    "layout=\(layout) focus=\(focus ?? "") depth=\(depth) types=\(types ?? "") top=\(top) since=\(since ?? "") until=\(until ?? "")"
  }
}

/// Diagram settings that name what the graph lacks.
package enum DiagramSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
  /// `--types` names no entity type.
  case unknownType(String)
  /// `--focus` names no entity of the graph.
  case unknownFocus(String)

  package var description: String {
    switch self {
    case .unknownType(let name):
      "Unknown entity type '\(name)'. Use \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))."
    case .unknownFocus(let name):
      "No entity named '\(name)' in the graph."
    }
  }
}
