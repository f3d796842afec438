import Foundation
import GraphvizRender

/// Renders the build's diagram in a child process (`newsgraph render-dot`),
/// so that the drawing does not depend on the state of the build's heap
/// (see `newsgraph render-dot`) and is byte-identical across runs
/// and `--jobs` values.
enum DiagramProcess {
  /// Renders a DOT file to a file.
  ///
  /// - Parameters:
  ///   - dotFile: The DOT source, already written.
  ///   - engine: The layout engine.
  ///   - format: svg, png or pdf.
  ///   - output: Where to write the drawing.
  /// - Throws: ``CLIError`` with Graphviz's message when rendering fails.
  static func render(dotFile: URL, engine: LayoutEngine, format: RenderFormat, to output: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: ExtractionJob.executablePath)
    process.arguments = [
      "render-dot", dotFile.path, "--engine", engine.rawValue, "--format", format.rawValue, "-o", output.path,
    ]
    let messages = Pipe()
    process.standardError = messages
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw CLIError(message: "newsgraph: cannot start the renderer: \(error.localizedDescription)")
    }
    let text = messages.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let message = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw CLIError(
        message: message.isEmpty
          ? "newsgraph: rendering graph.\(format.rawValue) failed (status \(process.terminationStatus))"
          : message)
    }
  }

  /// Renders DOT text, returning the drawing's bytes.
  ///
  /// - Parameters:
  ///   - dot: The DOT source.
  ///   - engine: The layout engine.
  ///   - format: svg, png or pdf.
  ///   - scratch: A folder for the two temporary files, removed after.
  /// - Returns: The drawing.
  /// - Throws: ``CLIError`` when a file cannot be written or read, or
  ///   rendering fails.
  static func render(dot: String, engine: LayoutEngine, format: RenderFormat, scratch: URL) throws -> [UInt8] {
    let name = "diagram-\(UUID().uuidString)"
    let dotFile = scratch.appendingPathComponent("\(name).dot")
    let drawing = scratch.appendingPathComponent("\(name).\(format.rawValue)")
    defer {
      try? FileManager.default.removeItem(at: dotFile)
      try? FileManager.default.removeItem(at: drawing)
    }
    do {
      try Data(dot.utf8).write(to: dotFile)
    } catch {
      throw CLIError(message: "newsgraph: \(dotFile.path): cannot write: \(error.localizedDescription)")
    }
    try render(dotFile: dotFile, engine: engine, format: format, to: drawing)
    do {
      return Array(try Data(contentsOf: drawing))
    } catch {
      throw CLIError(message: "newsgraph: \(drawing.path): cannot read: \(error.localizedDescription)")
    }
  }
}
