import KnowledgeGraph

/// What ``DOTWriter`` draws and how.
///
/// The defaults give the relationship diagram of `newsgraph build`: the 40
/// most important named entities, statements collapsed into speaker → topic
/// edges (one edge per pair, its width by count), at most 60 edges (each
/// node's strongest first), labels on the 15 strongest, a legend, and an
/// automatic layout. ``full`` gives the whole graph with statement nodes,
/// for `--format dot` export.
public struct DiagramOptions: Sendable, Hashable {
  /// The entity id at the centre of the diagram, or nil for the whole graph.
  public var focus: String?
  /// How many steps from ``focus`` to draw.
  public var depth: Int
  /// The entity types to draw, or nil for all.
  public var types: Set<EntityType>?
  /// The most entities to draw, the most important first (mentions plus
  /// connections), or nil for all. The focus is always drawn.
  public var topEntities: Int?
  /// Whether statements become speaker → topic edges labelled with their
  /// cues and count (true), or nodes with `said` and `about` edges (false).
  public var collapseStatements: Bool
  /// Whether entities without any drawn edge are drawn (they always are
  /// when the diagram has no edges at all).
  public var includeIsolated: Bool
  /// Whether to draw a legend of the node types and edge kinds present.
  public var showLegend: Bool
  /// A title above the diagram, or nil for none.
  public var title: String?
  /// The layout engine, or nil to choose by size (see
  /// ``DiagramLayout/automatic(nodeCount:edgeCount:)``).
  public var layout: DiagramLayout?
  /// With collapsed statements: the most edges drawn, or nil for all. Each
  /// node keeps its ``edgesPerNode`` strongest edges first, then the
  /// strongest others fill up to the limit; an edge's strength is its
  /// statement count, or twice its relation count.
  public var maxEdges: Int?
  /// With ``maxEdges``: how many of its strongest edges each node keeps.
  public var edgesPerNode: Int
  /// How many of the strongest edges carry a text label (all carry a
  /// tooltip, and a width by count), or nil for all.
  public var labelledEdges: Int?
  /// Whether only named entities may be drawn: no lower-case common nouns
  /// ("people", "talks"), no group without an affiliation ("analysts"), no
  /// entity of one document whose name was too ambiguous to join. Ignored
  /// with ``includeIsolated``, which draws every entity.
  public var namedEntitiesOnly: Bool

  /// Creates diagram options.
  ///
  /// - Parameters:
  ///   - focus: The entity id at the centre, or nil.
  ///   - depth: Steps from the focus to draw (at least 0).
  ///   - types: The entity types to draw, or nil for all.
  ///   - topEntities: The most entities to draw, or nil for all.
  ///   - collapseStatements: Whether statements become speaker → topic edges.
  ///   - includeIsolated: Whether to draw entities without edges.
  ///   - showLegend: Whether to draw a legend.
  ///   - title: A title, or nil.
  ///   - layout: The layout engine, or nil for automatic.
  ///   - maxEdges: The most edges drawn, or nil for all.
  ///   - edgesPerNode: How many strongest edges each node keeps first.
  ///   - labelledEdges: How many of the strongest edges are labelled, or nil
  ///     for all.
  ///   - namedEntitiesOnly: Whether to leave out common nouns, unaffiliated
  ///     groups and one-document ambiguous names.
  public init(
    focus: String? = nil, depth: Int = 1, types: Set<EntityType>? = nil,
    topEntities: Int? = 40, collapseStatements: Bool = true, includeIsolated: Bool = false,
    showLegend: Bool = true, title: String? = nil, layout: DiagramLayout? = nil, maxEdges: Int? = 60,
    edgesPerNode: Int = 2, labelledEdges: Int? = 15, namedEntitiesOnly: Bool = true
  ) {
    self.focus = focus
    self.depth = max(0, depth)
    self.types = types
    self.topEntities = topEntities
    self.collapseStatements = collapseStatements
    self.includeIsolated = includeIsolated
    self.showLegend = showLegend
    self.title = title
    self.layout = layout
    self.maxEdges = maxEdges
    self.edgesPerNode = max(0, edgesPerNode)
    self.labelledEdges = labelledEdges
    self.namedEntitiesOnly = namedEntitiesOnly
  }

  /// The whole graph: every entity (isolated ones too), statement nodes with
  /// `said` and `about` edges, every relation, no legend.
  public static let full = DiagramOptions(
    topEntities: nil, collapseStatements: false, includeIsolated: true, showLegend: false, maxEdges: nil,
    labelledEdges: nil, namedEntitiesOnly: false)
}
