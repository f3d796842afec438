import Foundation

/// Runs the checker scripts of `Scripts/` with the package's `.venv`
/// interpreter, and says whether the Python packages they need are there.
enum PythonScript {
  /// `Tests/ExportersTests/Scripts/NAME`.
  static func path(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scripts/\(name)").path
  }

  /// Whether `.venv/bin/python3` imports kuzu (checked once).
  static let hasKuzu: Bool = imports("kuzu")

  /// Whether the interpreter imports a module.
  static func imports(_ module: String) -> Bool {
    guard let python = PythonCheck.interpreter,
      let result = try? ExternalTool.run(python, ["-c", "import \(module)"])
    else { return false }
    return result.status == 0
  }

  /// Runs a script and decodes the JSON object it prints.
  ///
  /// - Returns: The exit status and the decoded object.
  static func json(_ name: String, _ arguments: [String]) throws -> (status: Int32, object: [String: Any], errors: String) {
    guard let python = PythonCheck.interpreter else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: ".venv/bin/python3"])
    }
    let result = try ExternalTool.run(python, [path(name)] + arguments)
    let object = (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) as? [String: Any]
    return (result.status, object ?? [:], result.errors + (object == nil ? result.output : ""))
  }
}
