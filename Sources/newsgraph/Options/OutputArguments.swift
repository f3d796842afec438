import ArgumentParser
import Foundation
import GraphvizRender
import NewsGraphBuild

/// Where and what `build` and `merge` write: the output folder, the
/// formats, the diagram, the store and the entity overrides.
struct OutputArguments: ParsableArguments {
  @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write to.", valueName: "dir"))
  var output: String = "output"

  @Option(help: ArgumentHelp("What to write besides the graph files, comma-separated: diagrams svg, png, pdf; tables csv; graph database import files neo4j.", valueName: "formats"))
  var format: String = "svg"

  @OptionGroup var diagram: DiagramArguments

  @Flag(inversion: .prefixedNo, help: "Keep extractions in DIR/newsgraph.sqlite and rewrite only what changed.")
  var store = true

  @Option(help: ArgumentHelp("Entity overrides (aliases, pairs never to join, types, drops), applied on every build (default: DIR/newsgraph.entities.tsv when it exists).", valueName: "file"))
  var entities: String?

  func validate() throws {
    _ = try formats()
  }

  /// The diagram formats named in --format.
  func formats() throws -> [RenderFormat] {
    try format.split(separator: ",").compactMap { name in
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      if TableFormat(rawValue: trimmed) != nil { return nil }
      guard let format = RenderFormat(rawValue: trimmed), [.svg, .png, .pdf].contains(format) else {
        throw ValidationError("Unknown format '\(trimmed)'. Use svg, png, pdf, csv or neo4j.")
      }
      return format
    }
  }

  /// The table formats named in --format, in the order of ``TableFormat``.
  func tables() -> [TableFormat] {
    let names = Set(format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    return TableFormat.allCases.filter { names.contains($0.rawValue) }
  }

  /// The job these options describe.
  ///
  /// - Parameters:
  ///   - source: The documents to extract or the shards to read.
  ///   - input: How documents are read and extracted (`build` only).
  ///   - prune: Whether stored documents no longer among the inputs go.
  /// - Returns: The job.
  /// - Throws: `ValidationError` for an unknown format.
  func job(source: ExtractionSource, input: InputOptions? = nil, prune: Bool = false) throws -> BuildJob {
    BuildJob(
      source: source, output: URL(fileURLWithPath: output), formats: try formats(), diagram: diagram.settings,
      maxBytes: (input?.maxMegabytes ?? 16) * 1_000_000, names: input?.names ?? .models, useStore: store,
      prune: prune, jobs: input?.jobs, entities: entities, timeout: input?.documentTimeout ?? 30, tables: tables())
  }

  /// Runs a job, prints its summary and exits with its status
  /// (``RunStatus``).
  ///
  /// - Parameter job: The build or merge.
  /// - Throws: `ExitCode.failure` when nothing was built, or
  ///   ``RunStatus/doneWithErrors`` when inputs were skipped.
  static func run(_ job: BuildJob) throws {
    let summary: BuildJob.Summary
    do {
      summary = try job.run()
    } catch let error as CLIError {
      Console.error(error.message)
      throw ExitCode.failure
    } catch {
      Console.error("newsgraph: \(error)")
      throw ExitCode.failure
    }
    Console.error(summary.line)
    try RunStatus.finish(failures: summary.failures)
  }
}
