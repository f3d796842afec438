import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses GraphML text into a ``GraphMLDocument`` with Foundation's
/// `XMLParser` (libxml2 on Linux).
///
/// Only one flat graph is supported: nested graphs and hyperedges are
/// errors, as are `<data>` elements whose key is not declared or is
/// declared for another kind of element. Elements from other namespaces
/// (yEd's graphics) are skipped, along with their text.
final class GraphMLParser: NSObject, XMLParserDelegate {
  /// A parse failure: the line and the reason.
  struct Failure: Error {
    /// The 1-based line number.
    var line: Int
    /// What is wrong.
    var reason: String
  }

  private static let namespace = "http://graphml.graphdrawing.org/xmlns"

  private var document = GraphMLDocument()
  private var failure: Failure?
  private weak var parser: XMLParser?

  private enum Owner {
    case none, graph
    case node(Int)
    case edge(Int)
  }
  private var owner = Owner.none
  private var graphDepth = 0
  private var openKey: String?
  private var openData: GraphMLDocument.Key?
  private var collectingDefault = false
  private var buffer = ""
  private var foreignDepth = 0
  private var nodeIDs = Set<String>()

  /// Parses GraphML data.
  ///
  /// - Parameter data: The file contents.
  /// - Returns: The parsed document, with declared defaults applied.
  /// - Throws: ``Failure`` with the line and reason.
  static func parse(_ data: Data) throws(Failure) -> GraphMLDocument {
    guard data.contains(where: { !" \t\r\n".utf8.contains($0) }) else {
      throw Failure(line: 1, reason: "malformed XML: empty document")
    }
    try checkEncoding(data)
    try checkProcessingInstructions(data)
    let delegate = GraphMLParser()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    delegate.parser = parser
    // libxml2 recovers from some errors and parse() still returns true,
    // so any reported error counts.
    let ok = parser.parse()
    if let failure = delegate.failure { throw failure }
    if !ok || parser.parserError != nil {
      let code = (parser.parserError as NSError?)?.code ?? 0
      throw Failure(line: parser.lineNumber, reason: describe(code))
    }
    guard delegate.depth == 0 else {
      throw Failure(
        line: parser.lineNumber, reason: "malformed XML: the file ends inside an element")
    }
    guard delegate.sawGraph else {
      throw Failure(line: max(1, parser.lineNumber), reason: "no <graph> element")
    }
    var document = delegate.document
    document.applyDefaults()
    return document
  }

  private var sawGraph = false
  private var depth = 0

  /// Refuses a processing instruction with a target and no data
  /// (`<?name?>`): Foundation's `XMLParser` reads its missing data as a C
  /// string and crashes. One inside a comment is refused too.
  ///
  /// - Parameter data: The file contents.
  /// - Throws: ``Failure`` on the instruction's line.
  static func checkProcessingInstructions(_ data: Data) throws(Failure) {
    let bytes = [UInt8](data)
    var line = 1
    var k = 0
    while k + 1 < bytes.count {
      if bytes[k] == UInt8(ascii: "\n") { line += 1 }
      guard bytes[k] == UInt8(ascii: "<"), bytes[k + 1] == UInt8(ascii: "?") else {
        k += 1
        continue
      }
      var end = k + 2
      while end < bytes.count, !" \t\r\n?>".utf8.contains(bytes[end]) { end += 1 }
      if end > k + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"), bytes[end + 1] == UInt8(ascii: ">") {
        let target = String(decoding: bytes[(k + 2)..<end], as: UTF8.self)
        throw Failure(line: line, reason: "malformed XML: processing instruction '<?\(target)?>' without data")
      }
      k += 2
    }
  }

  /// The encodings a file may declare: UTF-8 and its ASCII subset.
  private static let encodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

  /// Accepts only UTF-8 text that starts with `<` (after an optional byte
  /// order mark and white space) and declares no other encoding.
  ///
  /// libxml2's incremental parser, which `XMLParser` uses, crashes on some
  /// declared encodings ("UTF-7", "UTF-32", "EBCDIC-US") and on UTF-16 text
  /// declaring another one, so such files never reach it. GraphML writers
  /// (ours, networkx, yEd, Gephi) write UTF-8.
  ///
  /// - Parameter data: The file contents.
  /// - Throws: ``Failure`` on line 1 naming the problem.
  static func checkEncoding(_ data: Data) throws(Failure) {
    let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    guard let first = bytes.first(where: { !" \t\r\n".utf8.contains($0) }), first == UInt8(ascii: "<"),
      !bytes.prefix(1024).contains(0)
    else {
      throw Failure(line: 1, reason: "malformed XML: not UTF-8 text starting with '<'")
    }
    // The XML declaration, if any: `<?xml version="1.0" encoding="..."?>`.
    let head = Array(bytes.prefix(512))
    guard let open = head.firstRange(of: Array("<?xml".utf8)),
      let close = head[open.upperBound...].firstRange(of: Array("?>".utf8)),
      let name = head[open.upperBound..<close.lowerBound].firstRange(of: Array("encoding".utf8))
    else { return }
    var k = name.upperBound
    while k < close.lowerBound, " \t\r\n=".utf8.contains(head[k]) { k += 1 }
    guard k < close.lowerBound, head[k] == UInt8(ascii: "\"") || head[k] == UInt8(ascii: "'") else { return }
    let quote = head[k]
    let value = head[(k + 1)..<close.lowerBound].prefix { $0 != quote }
    let encoding = String(decoding: value, as: UTF8.self)
    guard Self.encodings.contains(encoding.lowercased()) else {
      throw Failure(line: 1, reason: "unsupported encoding '\(encoding)': GraphML is read as UTF-8")
    }
  }

  /// A message for an `XMLParser` error code, which on Linux is libxml2's
  /// `xmlParserErrors` value (Apple's `XMLParser.ErrorCode` uses the same
  /// numbers for these).
  static func describe(_ code: Int) -> String {
    let reasons = [
      4: "empty document", 5: "unexpected content or end of file",
      9: "character not allowed in XML", 26: "undeclared entity", 27: "undeclared entity",
      38: "unescaped '<' in an attribute value", 39: "unescaped '<' in an attribute value",
      41: "unterminated attribute value", 43: "attribute given twice", 68: "name expected",
      73: "'>' expected", 76: "mismatched end tag", 77: "unterminated tag",
      201: "undefined namespace prefix",
    ]
    return "malformed XML: " + (reasons[code] ?? "libxml2 error \(code)")
  }

  private func fail(_ reason: String) {
    guard failure == nil else { return }
    failure = Failure(line: max(1, parser?.lineNumber ?? 1), reason: reason)
    parser?.abortParsing()
  }

  private var line: Int { parser?.lineNumber ?? 0 }

  // MARK: - XMLParserDelegate

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    guard failure == nil else { return }
    depth += 1
    let inGraphML = namespaceURI == nil || namespaceURI == "" || namespaceURI == Self.namespace
    if foreignDepth > 0 || !inGraphML || openData != nil {
      foreignDepth += 1
      return
    }
    switch elementName {
    case "key":
      guard let id = attributes["id"] else { return fail("<key> without id") }
      document.keys[id] = GraphMLDocument.Key(
        id: id, domain: attributes["for"] ?? "all", name: attributes["attr.name"],
        type: attributes["attr.type"])
      openKey = id
    case "default":
      if openKey != nil {
        collectingDefault = true
        buffer = ""
      }
    case "graph":
      graphDepth += 1
      sawGraph = true
      guard graphDepth == 1 else { return fail("nested graphs are not supported") }
      owner = .graph
    case "node":
      guard graphDepth == 1 else { return fail("<node> outside <graph>") }
      guard let id = attributes["id"] else { return fail("<node> without id") }
      guard nodeIDs.insert(id).inserted else { return fail("duplicate node id '\(id)'") }
      document.nodes.append(.init(id: id, line: line))
      owner = .node(document.nodes.count - 1)
    case "edge":
      guard graphDepth == 1 else { return fail("<edge> outside <graph>") }
      guard let source = attributes["source"], let target = attributes["target"] else {
        return fail("<edge> without source or target")
      }
      document.edges.append(
        .init(id: attributes["id"] ?? "", source: source, target: target, line: line))
      owner = .edge(document.edges.count - 1)
    case "data":
      guard let keyID = attributes["key"], let key = document.keys[keyID] else {
        return fail("undeclared key '\(attributes["key"] ?? "")'")
      }
      let domain: String
      switch owner {
      case .graph: domain = "graph"
      case .node: domain = "node"
      case .edge: domain = "edge"
      case .none: domain = "graphml"
      }
      guard key.domain == domain || key.domain == "all" || domain == "graphml" else {
        return fail("key '\(keyID)' is declared for \(key.domain), used on \(domain)")
      }
      openData = key
      buffer = ""
    case "hyperedge":
      fail("hyperedges are not supported")
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard failure == nil else { return }
    depth -= 1
    if foreignDepth > 0 {
      foreignDepth -= 1
      return
    }
    switch elementName {
    case "key":
      openKey = nil
    case "default":
      if let id = openKey, collectingDefault {
        document.keys[id]?.defaultValue = buffer
        collectingDefault = false
      }
    case "graph":
      graphDepth -= 1
      owner = .none
    case "node", "edge":
      owner = .graph
    case "data":
      guard let key = openData else { return }
      openData = nil
      guard let name = key.name else { return }
      switch owner {
      case .graph: document.graphAttributes[name] = buffer
      case .node(let index): document.nodes[index].attributes[name] = buffer
      case .edge(let index): document.edges[index].attributes[name] = buffer
      case .none: break
      }
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    fail(Self.describe((parseError as NSError).code))
  }

  func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
    fail(Self.describe((validationError as NSError).code))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if foreignDepth == 0, openData != nil || collectingDefault { buffer += string }
  }

  func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
    if foreignDepth == 0, openData != nil || collectingDefault { buffer += whitespaceString }
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    if foreignDepth == 0, openData != nil || collectingDefault {
      buffer += String(decoding: CDATABlock, as: UTF8.self)
    }
  }
}
