import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One element of a parsed SVG document: its name, attributes and children.
///
/// Built by ``parse(_:)`` with Foundation's `XMLParser` (libxml2 on Linux),
/// which decodes entities and character references and never loads the
/// external DTD that Graphviz's `<!DOCTYPE>` names. Comments and processing
/// instructions are dropped.
struct SVGElement {
  /// A child: an element or text.
  enum Node {
    case element(SVGElement)
    case text(String)
  }

  /// The qualified name (`svg`, `g`, `linearGradient`).
  var name: String
  /// The attributes by qualified name (`class`, `xlink:title`).
  var attributes: [String: String]
  /// The children in document order.
  var children: [Node] = []

  /// The child elements.
  var elements: [SVGElement] {
    children.compactMap {
      if case .element(let element) = $0 { element } else { nil }
    }
  }

  /// The concatenated text of the children, not descending into elements.
  var text: String {
    children.map {
      if case .text(let text) = $0 { text } else { "" }
    }.joined()
  }

  /// The whitespace-separated values of the `class` attribute.
  var classes: [Substring] {
    (attributes["class"] ?? "").split(separator: " ")
  }

  /// The first descendant, depth first, for which `predicate` holds.
  func firstDescendant(where predicate: (SVGElement) -> Bool) -> SVGElement? {
    for child in elements {
      if predicate(child) { return child }
      if let found = child.firstDescendant(where: predicate) { return found }
    }
    return nil
  }

  /// Parses an XML document.
  ///
  /// - Parameter xml: The document text.
  /// - Returns: The root element, or nil when the text is not well-formed XML.
  static func parse(_ xml: String) -> SVGElement? {
    let builder = TreeBuilder()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    guard parser.parse() else { return nil }
    return builder.root
  }
}

/// Collects `XMLParser` events into ``SVGElement`` values.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  var root: SVGElement?
  private var stack: [SVGElement] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    stack.append(SVGElement(name: qName ?? elementName, attributes: attributeDict))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(.element(element))
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    append(string)
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    append(String(decoding: CDATABlock, as: UTF8.self))
  }

  private func append(_ text: String) {
    guard !stack.isEmpty else { return }
    if case .text(let previous) = stack[stack.count - 1].children.last {
      stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(
        previous + text)
    } else {
      stack[stack.count - 1].children.append(.text(text))
    }
  }
}
