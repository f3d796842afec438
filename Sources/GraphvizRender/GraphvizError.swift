/// An error from parsing, laying out or rendering a graph with Graphviz.
///
/// Messages come from Graphviz where it gives one; they are kept out of
/// stderr, so showing them is up to the caller.
public enum GraphvizError: Error, Equatable, Sendable {
  /// The DOT text is not one well-formed graph.
  ///
  /// The message is Graphviz's own (for example
  /// `syntax error in line 3 near '->'`) without the trailing newline, or
  /// a description of the problem when Graphviz gives none (empty input,
  /// more than one graph, a NUL character).
  case parse(_ message: String)
  /// The layout engine failed on the graph.
  case layout(engine: LayoutEngine)
  /// Rendering the laid-out graph in the format failed.
  case render(format: RenderFormat)
}

// MARK: - CustomStringConvertible

extension GraphvizError: CustomStringConvertible {
  /// A one-line (for parse errors: possibly multi-line) readable description.
  ///
  /// Suitable for showing to a user; the CLI prefixes it with the input path.
  public var description: String {
    switch self {
    case .parse(let message):
      "invalid DOT: \(message)"
    case .layout(let engine):
      "Graphviz layout with \(engine.rawValue) failed"
    case .render(let format):
      "Graphviz rendering as \(format.rawValue) failed"
    }
  }
}
