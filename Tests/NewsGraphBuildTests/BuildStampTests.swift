import Foundation
import GraphvizRender
import Testing

@testable import NewsGraphBuild

/// The build stamp decides whether a build with an unchanged store rewrites
/// its outputs: it must change with every setting the outputs show.
@Suite("Build stamp")
struct BuildStampTests {
  let documents = ["a": "hash-a", "b": "hash-b"]

  func job(formats: [RenderFormat] = [.svg], diagram: DiagramSettings = DiagramSettings()) -> BuildJob {
    BuildJob(
      source: .documents(["seeds"]), output: URL(fileURLWithPath: "/nonexistent"), formats: formats, diagram: diagram,
      maxBytes: 1_000_000, names: .rules)
  }

  func stamp(_ job: BuildJob, documents: [String: String]? = nil, fingerprint: String = "f1", overrides: String? = nil)
    throws -> String
  {
    try job.buildStamp(documents: documents ?? self.documents, fingerprint: fingerprint, overrides: overrides)
  }

  @Test func sameSettingsGiveTheSameStamp() throws {
    #expect(try stamp(job()) == stamp(job()))
    // The order the documents come in does not matter.
    let reversed = Dictionary(uniqueKeysWithValues: documents.reversed().map { ($0.key, $0.value) })
    #expect(try stamp(job(), documents: reversed) == stamp(job()))
  }

  @Test func formatsChangeTheStamp() throws {
    #expect(try stamp(job(formats: [.svg, .png])) != stamp(job(formats: [.svg])))
  }

  @Test func overridesChangeTheStamp() throws {
    let none = try stamp(job())
    let some = try stamp(job(), overrides: "alias\tBoris\tBoris Castell\n")
    let other = try stamp(job(), overrides: "alias\tAnna\tAnna Berg\n")
    #expect(none != some)
    #expect(some != other)
  }

  @Test func diagramSettingsChangeTheStamp() throws {
    let base = try stamp(job())
    #expect(try stamp(job(diagram: DiagramSettings(top: 10))) != base)
    #expect(try stamp(job(diagram: DiagramSettings(focus: "Anna Berg"))) != base)
    #expect(try stamp(job(diagram: DiagramSettings(since: "2025"))) != base)
    #expect(try stamp(job(diagram: DiagramSettings(layout: "neato"))) != base)
  }

  @Test func documentsAndExtractorChangeTheStamp() throws {
    let base = try stamp(job())
    #expect(try stamp(job(), documents: ["a": "hash-a"]) != base)
    #expect(try stamp(job(), documents: ["a": "hash-a", "b": "hash-c"]) != base)
    #expect(try stamp(job(), fingerprint: "f2") != base)
  }
}
