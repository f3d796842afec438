import Foundation
import ArgumentParser
import Exporters
import KnowledgeGraph
import NewsGraphBuild

/// Options that shape the relationship diagram, shared by `build` and `render`.
struct DiagramArguments: ParsableArguments {
  @Option(help: ArgumentHelp("Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.", valueName: "engine"))
  var layout: String = "auto"

  @Option(help: ArgumentHelp("Draw only this entity (name, alias or id) and its neighbourhood.", valueName: "name"))
  var focus: String?

  @Option(help: "With --focus: how many steps from the entity to draw.")
  var depth: Int = 1

  @Option(help: ArgumentHelp("Entity types to draw, comma-separated (person,country,organization,event,location,group).", valueName: "types"))
  var types: String?

  @Option(help: "The most entities to draw, the most connected first (0 for all).")
  var top: Int = 40

  @Option(help: ArgumentHelp("Draw only documents dated on or after this ISO date (2025, 2025-02, 2025-02-13).", valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp("Draw only documents dated on or before this ISO date.", valueName: "date"))
  var until: String?

  /// The settings as the build library takes them.
  var settings: DiagramSettings {
    DiagramSettings(layout: layout, focus: focus, depth: depth, types: types, top: top, since: since, until: until)
  }

  /// The part of a graph the diagram draws: the documents in the date range.
  func dated(_ graph: KnowledgeGraph) -> KnowledgeGraph {
    settings.dated(graph)
  }

  func validate() throws {
    if layout != "auto" && DiagramLayout(rawValue: layout) == nil {
      throw ValidationError("Unknown layout '\(layout)'. Use auto, \(DiagramLayout.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    _ = try parsedTypes()
    guard depth >= 0 else { throw ValidationError("--depth must be 0 or more.") }
    guard top >= 0 else { throw ValidationError("--top must be 0 or more.") }
    for (name, value) in [("--since", since), ("--until", until)] {
      guard let value else { continue }
      let digits = value.unicodeScalars.filter { $0 != "-" }
      guard !digits.isEmpty, digits.allSatisfy({ $0.properties.numericType == .decimal }), value.count <= 10 else {
        throw ValidationError("\(name) takes an ISO date such as 2025, 2025-02 or 2025-02-13.")
      }
    }
  }

  func parsedTypes() throws -> Set<EntityType>? {
    do { return try settings.parsedTypes() } catch { throw ValidationError(error.description) }
  }

  /// The diagram options for a graph, resolving --focus to an entity id.
  func options(for graph: KnowledgeGraph) throws -> DiagramOptions {
    do { return try settings.options(for: graph) } catch { throw ValidationError(error.description) }
  }
}
