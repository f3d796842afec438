import Foundation
import GraphvizRender
import Testing

@Suite("Renderer")
struct RendererTests {
  /// A small graph in the shape the DOT exporter writes.
  static let sample = """
    digraph news {
      rankdir=LR;
      node [shape=box, fontname="Helvetica"];
      "person:vladimir-putin" [label="Vladimir Putin"];
      "country:russia" [label="Russia", shape=ellipse];
      "country:ukraine" [label="Ukraine", shape=ellipse];
      "person:vladimir-putin" -> "country:russia" [label="holds_role"];
      "country:russia" -> "country:ukraine" [label="invaded"];
    }
    """

  /// An anonymous graph with anonymous subgraphs and UTF-8 names.
  static let anonymousSample = """
    graph {
      subgraph { rank=same; "Kyiv"; "Київ" }
      { "Kyiv" -- "Moscow" [label="🇺🇦 – 🇷🇺"] }
      "Moscow" -- "Москва";
    }
    """

  // MARK: - Output formats

  @Test func svgIsWellFormedXML() throws {
    let svg = try Renderer.render(
      dot: Self.sample, engine: .dot, format: .svg)
    let text = try #require(String(validating: svg, as: UTF8.self))
    #expect(text.hasPrefix("<?xml"))
    #expect(text.contains("<svg"))
    #expect(text.contains(">Vladimir Putin</text>"))
    try ExternalTool.expectWellFormedXML(svg)
  }

  @Test(
    arguments: [RenderFormat.svg, .png, .dot, .xdot], [sample, anonymousSample])
  func outputMatchesDotCommand(format: RenderFormat, dot: String) throws {
    let ours = try Renderer.render(dot: dot, engine: .dot, format: format)
    guard
      let theirs = try ExternalTool.run(
        "/usr/bin/dot", ["-T\(format.rawValue)"], input: Array(dot.utf8))
    else { return }  // Graphviz command not installed: nothing to compare.
    #expect(theirs.status == 0)
    #expect(ours == theirs.output)
  }

  /// Graphviz numbers anonymous objects process-wide ("%3", "%5", ...);
  /// the renderer must not let that leak into its output.
  @Test func anonymousGraphRendersTheSameEachTime() throws {
    let first = try Renderer.render(
      dot: Self.anonymousSample, engine: .dot, format: .svg)
    _ = try Renderer.render(dot: Self.sample, engine: .neato, format: .svg)
    let second = try Renderer.render(
      dot: Self.anonymousSample, engine: .dot, format: .svg)
    #expect(first == second)
    let text = try #require(String(validating: first, as: UTF8.self))
    #expect(text.contains("<title>%3</title>"))
  }

  @Test func pngHasSignature() throws {
    let png = try Renderer.render(dot: Self.sample, engine: .dot, format: .png)
    #expect(png.count > 8)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
  }

  @Test func pdfHasHeader() throws {
    let pdf = try Renderer.render(dot: Self.sample, engine: .dot, format: .pdf)
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
    #expect(pdf.count > 100)
  }

  @Test(arguments: [RenderFormat.dot, .xdot])
  func layoutedDOTHasPositionsAndParses(format: RenderFormat) throws {
    let output = try Renderer.render(
      dot: Self.sample, engine: .dot, format: format)
    let text = try #require(String(validating: output, as: UTF8.self))
    #expect(text.contains("pos="))
    #expect(text.contains("bb="))
    try Renderer.validate(dot: text)
    if format == .xdot {
      #expect(text.contains("_draw_"))
    }
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineLaysOut(engine: LayoutEngine) throws {
    let dot = """
      graph ring {
        a -- b -- c -- d -- e -- a;
        a -- c; b -- "ünïcode";
      }
      """
    let svg = try Renderer.render(dot: dot, engine: engine, format: .svg)
    let text = try #require(String(validating: svg, as: UTF8.self))
    #expect(text.contains("<svg"))
    #expect(Self.svgTexts(text).contains("ünïcode"))
    let xdot = try Renderer.render(dot: dot, engine: engine, format: .xdot)
    #expect(!xdot.isEmpty)
  }

  @Test func engineAndFormatNamesAreGraphvizNames() {
    #expect(LayoutEngine.allCases.map(\.rawValue)
      == ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    #expect(RenderFormat.allCases.map(\.rawValue)
      == ["svg", "png", "pdf", "dot", "xdot"])
  }

  // MARK: - Errors

  @Test(arguments: [
    "digraph { a -> }",
    "digraph { a -> b",
    "graph { a -> b }",
    "digraph { a [label=\"unterminated] }",
    "digraph { a [label=<b>unclosed] }",
    "digraph { /* unterminated comment",
    "not a graph at all",
    "digraph { a -> b } trailing garbage",
    "digraph { a -> b }\n\ntrailing garbage on a later line",
    "digraph { a } digraph { b }",
    "digraph { a }\ndigraph { b }",
  ])
  func invalidDOTThrowsParseError(dot: String) throws {
    let message = try #require(Self.parseErrorMessage(dot))
    #expect(!message.isEmpty)
    #expect(message.last?.isWhitespace == false)
  }

  @Test func syntaxErrorCarriesGraphvizMessage() throws {
    let message = try #require(
      Self.parseErrorMessage("digraph {\n  a -> b;\n  c -> ;\n}"))
    #expect(message == "syntax error in line 3 near ';'")
    let undirected = try #require(
      Self.parseErrorMessage("graph {\n\n  a -> b\n}"))
    #expect(undirected == "syntax error in line 3 near '->'")
  }

  @Test func renderReportsParseErrorsToo() {
    #expect(throws: GraphvizError.parse("syntax error in line 1 near '}'")) {
      try Renderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
    }
  }

  @Test(arguments: ["", " \n\t\n", "// only a comment\n", "/* c */ # x\n"])
  func inputWithoutGraphThrows(dot: String) {
    #expect(throws: GraphvizError.parse("input holds no graph")) {
      try Renderer.validate(dot: dot)
    }
    #expect(throws: GraphvizError.parse("input holds no graph")) {
      try Renderer.render(dot: dot, engine: .dot, format: .svg)
    }
  }

  @Test func extraGraphsAreRejected() {
    #expect(throws: GraphvizError.parse("input holds 3 graphs, expected one")) {
      try Renderer.validate(dot: "graph { a } graph { b }\ngraph { c }")
    }
  }

  @Test func nulCharacterIsRejected() {
    #expect(throws: GraphvizError.parse("input contains a NUL character")) {
      try Renderer.validate(dot: "digraph { a }\0 garbage")
    }
  }

  @Test func commentsAroundTheGraphAreFine() throws {
    try Renderer.validate(dot: "// header\n/* c */\ndigraph { a }\n// end\n\n")
  }

  /// A failed parse (or trailing garbage) must not leave cgraph's lexer or
  /// error log in a state that breaks or misreports the next call.
  @Test func parserRecoversAfterErrors() throws {
    let reference = try Renderer.render(
      dot: Self.sample, engine: .dot, format: .svg)
    let broken = [
      "digraph { a -> }",
      "digraph { a [label=\"unterminated }",
      "digraph { a [label=<x }",
      "digraph { x } garbage",
      "digraph { x } digraph { y }",
      "digraph { x }\ndigraph { y }\n",
      "digraph { x }\n\n} garbage",
      "digraph { /* open",
      "",
    ]
    for dot in broken {
      #expect(Self.parseErrorMessage(dot) != nil, "\(dot)")
      #expect(
        try Renderer.render(dot: Self.sample, engine: .dot, format: .svg)
          == reference, "after \(dot)")
      #expect(Self.parseErrorMessage(Self.sample) == nil, "after \(dot)")
    }
    // Line numbers restart with each input, and old messages do not stick.
    let message = try #require(Self.parseErrorMessage("\n\ndigraph { a -> }"))
    #expect(message == "syntax error in line 3 near '}'")
    #expect(throws: GraphvizError.parse("input holds no graph")) {
      try Renderer.validate(dot: "")
    }
  }

  @Test func errorsDescribeThemselves() {
    #expect(GraphvizError.parse("syntax error").description
      == "invalid DOT: syntax error")
    #expect(GraphvizError.layout(engine: .sfdp).description
      == "Graphviz layout with sfdp failed")
    #expect(GraphvizError.render(format: .png).description
      == "Graphviz rendering as png failed")
  }

  // MARK: - Labels

  @Test(arguments: [
    "Zoë Ångström",
    "Владимир Зеленский",
    "习近平 and 岸田文雄",
    "🇺🇦 Ukraine 👩‍👩‍👧 🎉",
    "שלום עולם",
    "مرحبا بالعالم",
    "Kyiv קייב 2024 كييف",
    "He said \"peace\" and 'war'",
    "C:\\Users\\news\\file.txt",
    "\\N is not the node name",
    "a & b < c > d",
    "&amp; stays verbatim",
  ])
  func labelRendersVerbatim(label: String) throws {
    let dot = """
      digraph {
        a [label="\(Self.escapedLabel(label))"];
        b [label="plain"];
        a -> b [label="\(Self.escapedLabel(label))"];
      }
      """
    let svg = try Renderer.render(dot: dot, engine: .dot, format: .svg)
    let text = try #require(String(validating: svg, as: UTF8.self))
    let texts = Self.svgTexts(text)
    #expect(texts.filter { $0 == label }.count == 2, "\(texts)")
    try ExternalTool.expectWellFormedXML(svg)
    let png = try Renderer.render(dot: dot, engine: .dot, format: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  // MARK: - Concurrency and size

  @Test func concurrentRendersAgree() async throws {
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<16 {
        group.addTask {
          try Renderer.render(
            dot: Self.anonymousSample, engine: .dot, format: .svg)
        }
      }
      var results: [[UInt8]] = []
      for try await result in group {
        results.append(result)
      }
      return results
    }
    #expect(results.count == 16)
    #expect(Set(results).count == 1)
    #expect(results.first?.isEmpty == false)
  }

  @Test func concurrentErrorsDoNotDisturbRenders() async throws {
    let reference = try Renderer.render(
      dot: Self.anonymousSample, engine: .dot, format: .svg)
    let outcomes = await withTaskGroup(of: Bool.self) { group in
      for index in 0..<16 {
        group.addTask {
          if index.isMultiple(of: 2) {
            let svg = try? Renderer.render(
              dot: Self.anonymousSample, engine: .dot, format: .svg)
            return svg == reference
          }
          let message = Self.parseErrorMessage(
            "digraph { x }\n garbage \(index)")
          return message == "syntax error in line 2 near 'garbage'"
        }
      }
      var outcomes: [Bool] = []
      for await outcome in group {
        outcomes.append(outcome)
      }
      return outcomes
    }
    #expect(outcomes == Array(repeating: true, count: 16))
  }

  @Test(.timeLimit(.minutes(1)))
  func largeSparseGraphWithSFDP() throws {
    let nodeCount = 1_000
    var generator = LinearCongruentialGenerator(seed: 42)
    var lines = ["digraph big {", "  node [shape=point];"]
    for node in 1..<nodeCount {
      lines.append("  n\(node) -> n\(generator.next(below: node));")
      lines.append("  n\(node) -> n\(generator.next(below: nodeCount));")
    }
    lines.append("}")
    let svg = try Renderer.render(
      dot: lines.joined(separator: "\n"), engine: .sfdp, format: .svg)
    let text = try #require(String(validating: svg, as: UTF8.self))
    #expect(text.components(separatedBy: "class=\"node\"").count
      == nodeCount + 1)
  }
}

// MARK: - Helpers

extension RendererTests {
  /// The message of the parse error `validate(dot:)` throws, or nil if none.
  static func parseErrorMessage(_ dot: String) -> String? {
    do {
      try Renderer.validate(dot: dot)
      return nil
    } catch {
      guard case .parse(let message) = error else { return nil }
      return message
    }
  }

  /// Escapes text for a quoted DOT label so that Graphviz shows it verbatim.
  static func escapedLabel(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case "\"": escaped += "\\\""
      case "&": escaped += "&amp;"
      case "\n": escaped += "\\n"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// The decoded contents of the `<text>` elements of an SVG document.
  static func svgTexts(_ svg: String) -> [String] {
    svg.components(separatedBy: "<text").dropFirst().compactMap { element in
      guard let start = element.firstIndex(of: ">"),
        let end = element.range(of: "</text>")
      else { return nil }
      return decodeXMLEntities(
        String(element[element.index(after: start)..<end.lowerBound]))
    }
  }

  /// Decodes the five named XML entities and numeric character references.
  static func decodeXMLEntities(_ text: String) -> String {
    let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
    var decoded = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      guard let semicolon = rest[ampersand...].firstIndex(of: ";") else {
        break
      }
      decoded += rest[..<ampersand]
      let name = rest[rest.index(after: ampersand)..<semicolon]
      if let value = named[String(name)] {
        decoded += value
      } else if name.hasPrefix("#x"),
        let code = UInt32(name.dropFirst(2), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        decoded.unicodeScalars.append(scalar)
      } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
        let scalar = Unicode.Scalar(code)
      {
        decoded.unicodeScalars.append(scalar)
      } else {
        decoded += rest[ampersand...semicolon]
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return decoded + rest
  }
}

/// A small deterministic random number generator, for reproducible graphs.
struct LinearCongruentialGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(below bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

/// Runs the Graphviz and libxml2 command-line tools, when installed.
enum ExternalTool {
  /// The exit status and standard output of a finished process.
  struct Outcome {
    var status: Int32
    var output: [UInt8]
  }

  /// Runs `path` with `arguments`, feeding `input` on standard input.
  ///
  /// - Returns: The outcome, or nil if `path` is not an executable.
  static func run(
    _ path: String, _ arguments: [String], input: [UInt8]
  ) throws -> Outcome? {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      return nil
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("GraphvizRenderTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputFile = directory.appendingPathComponent("input")
    let outputFile = directory.appendingPathComponent("output")
    try Data(input).write(to: inputFile)
    try Data().write(to: outputFile)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let inputHandle = try FileHandle(forReadingFrom: inputFile)
    defer { try? inputHandle.close() }
    let outputHandle = try FileHandle(forWritingTo: outputFile)
    defer { try? outputHandle.close() }
    process.standardInput = inputHandle
    process.standardOutput = outputHandle
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      output: [UInt8](try Data(contentsOf: outputFile)))
  }

  /// Records an issue unless `xmllint --noout` accepts the document.
  ///
  /// Does nothing when xmllint is not installed.
  static func expectWellFormedXML(
    _ document: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard
      let outcome = try run(
        "/usr/bin/xmllint", ["--noout", "-"], input: document)
    else { return }
    #expect(outcome.status == 0, "xmllint rejected the SVG",
      sourceLocation: sourceLocation)
  }
}
