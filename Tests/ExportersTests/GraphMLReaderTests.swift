import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("GraphMLReader")
struct GraphMLReaderTests {
  @Test func roundTripGivesAnEqualGraph() throws {
    for graph in [try Fixtures.sampleGraph(), try Fixtures.hostileGraph(), KnowledgeGraph()] {
      let text = try GraphMLWriter().string(for: graph)
      let read = try GraphMLReader.graph(from: Data(text.utf8))
      #expect(read == graph)
      #expect(try GraphMLWriter().string(for: read) == text)
    }
  }

  @Test func controlCharactersAreDroppedFromPlainAttributes() throws {
    let graph = try Fixtures.hostileGraph(includeControlCharacters: true)
    let read = try GraphMLReader.graph(from: Data(try GraphMLWriter().string(for: graph).utf8))
    let original = try #require(graph.entities.first { $0.name == Fixtures.controlName })
    let entity = try #require(read.entity(id: original.id))
    #expect(entity.name == "Ctlx\u{7F}")
    // Lists travel as JSON, whose escapes keep the C0 controls; U+FFFE,
    // written raw, is dropped like everywhere else.
    #expect(
      entity.aliases == original.aliases.map { $0.replacingOccurrences(of: "\u{FFFE}", with: "") })
    #expect(entity.aliases.contains("Ctl\u{01}\u{1F}x\u{7F} alias"))
  }

  @Test func readsConcurrently() async throws {
    let data = Data(try GraphMLWriter().string(for: try Fixtures.sampleGraph()).utf8)
    let expected = try Fixtures.sampleGraph()
    try await withThrowingTaskGroup(of: KnowledgeGraph.self) { group in
      for _ in 0..<8 { group.addTask { try GraphMLReader.graph(from: data) } }
      for try await graph in group { #expect(graph == expected) }
    }
  }

  @Test func readsAFileResavedWithOtherKeyIDs() throws {
    // networkx and Gephi renumber keys (d0, d1, ...) and drop descriptions;
    // attributes are found by attr.name.
    let text = """
      <?xml version='1.0' encoding='utf-8'?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="node" attr.name="kind" attr.type="string"/>
        <key id="d1" for="node" attr.name="type" attr.type="string"/>
        <key id="d2" for="node" attr.name="name" attr.type="string"/>
        <key id="d3" for="node" attr.name="mentions" attr.type="long"/>
        <key id="d4" for="edge" attr.name="predicate" attr.type="string"/>
        <key id="d5" for="edge" attr.name="document" attr.type="string"/>
        <key id="d6" for="node" attr.name="statement_kind" attr.type="string"/>
        <key id="d7" for="node" attr.name="text" attr.type="string"/>
        <key id="d8" for="node" attr.name="document" attr.type="string"/>
        <key id="d9" for="node" attr.name="start" attr.type="double"><default>0</default></key>
        <graph edgedefault="directed">
          <node id="country:russia"><data key="d1">country</data><data key="d2">Russia</data><data key="d3">2</data></node>
          <node id="country:ukraine"><data key="d0">entity</data><data key="d1">country</data><data key="d2">Ukraine</data></node>
          <node id="s1"><data key="d6">direct</data><data key="d7">  We stay.  </data><data key="d8">d</data><data key="d9">12.0</data></node>
          <edge source="country:russia" target="country:ukraine"><data key="d4">invaded</data><data key="d5">d</data></edge>
          <edge source="country:ukraine" target="s1"/>
          <edge source="s1" target="country:russia"/>
        </graph>
      </graphml>
      """
    let graph = try GraphMLReader.graph(from: Data(text.utf8))
    #expect(graph.entity(id: "country:russia")?.mentionCount == 2)
    #expect(graph.entity(id: "country:ukraine")?.mentionCount == 0)
    #expect(graph.relations.map(\.predicate) == [.invaded])
    let statement = try #require(graph.statements.first)
    #expect(statement.speaker == "country:ukraine")
    #expect(statement.about == ["country:russia"])
    #expect(statement.content == [TextSpan(text: "  We stay.  ", start: 12, end: 12)])
    #expect(graph.documents.map(\.id) == ["d"])
  }

  @Test(arguments: [
    ("<graphml><graph><node id='a'>", "malformed XML"),
    (
      "<graphml><graph><node id='a'><data key='x'>1</data></node></graph></graphml>",
      "undeclared key 'x'"
    ),
    (
      "<graphml><key id='k' for='edge' attr.name='type'/><graph><node id='a'><data key='k'>person</data></node></graph></graphml>",
      "declared for edge, used on node"
    ),
    ("<graphml><graph><node id='a'/><node id='a'/></graph></graphml>", "duplicate node id 'a'"),
    ("<graphml><graph><graph/></graph></graphml>", "nested graphs"),
    ("<graphml><graph><hyperedge/></graph></graphml>", "hyperedges"),
    ("<graphml/>", "no <graph> element"),
    ("<graphml><graph><node id='a'/></graph></graphml>", "neither an entity nor a statement"),
    (
      "<graphml><key id='t' for='node' attr.name='type'/><graph>\n<node id='a'><data key='t'>planet</data></node></graph></graphml>",
      "unknown entity type 'planet'"
    ),
    ("<graphml><graph></node></graph></graphml>", "malformed XML"),
    ("<graphml><graph><node id='a' id='b'/></graph></graphml>", "malformed XML"),
    (
      "<graphml><key id='t' for='node' attr.name='type'/><key id='m' for='node' attr.name='mentions'/><graph><node id='a'><data key='t'>person</data><data key='m'>many</data></node></graph></graphml>",
      "entity without a name"
    ),
    (
      "<graphml><key id='t' for='node' attr.name='type'/><key id='n' for='node' attr.name='name'/><key id='m' for='node' attr.name='mentions'/><graph><node id='a'><data key='t'>person</data><data key='n'>A</data><data key='m'>many</data></node></graph></graphml>",
      "'mentions' is not an integer"
    ),
    (
      "<graphml><key id='t' for='node' attr.name='type'/><key id='n' for='node' attr.name='name'/><graph><node id='a'><data key='t'>person</data><data key='n'>A</data></node><edge source='a' target='b'/></graph></graphml>",
      "unknown target node 'b'"
    ),
  ])
  func reportsMalformedInputWithALine(text: String, fragment: String) throws {
    #expect {
      _ = try GraphMLReader.graph(from: Data(text.utf8), path: "g.graphml")
    } throws: { error in
      guard case .malformed(let path, let line, let reason) = error as? ExportError else {
        return false
      }
      return path == "g.graphml" && line >= 1 && reason.contains(fragment)
    }
  }

  @Test func reportsTheLineOfABadElement() throws {
    let text =
      "<graphml>\n<key id='t' for='node' attr.name='type'/>\n<graph>\n\n<node id='a'><data key='t'>planet</data></node>\n</graph></graphml>"
    #expect(
      throws: ExportError.malformed(
        path: "g.graphml", line: 5, reason: "node 'a': unknown entity type 'planet'")
    ) {
      _ = try GraphMLReader.graph(from: Data(text.utf8), path: "g.graphml")
    }
  }

  @Test func unknownEntityInEdgesIsAReadError() throws {
    let text = """
      <graphml><key id='k' for='edge' attr.name='kind'/><key id='t' for='node' attr.name='type'/>
      <key id='n' for='node' attr.name='name'/>
      <graph><node id='a'><data key='t'>person</data><data key='n'>A</data></node>
      <edge source='a' target='a'><data key='k'>said</data></edge></graph></graphml>
      """
    #expect(throws: ExportError.self) { _ = try GraphMLReader.graph(from: Data(text.utf8)) }
  }
}

extension GraphMLReaderTests {
  @Test(arguments: [
    ("<graphml><graph></graph></graphml>\n<extra/>", 2, "malformed XML"),
    ("<graphml>\n<graph>\n</node></graph></graphml>", 3, "mismatched end tag"),
    ("<graphml><graph>\n<node id='a'>&bogus;</node></graph></graphml>", 2, "undeclared entity"),
    ("<graphml><graph>\n\n<node id='a'>\u{1}</node></graph></graphml>", 3, "character not allowed"),
    ("", 1, "malformed XML"),
  ])
  func libxmlRecoveryStillFails(text: String, line: Int, fragment: String) throws {
    #expect {
      _ = try GraphMLReader.graph(from: Data(text.utf8), path: "g.graphml")
    } throws: { error in
      guard case .malformed(_, let reported, let reason) = error as? ExportError else {
        return false
      }
      return reported == line && reason.contains(fragment)
    }
  }
}

extension GraphMLReaderTests {
  /// A small graph declaring an encoding, as UTF-8 bytes.
  static func declaring(_ encoding: String) -> String {
    """
    <?xml version="1.0" encoding="\(encoding)"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    <key id="t" for="node" attr.name="type" attr.type="string"/>
    <key id="n" for="node" attr.name="name" attr.type="string"/>
    <graph edgedefault="directed">
    <node id="person:a"><data key="t">person</data><data key="n">Ana Ruiz</data></node>
    </graph></graphml>
    """
  }

  // libxml2's incremental parser crashed (a null read) on these declared
  // encodings, found by the graph-readers fuzz harness.
  @Test(arguments: ["UTF-7", "UTF-32", "EBCDIC-US", "ISO-8859-1"])
  func otherDeclaredEncodingsAreRefused(encoding: String) throws {
    #expect {
      _ = try GraphMLReader.graph(from: Data(Self.declaring(encoding).utf8), path: "g.graphml")
    } throws: { error in
      guard case .malformed(_, 1, let reason) = error as? ExportError else { return false }
      return reason.contains("unsupported encoding '\(encoding)'")
    }
  }

  @Test func textThatIsNotUTF8IsRefused() throws {
    // UTF-16 without a byte order mark, declaring UTF-32: crashed libxml2 too.
    let utf16 = Data(Self.declaring("UTF-32").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect {
      _ = try GraphMLReader.graph(from: utf16, path: "g.graphml")
    } throws: { error in
      guard case .malformed(_, 1, let reason) = error as? ExportError else { return false }
      return reason.contains("not UTF-8")
    }
  }

  @Test(arguments: ["UTF-8", "utf-8", "US-ASCII"])
  func utf8DeclarationsRead(encoding: String) throws {
    let graph = try GraphMLReader.graph(from: Data(("\u{FEFF}" + Self.declaring(encoding)).utf8))
    #expect(graph.entity(id: "person:a")?.type == .person)
  }
}

extension GraphMLReaderTests {
  // A processing instruction without data crashed Foundation's XMLParser
  // (a null C string), found by the graph-readers fuzz harness. The SAX2
  // reader skips processing instructions, so such a file reads.
  @Test(arguments: [
    ("<graphml", "<?xd-?>\n<graphml"),
    ("<node id=\"person:a\">", "<node id=\"person:a\"><?pi?>"),
  ])
  func processingInstructionsWithoutDataRead(anchor: String, replacement: String) throws {
    let text = Self.declaring("UTF-8").replacingOccurrences(of: anchor, with: replacement)
    #expect(text.contains(replacement))
    #expect(try GraphMLReader.graph(from: Data(text.utf8)).entity(id: "person:a")?.name == "Ana Ruiz")
  }

  @Test func processingInstructionsWithDataStillRead() throws {
    let text = Self.declaring("UTF-8").replacingOccurrences(
      of: "<graphml", with: "<?xml-stylesheet href=\"style.css\"?>\n<graphml")
    #expect(try GraphMLReader.graph(from: Data(text.utf8)).entity(id: "person:a") != nil)
  }
}
