import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The text of an SVG's `<text>` elements, entities decoded.
final class SVGText: NSObject, XMLParserDelegate {
  private var strings: [String] = []
  private var current: String?

  static func strings(in svg: String) throws -> [String] {
    let delegate = SVGText()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = delegate
    guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
    return delegate.strings
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    if elementName == "text" { current = "" }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current? += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    if elementName == "text", let current {
      strings.append(current)
      self.current = nil
    }
  }
}
