import KnowledgeGraph

/// Lays a diagram out so that a person can read it on a screen: fitted to
/// 1920 × 1080 pixels, every node's name is at least 9 pixels high.
///
/// The first layout is the one the options ask for (or the automatic one);
/// when its drawing is too large for its labels to stay readable once
/// fitted, the force-directed layouts are tried (`dot` spreads wide graphs
/// out in long ranks), and then fewer entities, until one fits or nothing
/// is left to try (the most readable drawing is kept). A layout named in
/// the options is never replaced.
///
/// ```swift
/// let fitted = try DiagramFit.render(graph, options: DiagramOptions()) { dot, layout in
///   try Renderer.render(dot: dot, engine: LayoutEngine(rawValue: layout.rawValue)!, format: .svg)
/// }
/// ```
public enum DiagramFit {
  /// The screen the diagram is fitted to, in pixels.
  public static let screen = (width: 1920.0, height: 1080.0)
  /// The least height of a node's name, in pixels, once fitted.
  public static let minimumLabelPixels = 9.0
  /// The font size of node names, in points (``DOTWriter``'s node default).
  public static let nodeFontSize = 11.0

  /// A rendered diagram and what it was made from.
  public struct Fitted: Sendable {
    /// The DOT source.
    public var dot: String
    /// The layout it was laid out with.
    public var layout: DiagramLayout
    /// The SVG.
    public var svg: [UInt8]
    /// The height of node names once fitted to the screen, in pixels (nil
    /// when the SVG gives no size).
    public var labelPixels: Double?
  }

  /// Renders a diagram, trying other layouts and fewer entities until its
  /// node names are readable on the screen.
  ///
  /// - Parameters:
  ///   - graph: The graph to draw.
  ///   - options: What to draw.
  ///   - render: Lays out DOT with a layout and renders it to SVG.
  /// - Returns: The most readable drawing found.
  /// - Throws: Whatever `render` throws.
  public static func render<Failure: Error>(
    _ graph: KnowledgeGraph, options: DiagramOptions,
    render: (String, DiagramLayout) throws(Failure) -> [UInt8]
  ) throws(Failure) -> Fitted {
    var attempts: [DiagramOptions] = [options]
    if options.layout == nil {
      for layout in [DiagramLayout.sfdp, .neato] {
        var other = options
        other.layout = layout
        attempts.append(other)
      }
      if let top = options.topEntities, options.focus == nil {
        for share in [0.75, 0.5] {
          var fewer = options
          fewer.layout = .sfdp
          fewer.topEntities = max(5, Int(Double(top) * share))
          attempts.append(fewer)
        }
      }
    }
    var best: Fitted?
    var tried = Set<String>()
    for attempt in attempts {
      let writer = DOTWriter(options: attempt)
      let layout = writer.layout(for: graph)
      let dot = writer.string(for: graph)
      guard tried.insert(dot).inserted else { continue }
      let svg = try render(dot, layout)
      let fitted = Fitted(dot: dot, layout: layout, svg: svg, labelPixels: labelPixels(svg: svg))
      if best == nil || (fitted.labelPixels ?? 0) > (best?.labelPixels ?? 0) { best = fitted }
      if (fitted.labelPixels ?? .infinity) >= minimumLabelPixels { return fitted }
    }
    // `attempts` is never empty, so a drawing was made.
    return best ?? Fitted(dot: "", layout: .dot, svg: [], labelPixels: nil)
  }

  /// How high a node's name is, in pixels, when an SVG drawing is fitted
  /// to the screen: the font size times the scale that fits the drawing's
  /// size (in points, as Graphviz writes it) into 1920 × 1080.
  ///
  /// - Parameter svg: An SVG written by Graphviz.
  /// - Returns: The height, or nil when the SVG gives no size in points.
  public static func labelPixels(svg: [UInt8]) -> Double? {
    guard let (width, height) = size(of: svg), width > 0, height > 0 else { return nil }
    return nodeFontSize * min(screen.width / width, screen.height / height)
  }

  /// The `width` and `height` of an SVG's root element, in points.
  static func size(of svg: [UInt8]) -> (Double, Double)? {
    let head = String(decoding: svg.prefix(4096), as: UTF8.self)
    guard let start = head.range(of: "<svg") else { return nil }
    let tag = head[start.upperBound...].prefix { $0 != ">" }
    func value(_ name: String) -> Double? {
      guard let found = tag.range(of: " \(name)=\"") else { return nil }
      let number = tag[found.upperBound...].prefix { $0.isNumber || $0 == "." }
      return Double(number)
    }
    guard let width = value("width"), let height = value("height") else { return nil }
    return (width, height)
  }
}
