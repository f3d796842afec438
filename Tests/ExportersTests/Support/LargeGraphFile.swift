import Foundation

/// Writes a large GraphML file the way other tools write them, to test that
/// readers have no size limit.
///
/// The file has renumbered keys declared with their attributes in another
/// order (as networkx writes), comments, CDATA sections, predefined
/// entities and character references, single-quoted attributes, `source`
/// before `id` on edges, and one statement whose text is a single text node
/// over libxml2's default 10 MB limit.
enum LargeGraphFile {
  /// What the generated file holds, to check a read against.
  struct Contents {
    var entities = 0
    var statements = 0
    var relations = 0
    var bytes = 0
    /// The text of the one huge statement, `statement:huge`.
    var hugeText = ""
  }

  /// The name of entity `index`, with characters that need escaping.
  static func name(_ index: Int) -> String { "Person \(index) & Sons <Ltd> “quoted” é" }

  /// Writes a file of at least `bytes` bytes.
  ///
  /// - Parameters:
  ///   - url: Where to write.
  ///   - bytes: The least size, in bytes.
  ///   - hugeTextBytes: The size of the one huge text node.
  /// - Returns: What the file holds.
  static func write(to url: URL, bytes: Int, hugeTextBytes: Int = 11_000_000) throws -> Contents {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    var contents = Contents()
    var chunk = ""
    func flush(force: Bool = false) throws {
      guard force || chunk.utf8.count > 1 << 20 else { return }
      let data = Data(chunk.utf8)
      contents.bytes += data.count
      try handle.write(contentsOf: data)
      chunk = ""
    }
    chunk += """
      <?xml version='1.0' encoding='utf-8'?>
      <!-- Written by a test, as networkx would, with other habits mixed in. -->
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
      <key attr.type="string" attr.name="kind" for="node" id="d0"/>
      <key for="node" id="d1" attr.name="type" attr.type="string"/>
      <key id="d2" attr.name="name" for="node" attr.type="string"/>
      <key id="d3" for="node" attr.name="aliases" attr.type="string"/>
      <key id="d4" for="node" attr.name="mentions" attr.type="long"/>
      <key id="d5" for="node" attr.name="documents" attr.type="string"/>
      <key id="d6" for="node" attr.name="text" attr.type="string"/>
      <key id="d7" for="node" attr.name="statement_kind" attr.type="string"/>
      <key id="d8" for="node" attr.name="document" attr.type="string"/>
      <key id="d9" for="node" attr.name="start" attr.type="int"/>
      <key id="d10" for="node" attr.name="end" attr.type="int"/>
      <key id="d11" for="edge" attr.name="kind" attr.type="string"/>
      <key id="d12" for="edge" attr.name="predicate" attr.type="string"/>
      <key id="d13" for="edge" attr.name="document" attr.type="string"/>
      <key id="d14" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
      <key id="d15" for="node" attr.name="cue" attr.type="string"/>
      <graph id="G" edgedefault="directed">

      """
    // One statement whose text is a single text node past 10 MB.
    let word = "lorem&amp;ipsum "
    let repeats = hugeTextBytes / word.utf8.count + 1
    contents.hugeText = String(repeating: "lorem&ipsum ", count: repeats)
    chunk += "<node id='statement:huge'><data key='d0'>statement</data><data key='d6'>"
    try flush()
    chunk += String(repeating: word, count: repeats)
    try flush()
    chunk += "</data><data key='d7'>direct</data><data key='d8'>doc-0</data>"
    chunk += "<data key='d9'>0</data><data key='d10'>\(contents.hugeText.unicodeScalars.count)</data></node>\n"
    contents.statements += 1

    var index = 0
    while contents.bytes + chunk.utf8.count < bytes {
      let document = "doc-\(index % 97)"
      chunk += """
        <node id="person:p\(index)">
          <!-- entity \(index) -->
          <data key="d0">entity</data><data key="d1">person</data>
          <data key="d2"><![CDATA[Person \(index) & Sons <Ltd> “quoted” é]]></data>
          <data key="d3">["P. \(index)","Mr \\&#x22;\(index)\\&#x22;"]</data>
          <data key="d4">\(index % 13 + 1)</data>
          <data key="d5">["\(document)"]</data>
          <y:ShapeNode><y:NodeLabel>ignored \(index)</y:NodeLabel></y:ShapeNode>
        </node>
        <node id='statement:s\(index)'><data key='d0'>statement</data><data key='d7'>indirect</data>\
        <data key='d6'>Person \(index) said that &lt;talks&gt; would go on &amp; on.</data>\
        <data key='d15'>said</data><data key='d8'>\(document)</data><data key='d9'>\(index)</data>\
        <data key='d10'>\(index + 40)</data></node>
        <edge source="person:p\(index)" target="statement:s\(index)" id="s\(index)"><data key="d11">said</data></edge>
        <edge target="person:p\(index + 1)" source="statement:s\(index)"><data key="d11">about</data></edge>

        """
      contents.entities += 1
      contents.statements += 1
      if index > 0, index % 10 == 0 {
        chunk += """
          <edge id="r\(index)" target="person:p\(index - 1)" source="person:p\(index)">\
          <data key="d11">relation</data><data key="d12">met</data><data key="d13">\(document)</data></edge>

          """
        contents.relations += 1
      }
      index += 1
      try flush()
    }
    // The last statement's topic comes after the edge to it.
    chunk += """
      <node id="person:p\(index)"><data key="d1">person</data>\
      <data key="d2">Person \(index) &amp; Sons &lt;Ltd&gt; “quoted” &#xE9;</data></node>
      <edge source="person:p0" target="statement:huge"><data key="d11">said</data></edge>
      </graph>
      </graphml>

      """
    contents.entities += 1
    try flush(force: true)
    return contents
  }
}
