import Testing

@testable import Exporters

@Suite("InlineSVG")
struct InlineSVGTests {
  @Test func hostileSVGIsCleaned() throws {
    let svg = try #require(
      InlineSVG(svg: ReportSVG.hostile, entityNames: ["person:pete-hegseth": "Pete Hegseth"]))
    let markup = svg.markup
    for removed in [
      "<script", "<style", "<image", "<foreignObject", "<div", "<use", "onload", "onclick",
      "href", "example.com", "javascript", "\\72", "xmlns", "width=\"100pt\"",
    ] {
      #expect(!markup.contains(removed), "kept \(removed)")
    }
    #expect(markup.contains(#"fill="url(#svg-ng-grad)""#))
    #expect(markup.contains(#"id="svg-ng-grad""#))
    #expect(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; done"))
    #expect(svg.entityIDs == ["person:pete-hegseth"])
  }

  @Test func diagramNodesBecomeButtons() throws {
    let svg = try #require(
      InlineSVG(
        svg: ReportSVG.sample,
        entityNames: ["person:pete-hegseth": "Pete <Hegseth>", "country:ukraine": "Ukraine"]))
    #expect(svg.entityIDs == ["person:pete-hegseth", "country:ukraine"])
    let markup = svg.markup
    #expect(
      markup.hasPrefix("<svg aria-label=\"Relationship diagram\" class=\"ng-svg\" role=\"group\""))
    #expect(!markup.contains("width=\"300pt\""))
    #expect(markup.contains(#"viewBox="0.00 0.00 300.00 120.00""#))
    #expect(
      markup.contains(
        #"<g aria-label="Show the statements by or about Pete &lt;Hegseth&gt;" class="node ng-entity" data-entity="person:pete-hegseth" id="node1" role="button" tabindex="0">"#
      ))
    // The hover text is Graphviz's tooltip, not the node name.
    #expect(
      markup.contains(
        "<title>Pete Hegseth (person)\nalso: Hegseth\n3 mentions in 1 document</title>"))
    #expect(!markup.contains("xlink:title"))
    #expect(
      markup.contains(
        #"<g class="edge" data-from="person:pete-hegseth" data-to="country:ukraine" id="edge1">"#))
    // Legend nodes are not entities.
    #expect(markup.contains(#"<g class="node" id="node3">\#n<title>legend:person</title>"#))
    #expect(!markup.contains("<title>newsgraph</title>"))
  }
}
