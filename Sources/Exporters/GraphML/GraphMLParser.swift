internal import CLibXML2
import Foundation

/// Parses GraphML text into a ``GraphMLDocument`` with libxml2's SAX2
/// parser, called directly (system library `CLibXML2`).
///
/// The parser streams: it never builds a tree, and it runs with
/// `XML_PARSE_HUGE`, so a graph of any size reads (Foundation's `XMLParser`
/// stops at libxml2's default limits, 10 MB for one text node or a lookup).
/// No entity is ever loaded or expanded besides the five predefined ones
/// and character references: the parser has no entity store, so a
/// `<!DOCTYPE>` entity is an undeclared entity, and there is no network
/// access. The text is read as UTF-8 whatever its declaration says.
///
/// Only one flat graph is supported: nested graphs and hyperedges are
/// errors, as are `<data>` elements whose key is not declared or is
/// declared for another kind of element. Elements from other namespaces
/// (yEd's graphics) are skipped, along with their text. Comments,
/// processing instructions and CDATA sections are read as XML says
/// (CDATA text is data).
final class GraphMLParser {
  /// A parse failure: the line and the reason.
  struct Failure: Error {
    /// The 1-based line number.
    var line: Int
    /// What is wrong.
    var reason: String
  }

  private static let namespace: StaticString = "http://graphml.graphdrawing.org/xmlns"

  private var document = GraphMLDocument()
  private var failure: Failure?
  /// The libxml2 parser context while a parse runs.
  private var context: xmlParserCtxtPtr?

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
  /// The UTF-8 bytes of the `<data>` or `<default>` text being read.
  private var buffer: [UInt8] = []
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
    let delegate = GraphMLParser()
    let line = data.withUnsafeBytes { delegate.run(over: $0) }
    if let failure = delegate.failure { throw failure }
    guard delegate.depth == 0 else {
      throw Failure(line: line, reason: "malformed XML: the file ends inside an element")
    }
    guard delegate.sawGraph else {
      throw Failure(line: max(1, line), reason: "no <graph> element")
    }
    var document = delegate.document
    document.applyDefaults()
    return document
  }

  private var sawGraph = false
  private var depth = 0

  /// The encodings a file may declare: UTF-8 and its ASCII subset.
  private static let encodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

  /// Accepts only UTF-8 text that starts with `<` (after an optional byte
  /// order mark and white space) and declares no other encoding.
  ///
  /// The parser reads every file as UTF-8 (`XML_PARSE_IGNORE_ENC`), so a
  /// file declaring another encoding would be misread; it is refused
  /// instead. (libxml2's incremental parser under Foundation's `XMLParser`,
  /// used before, crashed on some such declarations: "UTF-7", "UTF-32",
  /// "EBCDIC-US", UTF-16 text declaring another one.) GraphML writers
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
    failure = Failure(line: line, reason: reason)
    if let context { xmlStopParser(context) }
  }

  /// The parser's current line (1-based), where the element or text being
  /// reported ends.
  private var line: Int {
    guard let context else { return 1 }
    return max(1, Int(xmlSAX2GetLineNumber(context)))
  }
}

// MARK: - libxml2

extension GraphMLParser {
  /// Makes libxml2 ready once per process, before any thread parses
  /// (`xmlInitParser` is not safe to race in libxml2 2.9).
  private static let libxml2: Void = xmlInitParser()

  /// The bytes being parsed and how far libxml2 has read them.
  private struct Input {
    var bytes: UnsafeRawBufferPointer
    var offset = 0
  }

  /// Runs libxml2 over the bytes, calling back into this parser.
  ///
  /// The bytes are handed to libxml2 through a read callback, so documents
  /// past 2 GB (libxml2's `int` sizes for memory buffers) still read.
  /// - Parameter bytes: The document.
  /// - Returns: The line where parsing stopped.
  fileprivate func run(over bytes: UnsafeRawBufferPointer) -> Int {
    _ = Self.libxml2
    var handler = xmlSAXHandler()
    handler.initialized = ng_sax2_magic()
    handler.startElementNs = { context, localName, _, uri, _, _, count, _, attributes in
      guard let context, let localName else { return }
      GraphMLParser.from(context).startElement(
        localName: localName, uri: uri, count: Int(count), attributes: attributes)
    }
    handler.endElementNs = { context, localName, _, _ in
      guard let context, let localName else { return }
      GraphMLParser.from(context).endElement(localName: localName)
    }
    handler.characters = { context, text, length in
      guard let context, let text else { return }
      GraphMLParser.from(context).characters(text, Int(length))
    }
    handler.ignorableWhitespace = handler.characters
    handler.cdataBlock = handler.characters
    handler.serror = { context, error in
      guard let context, let error else { return }
      GraphMLParser.from(context).reportError(
        code: Int(error.pointee.code), level: error.pointee.level, line: Int(error.pointee.line))
    }

    var input = Input(bytes: bytes)
    return withUnsafeMutablePointer(to: &input) { inputPointer in
      let me = Unmanaged.passUnretained(self).toOpaque()
      guard
        let context = xmlCreateIOParserCtxt(
          &handler, me,
          { inputContext, target, length in
            guard let inputContext, let target, length > 0 else { return 0 }
            let input = inputContext.assumingMemoryBound(to: Input.self)
            let remaining = input.pointee.bytes.count - input.pointee.offset
            let count = min(Int(length), remaining)
            guard count > 0, let base = input.pointee.bytes.baseAddress else { return 0 }
            UnsafeMutableRawPointer(target).copyMemory(
              from: base + input.pointee.offset, byteCount: count)
            input.pointee.offset += count
            return Int32(count)
          }, nil, inputPointer, XML_CHAR_ENCODING_UTF8)
      else {
        failure = Failure(line: 1, reason: "malformed XML: libxml2 could not start a parser")
        return 1
      }
      self.context = context
      defer {
        self.context = nil
        xmlFreeParserCtxt(context)
      }
      _ = xmlCtxtUseOptions(context, ng_graphml_options())
      _ = xmlParseDocument(context)
      let line = self.line
      if failure == nil, context.pointee.wellFormed == 0 {
        failure = Failure(line: line, reason: Self.describe(Int(context.pointee.errNo)))
      }
      return line
    }
  }

  /// The parser behind a callback's context pointer.
  private static func from(_ context: UnsafeMutableRawPointer) -> GraphMLParser {
    Unmanaged<GraphMLParser>.fromOpaque(context).takeUnretainedValue()
  }

  private func reportError(code: Int, level: xmlErrorLevel, line: Int) {
    // Warnings (an unknown encoding name, a namespace URI that is not
    // absolute) do not stop a read; every error does, even where libxml2
    // would recover.
    guard level.rawValue >= XML_ERR_ERROR.rawValue, failure == nil else { return }
    failure = Failure(line: max(1, line), reason: Self.describe(code))
    if let context { xmlStopParser(context) }
  }

  /// Whether a NUL-terminated libxml2 string equals a Swift literal.
  private static func equals(_ text: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    strcmp(
      UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self),
      UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
  }

  /// The GraphML elements the parser acts on.
  private enum Name {
    case key, `default`, graph, node, edge, data, hyperedge, other

    init(_ text: UnsafePointer<xmlChar>) {
      switch text[0] {
      case UInt8(ascii: "d"):
        self = equals(text, "data") ? .data : equals(text, "default") ? .default : .other
      case UInt8(ascii: "e"): self = equals(text, "edge") ? .edge : .other
      case UInt8(ascii: "g"): self = equals(text, "graph") ? .graph : .other
      case UInt8(ascii: "h"): self = equals(text, "hyperedge") ? .hyperedge : .other
      case UInt8(ascii: "k"): self = equals(text, "key") ? .key : .other
      case UInt8(ascii: "n"): self = equals(text, "node") ? .node : .other
      default: self = .other
      }
    }
  }

  /// An element's attributes as libxml2 passes them: five pointers each
  /// (local name, prefix, URI, value, end of value). Looked up by local
  /// name, unprefixed only, without building a dictionary.
  private struct Attributes {
    let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    subscript(_ name: StaticString) -> String? {
      guard let raw else { return nil }
      for index in 0..<count where raw[5 * index + 1] == nil {
        guard let local = raw[5 * index], GraphMLParser.equals(local, name),
          let value = raw[5 * index + 3], let end = raw[5 * index + 4]
        else { continue }
        return String(decoding: UnsafeBufferPointer(start: value, count: end - value), as: UTF8.self)
      }
      return nil
    }
  }

  // MARK: - Events

  private func startElement(
    localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?, count: Int,
    attributes raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    guard failure == nil else { return }
    depth += 1
    let inGraphML = uri.map { $0[0] == 0 || Self.equals($0, Self.namespace) } ?? true
    if foreignDepth > 0 || !inGraphML || openData != nil {
      foreignDepth += 1
      return
    }
    let attributes = Attributes(raw: raw, count: count)
    switch Name(localName) {
    case .key:
      guard let id = attributes["id"] else { return fail("<key> without id") }
      document.keys[id] = GraphMLDocument.Key(
        id: id, domain: attributes["for"] ?? "all", name: attributes["attr.name"],
        type: attributes["attr.type"])
      openKey = id
    case .default:
      if openKey != nil {
        collectingDefault = true
        buffer.removeAll(keepingCapacity: true)
      }
    case .graph:
      graphDepth += 1
      sawGraph = true
      guard graphDepth == 1 else { return fail("nested graphs are not supported") }
      owner = .graph
    case .node:
      guard graphDepth == 1 else { return fail("<node> outside <graph>") }
      guard let id = attributes["id"] else { return fail("<node> without id") }
      guard nodeIDs.insert(id).inserted else { return fail("duplicate node id '\(id)'") }
      document.nodes.append(.init(id: id, line: line))
      owner = .node(document.nodes.count - 1)
    case .edge:
      guard graphDepth == 1 else { return fail("<edge> outside <graph>") }
      guard let source = attributes["source"], let target = attributes["target"] else {
        return fail("<edge> without source or target")
      }
      document.edges.append(
        .init(id: attributes["id"] ?? "", source: source, target: target, line: line))
      owner = .edge(document.edges.count - 1)
    case .data:
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
      buffer.removeAll(keepingCapacity: true)
    case .hyperedge:
      fail("hyperedges are not supported")
    default:
      break
    }
  }

  private func endElement(localName: UnsafePointer<xmlChar>) {
    guard failure == nil else { return }
    depth -= 1
    if foreignDepth > 0 {
      foreignDepth -= 1
      return
    }
    switch Name(localName) {
    case .key:
      openKey = nil
    case .default:
      if let id = openKey, collectingDefault {
        document.keys[id]?.defaultValue = String(decoding: buffer, as: UTF8.self)
        collectingDefault = false
      }
    case .graph:
      graphDepth -= 1
      owner = .none
    case .node, .edge:
      owner = .graph
    case .data:
      guard let key = openData else { return }
      openData = nil
      guard let name = key.name else { return }
      let value = String(decoding: buffer, as: UTF8.self)
      switch owner {
      case .graph: document.graphAttributes[name] = value
      case .node(let index): document.nodes[index].attributes[name] = value
      case .edge(let index): document.edges[index].attributes[name] = value
      case .none: break
      }
    default:
      break
    }
  }

  private func characters(_ text: UnsafePointer<xmlChar>, _ length: Int) {
    guard failure == nil, foreignDepth == 0, openData != nil || collectingDefault else { return }
    buffer.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
  }
}
