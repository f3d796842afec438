import Foundation
import Testing

@Suite("newsgraph render")
struct RenderCommandTests {
  static func built() throws -> URL {
    let output = try CLI.temporaryDirectory("render")
    _ = try CLI.run(["build", "seeds", "-o", output.path])
    return output
  }

  @Test(arguments: ["graph.json", "graph.graphml"])
  func rendersSVGFromEitherGraphFile(_ name: String) throws {
    let folder = try Self.built()
    let target = folder.appendingPathComponent("out-\(name).svg")
    let result = try CLI.run(["render", folder.appendingPathComponent(name).path, "-o", target.path])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOf: target, encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("Vladimir Putin"))
  }

  @Test func focusKeepsTheNeighbourhood() throws {
    let folder = try Self.built()
    let result = try CLI.run(["render", folder.appendingPathComponent("graph.json").path, "--focus", "Yanukovych", "--format", "dot"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Viktor Yanukovych"))
    #expect(!result.text.contains("Hungary"))
  }

  @Test func typesFilter() throws {
    let folder = try Self.built()
    let result = try CLI.run(["render", folder.appendingPathComponent("graph.json").path, "--types", "country", "--format", "dot"])
    #expect(result.status == 0)
    #expect(result.text.contains("Ukraine"))
    #expect(!result.text.contains("Pete Hegseth"))
  }

  @Test(arguments: [("png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("pdf", Array("%PDF".utf8))])
  func rendersBinaryFormats(_ format: String, _ signature: [UInt8]) throws {
    let folder = try Self.built()
    let target = folder.appendingPathComponent("diagram.\(format)")
    let result = try CLI.run(["render", folder.appendingPathComponent("graph.json").path, "--format", format, "--layout", "neato", "-o", target.path])
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: target)
    #expect(Array(data.prefix(signature.count)) == signature)
    #expect(data.count > 1_000)
  }

  @Test func aMissingGraphFileIsAClearError() throws {
    let result = try CLI.run(["render", "no/such/graph.json"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no/such/graph.json"))
  }

  @Test func anUnknownFocusIsAClearError() throws {
    let folder = try Self.built()
    let result = try CLI.run(["render", folder.appendingPathComponent("graph.json").path, "--focus", "Nobody Atall"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("Nobody Atall"))
  }
}
