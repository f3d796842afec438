import Foundation
import KnowledgeGraph

/// The user's entity overrides file: named with `--entities`, or
/// `newsgraph.entities.tsv` beside the outputs when it exists.
struct OverridesFile {
  /// The file name looked for in the output folder.
  static let defaultName = "newsgraph.entities.tsv"

  /// The rules read, empty when there is no file.
  var overrides = EntityOverrides()
  /// The file's text, for the build stamp; nil when there is no file.
  var text: String?

  /// Reads the overrides.
  ///
  /// - Parameters:
  ///   - path: The file named with `--entities`, or nil.
  ///   - folder: The output folder (where the default file is looked for).
  /// - Throws: ``CLIError`` when a named file is missing or a line is wrong.
  init(path: String?, folder: URL) throws {
    let url = path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(Self.defaultName)
    guard FileManager.default.fileExists(atPath: url.path) else {
      if let path { throw CLIError(message: "newsgraph: \(path): no such entities file") }
      return
    }
    do {
      let text = try String(contentsOf: url, encoding: .utf8)
      self.text = text
      overrides = try EntityOverrides(parsing: text, path: path ?? url.path)
    } catch let error as GraphError {
      throw CLIError(message: "newsgraph: \(error)")
    } catch {
      throw CLIError(message: "newsgraph: \(url.path): cannot read: \(error.localizedDescription)")
    }
  }
}
