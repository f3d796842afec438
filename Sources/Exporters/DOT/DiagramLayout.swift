/// The Graphviz layout engine a diagram is drawn with.
///
/// Raw values are Graphviz engine names, the same as the renderer's
/// `LayoutEngine` (`LayoutEngine(rawValue: layout.rawValue)` converts).
/// ``DOTWriter`` writes the engine into the DOT source as the graph's
/// `layout` attribute and adapts its graph attributes to it: `rankdir=LR`
/// for `dot`, overlap removal (`overlap=prism`) for the force-directed ones.
public enum DiagramLayout: String, Sendable, Hashable, CaseIterable {
  /// Layered drawings; best for small graphs (slow above a few hundred nodes).
  case dot
  /// Spring model, for small graphs.
  case neato
  /// Force-directed placement, for small and medium graphs.
  case fdp
  /// Multiscale force-directed placement, for large graphs.
  case sfdp
  /// Circular layout.
  case circo
  /// Radial layout.
  case twopi

  /// The engine picked when none is asked for: `dot` up to
  /// ``automaticLimit`` nodes and ``automaticEdgeLimit`` edges, `sfdp`
  /// above.
  ///
  /// `dot` takes about 0.2 s on 100 random nodes (2.7 s with every edge
  /// labelled) but nearly a minute on 300, and its time grows as fast with
  /// the edges between few nodes: 40 nodes take 0.8 s with 250 labelled
  /// edges, 4.5 s with 400 and 24 s with 500; `sfdp` lays out 1,000 nodes
  /// in 0.16 s.
  /// - Parameters:
  ///   - nodeCount: The number of nodes in the diagram.
  ///   - edgeCount: The number of edges in the diagram.
  /// - Returns: `.dot` or `.sfdp`.
  public static func automatic(nodeCount: Int, edgeCount: Int = 0) -> DiagramLayout {
    nodeCount <= automaticLimit && edgeCount <= automaticEdgeLimit ? .dot : .sfdp
  }

  /// The largest node count for which ``automatic(nodeCount:edgeCount:)``
  /// picks `dot`.
  public static let automaticLimit = 100

  /// The largest edge count for which ``automatic(nodeCount:edgeCount:)``
  /// picks `dot`.
  public static let automaticEdgeLimit = 300
}
