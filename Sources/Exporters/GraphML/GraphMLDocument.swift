/// A GraphML file as parsed, before it is interpreted as a knowledge graph:
/// the key declarations, the graph's attributes, and its nodes and edges with
/// their attributes by `attr.name`.
struct GraphMLDocument {
  /// One `<key>` declaration.
  struct Key {
    /// The key's XML id.
    var id: String
    /// `graph`, `node`, `edge` or `all`.
    var domain: String
    /// The attribute name, or nil for keys without one (yEd graphics).
    var name: String?
    /// The declared type, such as `string` or `int`.
    var type: String?
    /// The `<default>` value, if any.
    var defaultValue: String?
  }

  /// One `<node>` or `<edge>`.
  struct Element {
    /// The element's `id` attribute (empty for edges without one).
    var id: String
    /// For edges: the source node id.
    var source: String = ""
    /// For edges: the target node id.
    var target: String = ""
    /// The line the element starts on, for messages.
    var line: Int
    /// The attributes by `attr.name`.
    var attributes: [String: String] = [:]
  }

  /// The declared keys by id.
  var keys: [String: Key] = [:]
  /// The `<graph>` element's attributes by `attr.name`.
  var graphAttributes: [String: String] = [:]
  /// The nodes, in file order.
  var nodes: [Element] = []
  /// The edges, in file order.
  var edges: [Element] = []

  /// Fills in declared `<default>` values that elements do not override.
  mutating func applyDefaults() {
    for key in keys.values {
      guard let name = key.name, let value = key.defaultValue else { continue }
      if key.domain == "graph" || key.domain == "all", graphAttributes[name] == nil {
        graphAttributes[name] = value
      }
      if key.domain == "node" || key.domain == "all" {
        for index in nodes.indices where nodes[index].attributes[name] == nil {
          nodes[index].attributes[name] = value
        }
      }
      if key.domain == "edge" || key.domain == "all" {
        for index in edges.indices where edges[index].attributes[name] == nil {
          edges[index].attributes[name] = value
        }
      }
    }
  }
}
