internal import CGraphviz
import Synchronization

/// The process-wide Graphviz lock, holding the one Graphviz context.
///
/// libcgraph and libgvc keep global state (the DOT lexer and parser, the
/// error log, plugin state) and crash when used from two threads at once,
/// even with one context per thread. Every call into Graphviz, parse, layout
/// or render, happens inside `graphviz.withLock`. This is the only global
/// mutable state in NewsGraph; the context is created on first use.
let graphviz = Mutex(GraphvizContext())

/// A cgraph root graph (`Agraph_t *`), valid until `agclose`.
typealias GraphPointer = UnsafeMutablePointer<Agraph_t>

/// The one Graphviz context (`GVC_t`): configuration and loaded plugins.
///
/// Created once (each context costs about 5 ms and leaks a few KB) and
/// freed in `deinit`. Use it only through ``graphviz``'s lock.
final class GraphvizContext {
  /// The `GVC_t *` this object owns.
  let pointer: OpaquePointer

  /// Switches cgraph to keeping its messages, then creates the context.
  ///
  /// `agseterr(AGMAX)` makes cgraph log errors and warnings for
  /// `aglasterr()` instead of printing them to stderr.
  init() {
    ng_keep_errors()
    // gvContext() allocates with a helper that aborts when memory runs out,
    // so a NULL here is not a recoverable condition.
    guard let pointer = gvContext() else {
      fatalError("Graphviz: gvContext() returned NULL")
    }
    self.pointer = pointer
  }

  deinit {
    gvFreeContext(pointer)
  }

  // MARK: - Parsing

  /// Parses one graph from DOT text and passes it to `body`.
  ///
  /// The graph is closed when `body` returns. The text after the first
  /// graph is read too, so that trailing garbage and extra graphs are found
  /// (the `dot` command would read them) and cgraph's lexer is empty for the
  /// next call.
  /// - Parameters:
  ///   - dot: DOT text holding exactly one graph.
  ///   - body: Work on the graph; it must not keep the pointer.
  /// - Returns: What `body` returns.
  /// - Throws: ``GraphvizError/parse(_:)`` with Graphviz's message if `dot`
  ///   is not exactly one well-formed graph; what `body` throws.
  func withGraph<Result>(
    parsing dot: String,
    _ body: (GraphPointer) throws(GraphvizError) -> Result
  ) throws(GraphvizError) -> Result {
    guard !dot.utf8.contains(0) else {
      throw .parse("input contains a NUL character")
    }
    // cgraph reads through a pointer to the reader; both the reader and
    // the text must stay put until the last read.
    let text = UnsafeMutableBufferPointer<UInt8>.allocate(
      capacity: dot.utf8.count)
    defer { text.deallocate() }
    _ = text.initialize(from: dot.utf8)
    let reader = UnsafeMutablePointer<ng_text_reader>.allocate(capacity: 1)
    defer { reader.deallocate() }
    reader.initialize(
      to: ng_text_reader(
        text: text.baseAddress, length: text.count, position: 0))
    return try withGraph(reading: reader, body)
  }

  /// Parses the first graph from `reader`, checks that nothing follows it,
  /// and passes it to `body`.
  ///
  /// - Parameters:
  ///   - reader: The text, not read yet.
  ///   - body: Work on the graph; it must not keep the pointer.
  /// - Returns: What `body` returns.
  /// - Throws: ``GraphvizError/parse(_:)`` if the text is not exactly one
  ///   well-formed graph; what `body` throws.
  private func withGraph<Result>(
    reading reader: UnsafeMutablePointer<ng_text_reader>,
    _ body: (GraphPointer) throws(GraphvizError) -> Result
  ) throws(GraphvizError) -> Result {
    ng_begin_text()
    ng_reset_errors()
    guard let graph = ng_read(reader) else {
      // A NULL without a fresh error means the text held no graph at all
      // (empty, blank or only comments); the log then holds an old message.
      let fresh = ng_error_level() > 0 ? Self.lastMessage() : nil
      throw .parse(fresh ?? "input holds no graph")
    }
    defer { agclose(graph) }
    try readRest(of: reader)
    return try body(graph)
  }

  /// Reads the text after the first graph to its end.
  ///
  /// Only blank space and comments may follow the graph. Reading to the
  /// end also empties cgraph's lexer, which would otherwise hand what it
  /// buffered beyond the graph to the next parse.
  /// - Parameter reader: The text, read up to the end of the first graph.
  /// - Throws: ``GraphvizError/parse(_:)`` if anything else follows.
  private func readRest(
    of reader: UnsafeMutablePointer<ng_text_reader>
  ) throws(GraphvizError) {
    ng_reset_errors()
    var extraGraphs = 0
    while let extra = ng_read(reader) {
      defer { agclose(extra) }
      extraGraphs += 1
    }
    if ng_error_level() > 0 {
      throw .parse(Self.lastMessage() ?? "syntax error after the graph")
    }
    guard extraGraphs == 0 else {
      throw .parse("input holds \(extraGraphs + 1) graphs, expected one")
    }
  }

  /// The last message in cgraph's log, without trailing whitespace.
  ///
  /// - Returns: The message, or nil if the log is empty.
  private static func lastMessage() -> String? {
    guard let message = ng_last_error() else { return nil }
    defer { ng_free(message) }
    var text = Substring(String(cString: message))
    while let last = text.last, last.isWhitespace {
      text.removeLast()
    }
    return text.isEmpty ? nil : String(text)
  }

  // MARK: - Layout and rendering

  /// Lays a graph out and calls `body` while the layout exists.
  ///
  /// The layout is freed (`gvFreeLayout`) when `body` returns, and also
  /// when the layout fails, since a layout can fail half-way.
  /// - Parameters:
  ///   - graph: A graph from ``withGraph(parsing:_:)``.
  ///   - engine: The layout algorithm.
  ///   - body: Work on the laid-out graph, such as ``render(_:format:)``.
  /// - Returns: What `body` returns.
  /// - Throws: ``GraphvizError/layout(engine:)`` if Graphviz fails; what
  ///   `body` throws.
  func withLayout<Result>(
    of graph: GraphPointer,
    engine: LayoutEngine,
    _ body: () throws(GraphvizError) -> Result
  ) throws(GraphvizError) -> Result {
    let status = ng_layout(pointer, graph, engine.rawValue)
    defer { gvFreeLayout(pointer, graph) }
    guard status == 0 else { throw .layout(engine: engine) }
    return try body()
  }

  /// Renders a laid-out graph into memory.
  ///
  /// - Parameters:
  ///   - graph: A graph inside ``withLayout(of:engine:_:)``.
  ///   - format: The output format.
  /// - Returns: The bytes Graphviz wrote, as `dot -T<format>` would.
  /// - Throws: ``GraphvizError/render(format:)`` if Graphviz fails.
  func render(
    _ graph: GraphPointer, format: RenderFormat
  ) throws(GraphvizError) -> [UInt8] {
    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let status = ng_render_data(
      pointer, graph, format.rawValue, &data, &length)
    // On failure Graphviz may leave `data` pointing at freed memory: only a
    // successful call hands us a buffer to free.
    guard status == 0, let data else { throw .render(format: format) }
    defer { gvFreeRenderData(data) }
    return [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
  }
}
