/// Renders and checks DOT text with Graphviz, in-process.
///
/// Calls libcgraph and libgvc directly (no `dot` process). Graphviz is not
/// thread-safe, so every call takes one process-wide lock: calls from many
/// tasks are safe, but run one at a time. Graphviz's messages never reach
/// stderr; parse errors carry them instead.
///
/// The input must hold exactly one graph. Unlike the `dot` command, which
/// renders every graph in its input one after the other, a second graph is
/// an error here.
public enum Renderer {
  /// Lays out and renders one graph given as DOT text.
  ///
  /// The `layout` attribute in the text is ignored in favour of `engine`.
  /// Otherwise the output is byte-for-byte what `dot -K<engine> -T<format>`
  /// writes for the same text (PDF may differ in its creation date), and
  /// the same text always gives the same bytes.
  ///
  /// Cost depends on the engine and graph far more than on the format:
  /// `dot` takes seconds to minutes beyond a few hundred nodes, where
  /// `sfdp` takes well under a second for a thousand. PNG costs much more
  /// than SVG.
  ///
  /// ```swift
  /// let svg = try Renderer.render(
  ///   dot: "digraph { a -> b }", engine: .dot, format: .svg)
  /// ```
  /// - Parameters:
  ///   - dot: DOT text holding exactly one graph. Comments and blank lines
  ///     may surround it.
  ///   - engine: The layout algorithm.
  ///   - format: The output format.
  /// - Returns: The rendered file's bytes (UTF-8 text for `svg`, `dot`
  ///   and `xdot`).
  /// - Throws: ``GraphvizError/parse(_:)`` if `dot` is not exactly one
  ///   well-formed graph (including empty input);
  ///   ``GraphvizError/layout(engine:)`` or
  ///   ``GraphvizError/render(format:)`` if Graphviz fails later.
  public static func render(
    dot: String, engine: LayoutEngine, format: RenderFormat
  ) throws(GraphvizError) -> [UInt8] {
    try graphviz.withLock { (context) throws(GraphvizError) -> [UInt8] in
      try context.withGraph(parsing: dot) {
        (graph) throws(GraphvizError) -> [UInt8] in
        try context.withLayout(of: graph, engine: engine) {
          () throws(GraphvizError) -> [UInt8] in
          try context.render(graph, format: format)
        }
      }
    }
  }

  /// Checks that DOT text is one well-formed graph, without laying it out.
  ///
  /// Only parses (cgraph's parser, as `agmemread` but reading the whole
  /// text), so it is fast even for graphs too large to lay out. It checks
  /// syntax, not attribute names or values: Graphviz accepts unknown
  /// attributes and reports bad values only when it lays out or renders.
  /// - Parameter dot: DOT text that should hold exactly one graph.
  /// - Throws: ``GraphvizError/parse(_:)`` with Graphviz's message, such as
  ///   `syntax error in line 2 near '}'`, or a description of the problem
  ///   when Graphviz gives none (empty input, more than one graph).
  public static func validate(dot: String) throws(GraphvizError) {
    try graphviz.withLock { (context) throws(GraphvizError) -> Void in
      try context.withGraph(parsing: dot) { (_) throws(GraphvizError) in }
    }
  }
}
