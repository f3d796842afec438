/// A Graphviz SVG diagram made safe, self-contained and interactive for
/// inlining in the HTML report.
///
/// The SVG is parsed and written out again element by element, so nothing
/// passes through unescaped:
/// - only drawing elements are kept (`svg g title polygon path text a ...`);
///   scripts, `foreignObject`, images, styles and unknown elements are
///   dropped with their contents, and so are comments, the XML declaration
///   and the DOCTYPE;
/// - event handlers (`on...`), namespace declarations, every `href` and any
///   value pointing outside the document (`url(...)` other than `url(#...)`,
///   `javascript:`, CSS escapes and `@` rules in styles) are dropped;
/// - the root's `width` and `height` are dropped (the page sizes the
///   diagram; the `viewBox` keeps its proportions), and so are the titles
///   of the graph and its clusters (they would be the hover text of the
///   whole drawing);
/// - ids starting with `ng-` (the page's own) get an `svg-` prefix, in
///   `url(#...)` references too.
///
/// Graphviz writes a node as `<g class="node"><title>NODE NAME</title>`,
/// and ``DOTWriter`` names entity nodes by entity id. Each node whose name
/// is an entity in the report gets `data-entity` (the id), `tabindex="0"`,
/// `role="button"` and an `aria-label`; each edge between named nodes gets
/// `data-from`/`data-to`. The `<title>` of nodes and edges (their hover
/// text) becomes the diagram's tooltip text (Graphviz's `xlink:title`).
struct InlineSVG {
  /// The markup to place in the page: one `<svg>` element.
  var markup: String
  /// The entity ids of the nodes made interactive, in document order.
  var entityIDs: [String]

  private static let allowedElements: Set<String> = [
    "svg", "g", "title", "desc", "a", "polygon", "polyline", "path", "ellipse", "circle", "rect",
    "line", "text", "tspan", "defs", "linearGradient", "radialGradient", "stop", "clipPath",
  ]

  /// Elements whose text is shown (all other text is layout whitespace).
  private static let textElements: Set<String> = ["title", "desc", "text", "tspan"]

  /// Makes an inline diagram from SVG text.
  ///
  /// - Parameters:
  ///   - svg: The SVG document, as Graphviz renders it.
  ///   - entityNames: The names of the entities the report lists, by id;
  ///     nodes with these names become interactive.
  /// - Returns: nil when the text is not a well-formed SVG document.
  init?(svg: String, entityNames: [String: String]) {
    guard let root = SVGElement.parse(svg), root.name == "svg" else { return nil }
    var writer = Writer(entityNames: entityNames, nodeNames: Self.nodeNames(in: root))
    writer.write(root, isRoot: true)
    markup = writer.out
    entityIDs = writer.entityIDs
  }

  /// The names (`<title>` texts) of every Graphviz node.
  private static func nodeNames(in element: SVGElement) -> Set<String> {
    var names = Set<String>()
    for child in element.elements {
      if child.name == "g", child.classes.contains("node"),
        let title = child.elements.first(where: { $0.name == "title" })
      {
        names.insert(title.text)
      }
      names.formUnion(nodeNames(in: child))
    }
    return names
  }

  // MARK: - Writing

  private struct Writer {
    let entityNames: [String: String]
    let nodeNames: Set<String>
    var out = ""
    var entityIDs: [String] = []

    mutating func write(_ element: SVGElement, isRoot: Bool = false, title: String? = nil) {
      guard InlineSVG.allowedElements.contains(element.name) else { return }
      var attributes = element.attributes.filter {
        InlineSVG.isAllowed(name: $0.key, value: $0.value)
      }
      var childTitle: String?
      if isRoot {
        attributes["width"] = nil
        attributes["height"] = nil
        attributes["class"] = "ng-svg"
        attributes["role"] = "group"
        attributes["aria-label"] = "Relationship diagram"
      }
      if element.name == "g",
        let name = element.elements.first(where: { $0.name == "title" })?.text
      {
        let classes = element.classes
        if classes.contains("node") {
          if let entity = entityNames[name] {
            entityIDs.append(name)
            attributes["data-entity"] = name
            attributes["tabindex"] = "0"
            attributes["role"] = "button"
            attributes["aria-label"] = "Show the statements by or about \(entity)"
            attributes["class"] = (attributes["class"] ?? "") + " ng-entity"
          }
        } else if classes.contains("edge"), let (from, to) = endpoints(of: name) {
          attributes["data-from"] = from
          attributes["data-to"] = to
        }
        if classes.contains("node") || classes.contains("edge") {
          let tooltip = element.firstDescendant { $0.name == "a" }?.attributes["xlink:title"]
          childTitle = tooltip.flatMap { $0.isEmpty ? nil : $0 }
        }
      }
      if element.name == "a" { attributes["xlink:title"] = nil }
      // The page's own ids start with "ng-": keep the diagram's apart.
      for (name, value) in attributes where name == "id" || value.contains("url(#ng-") {
        attributes[name] =
          name == "id" && value.hasPrefix("ng-")
          ? "svg-" + value : value.replacingOccurrences(of: "url(#ng-", with: "url(#svg-ng-")
      }
      // The graph's and clusters' names would be the hover text of the whole
      // drawing ("newsgraph", "cluster_legend").
      let dropsTitle =
        element.name == "g"
        && element.classes.contains { $0 == "graph" || $0 == "cluster" }

      out += "<" + element.name
      for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
        out += " \(name)=\"\(HTMLText.attribute(value))\""
      }
      out += ">"
      var replacedTitle = false
      for child in element.children {
        switch child {
        case .text(let text) where InlineSVG.textElements.contains(element.name):
          out += HTMLText.content(element.name == "title" ? (title ?? text) : text)
        case .text(let text):
          // Layout whitespace (and what removed comments leave): one line break.
          if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            if text.contains("\n") { out += "\n" }
          } else {
            out += HTMLText.content(text)
          }
        case .element(let inner) where inner.name == "title" && dropsTitle:
          continue
        case .element(let inner):
          if inner.name == "title", !replacedTitle, let childTitle {
            replacedTitle = true
            write(inner, title: childTitle)
          } else {
            write(inner)
          }
        }
      }
      out += "</\(element.name)>"
    }

    /// The tail and head of a Graphviz edge named `tail->head` (or `tail--head`),
    /// when both are node names.
    func endpoints(of name: String) -> (String, String)? {
      for separator in ["->", "--"] {
        var searchStart = name.startIndex
        while let range = name.range(of: separator, range: searchStart..<name.endIndex) {
          let from = String(name[..<range.lowerBound])
          let to = String(name[range.upperBound...])
          if nodeNames.contains(from), nodeNames.contains(to) { return (from, to) }
          searchStart = name.index(after: range.lowerBound)
        }
      }
      return nil
    }
  }

  // MARK: - Attributes

  /// Whether an attribute may be copied: a plain name, not an event handler,
  /// namespace declaration or link, and no reference outside the document.
  static func isAllowed(name: String, value: String) -> Bool {
    let lowered = name.lowercased()
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
      name.unicodeScalars.allSatisfy({
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || "_.:-".unicodeScalars.contains($0)
      }),
      !lowered.hasPrefix("on"), lowered != "xmlns", !lowered.hasPrefix("xmlns:"),
      lowered != "href", !lowered.hasSuffix(":href"), lowered != "src",
      // CSS escapes could hide a url( from the check below.
      !value.contains("\\")
    else { return false }
    let compact = String(
      String.UnicodeScalarView(
        value.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
    if compact.contains("javascript:") || compact.contains("data:") { return false }
    if lowered == "style", compact.contains("@") || compact.contains("expression(") {
      return false
    }
    var rest = compact[...]
    while let range = rest.range(of: "url(") {
      rest = rest[range.upperBound...]
      let target = rest.drop { $0 == "\"" || $0 == "'" }
      if !target.hasPrefix("#") { return false }
    }
    return true
  }
}
