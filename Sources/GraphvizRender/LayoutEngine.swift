/// A Graphviz layout algorithm.
///
/// Each raw value is the engine's Graphviz name, as in `dot -K<name>`.
/// `dot` draws hierarchies and is best on small graphs: its running time
/// grows very fast with size (random sparse graphs with 300 nodes take about
/// a minute). Prefer `sfdp` for graphs with more than a few hundred nodes.
public enum LayoutEngine: String, CaseIterable, Sendable {
  /// Hierarchical (layered) drawings of directed graphs.
  case dot
  /// Spring model (stress majorization), for small undirected graphs.
  case neato
  /// Force-directed placement, for small and medium graphs.
  case fdp
  /// Multiscale force-directed placement, for large graphs.
  case sfdp
  /// Circular layout, for graphs made of cycles.
  case circo
  /// Radial layout around a root node.
  case twopi
}
