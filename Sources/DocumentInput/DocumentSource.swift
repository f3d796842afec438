import Foundation
import ExtractionRecords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds and reads the documents named on a command line: files, folders
/// (recursively, `.txt` and `.md`), and `-` for standard input (plain text,
/// or JSON Lines of `{"id": ..., "text": ...}`, read as a stream).
///
/// Nothing disappears silently: every path that gives no document is
/// reported through the `report` closure as an ``InputError`` (missing,
/// unreadable folder, symbolic link inside a folder, not a regular file),
/// and the rest are read. A folder named on the command line may itself be
/// a symbolic link; links found inside folders are reported and not
/// followed (they could loop, or read a file twice). Folders listed in
/// ``excludedFolders`` (the output folder) are never read.
public struct DocumentSource: Sendable {
  /// The paths as given.
  public let paths: [String]
  /// The largest document accepted, in bytes.
  public let maxBytes: Int
  /// Folders never read when a folder is walked (compared by real path).
  public let excludedFolders: [String]
  /// The file name extensions read in folders, lower case without the dot
  /// (`txt` and `md` for documents); files named on the command line are
  /// read whatever their name.
  public let extensions: Set<String>

  /// Creates a source.
  ///
  /// - Parameters:
  ///   - paths: Files, folders, or "-" for standard input.
  ///   - maxBytes: The largest document accepted.
  ///   - excludedFolders: Folders to leave out when walking folders, such
  ///     as the output folder.
  ///   - extensions: The extensions of the files read in folders (default:
  ///     `txt` and `md`; `jsonl` for extraction shards).
  public init(
    paths: [String], maxBytes: Int = 16_000_000, excludedFolders: [String] = [], extensions: Set<String> = ["txt", "md"]
  ) {
    self.paths = paths
    self.maxBytes = maxBytes
    self.excludedFolders = excludedFolders
    self.extensions = extensions
  }

  /// The files the paths name, folders expanded, sorted within each folder.
  ///
  /// - Parameter report: Called for each path that gives no file: missing,
  ///   an unreadable folder, a symbolic link or special file inside a
  ///   folder.
  /// - Returns: File paths, and "-" where standard input was named.
  public func files(report: (InputError) -> Void) -> [String] {
    var files: [String] = []
    let excluded = Set(excludedFolders.compactMap(Self.realPath))
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        report(.notFound(path: path))
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      if let real = Self.realPath(path), excluded.contains(real) { continue }
      var found: [String] = []
      walk(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, excluded: excluded, into: &found, report: report)
      files.append(contentsOf: found.sorted())
    }
    return files
  }

  /// Collects the files under a folder whose extension is one of
  /// ``extensions``.
  private func walk(_ folder: String, excluded: Set<String>, into found: inout [String], report: (InputError) -> Void) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      report(.unreadable(path: folder, reason: "cannot list folder (\(Self.reason(error)))"))
      return
    }
    for name in names {
      let path = folder == "/" ? "/" + name : folder + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0 else {
        report(.unreadable(path: path, reason: String(cString: strerror(errno))))
        continue
      }
      let ext = (name as NSString).pathExtension.lowercased()
      let isDocument = extensions.contains(ext)
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        if let real = Self.realPath(path), excluded.contains(real) { continue }
        walk(path, excluded: excluded, into: &found, report: report)
      case S_IFREG:
        if isDocument { found.append(path) }
      case S_IFLNK:
        var target = stat()
        let pointsToFolder = stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFDIR
        if isDocument || pointsToFolder { report(.symbolicLink(path: path)) }
      default:
        if isDocument { report(.unreadable(path: path, reason: "not a regular file")) }
      }
    }
  }

  /// The canonical path of an existing file or folder.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// A file system error's reason, without Foundation's wrapping.
  static func reason(_ error: any Error) -> String {
    if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return (error as NSError).localizedDescription
  }

  /// The documents in one file from ``files(report:)``: standard input
  /// ("-") as a stream, read as its lines arrive; any other file as one
  /// document (or its error).
  ///
  /// - Parameter file: A path from ``files(report:)``.
  /// - Returns: The file's documents and errors, in order.
  public func documents(in file: String) -> DocumentStream {
    if file == "-" {
      return DocumentStream(descriptor: STDIN_FILENO, path: "<stdin>", maxBytes: maxBytes)
    }
    do {
      return DocumentStream(results: [.success(try read(file))])
    } catch {
      return DocumentStream(results: [.failure(error)])
    }
  }

  /// Reads one file into its document.
  ///
  /// - Parameter file: A file path (not "-").
  /// - Returns: The document, with the file name (without extension) as id.
  /// - Throws: ``InputError`` naming the file.
  public func read(_ file: String) throws(InputError) -> InputDocument {
    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    if size > maxBytes { throw .tooLarge(path: file, bytes: size, limit: maxBytes) }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .unreadable(path: file, reason: "permission denied or not a regular file")
    }
    let decoded = try TextDecoder.decode(Array(data), path: file)
    let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let info = DocumentInfo(id: id, path: file, warnings: decoded.warnings.isEmpty ? nil : decoded.warnings)
    return InputDocument(info: info, text: decoded.text)
  }

  /// Standard input given as bytes: the documents of ``DocumentStream``,
  /// with each problem reported and the rest kept.
  ///
  /// - Parameters:
  ///   - bytes: Everything standard input would hold.
  ///   - report: Called for each bad line or unreadable input.
  /// - Returns: The documents, in order.
  package func parseStandardInput(_ bytes: [UInt8], report: (InputError) -> Void = { _ in }) -> [InputDocument] {
    var documents: [InputDocument] = []
    for result in DocumentStream(bytes: bytes, path: "<stdin>", maxBytes: maxBytes) {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let error): report(error)
      }
    }
    return documents
  }
}
