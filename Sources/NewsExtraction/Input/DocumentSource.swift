import Foundation

/// Finds and reads the documents named on a command line: files, folders
/// (recursively, `.txt` and `.md`), and `-` for standard input (plain text,
/// or JSON Lines of `{"id": ..., "text": ...}`).
///
/// Reading never stops at a bad file: each problem is reported through the
/// `report` closure as an ``InputError`` and the rest are read.
public struct DocumentSource: Sendable {
  /// The paths as given.
  public let paths: [String]
  /// The largest document accepted, in bytes.
  public let maxBytes: Int

  /// Creates a source.
  ///
  /// - Parameters:
  ///   - paths: Files, folders, or "-" for standard input.
  ///   - maxBytes: The largest document accepted.
  public init(paths: [String], maxBytes: Int = 16_000_000) {
    self.paths = paths
    self.maxBytes = maxBytes
  }

  /// The files the paths name, folders expanded, sorted within each folder.
  ///
  /// - Parameter report: Called for each path that does not exist.
  /// - Returns: File paths, and "-" where standard input was named.
  public func files(report: (InputError) -> Void) -> [String] {
    var files: [String] = []
    let manager = FileManager.default
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        report(.notFound(path: path))
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let base = URL(fileURLWithPath: path)
      guard let enumerator = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
        report(.unreadable(path: path, reason: "cannot list folder"))
        continue
      }
      var found: [String] = []
      for case let url as URL in enumerator {
        let ext = url.pathExtension.lowercased()
        guard ext == "txt" || ext == "md" else { continue }
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let relative = url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : "/" + url.lastPathComponent
        found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
      }
      files.append(contentsOf: found.sorted())
    }
    return files
  }

  /// Reads one file (or standard input for "-") into documents.
  ///
  /// - Parameter file: A path from ``files(report:)``.
  /// - Returns: The documents in it: one per file, or one per JSON line.
  /// - Throws: ``InputError`` naming the file.
  public func read(_ file: String) throws(InputError) -> [InputDocument] {
    if file == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return try parseStandardInput(Array(data))
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    if size > maxBytes { throw .tooLarge(path: file, bytes: size, limit: maxBytes) }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .unreadable(path: file, reason: "permission denied or not a regular file")
    }
    let decoded = try TextDecoder.decode(Array(data), path: file)
    let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let info = DocumentInfo(id: id, path: file, warnings: decoded.warnings.isEmpty ? nil : decoded.warnings)
    return [InputDocument(info: info, text: decoded.text)]
  }

  /// Standard input: JSON Lines when every non-empty line is an object with
  /// "text", else one plain-text document with id "stdin".
  ///
  /// - Parameter bytes: Everything read from standard input.
  /// - Returns: The documents: one per JSON line, or one of plain text.
  /// - Throws: ``InputError`` for a bad JSON line, binary or empty text, or
  ///   input over the size cap.
  package func parseStandardInput(_ bytes: [UInt8]) throws(InputError) -> [InputDocument] {
    let path = "<stdin>"
    if bytes.count > maxBytes { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
    let firstNonSpace = bytes.first { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }
    if firstNonSpace == UInt8(ascii: "{") {
      var documents: [InputDocument] = []
      let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
      for (number, line) in lines.enumerated() where line.contains(where: { $0 != 32 && $0 != 13 && $0 != 9 }) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
          throw .badJSONLine(path: path, line: number + 1, reason: "not a JSON object")
        }
        guard let raw = object["text"] as? String else {
          throw .badJSONLine(path: path, line: number + 1, reason: "no \"text\" string")
        }
        let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? "stdin-\(number + 1)"
        let text = raw.utf8.contains(13) ? TextDecoder.normalizeNewlines(raw) : raw
        let info = DocumentInfo(id: id, path: object["path"] as? String, date: object["date"] as? String)
        documents.append(InputDocument(info: info, text: text))
      }
      return documents
    }
    let decoded = try TextDecoder.decode(bytes, path: path)
    let info = DocumentInfo(id: "stdin", warnings: decoded.warnings.isEmpty ? nil : decoded.warnings)
    return [InputDocument(info: info, text: decoded.text)]
  }
}
