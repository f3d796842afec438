import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A build's output folder, whose exports change only as one set.
///
/// Exports are written into a staging folder inside it
/// (``stagingName``), and only when every one is written and flushed are
/// they moved into place: first a `PUBLISH` list naming them is written
/// into the staging folder (its appearance is the commit point), then each
/// file is renamed over the old one, then the staging folder is removed. So
/// an interrupted build leaves either the old set whole (interrupted before
/// the commit point: the staging folder is thrown away) or a committed set
/// that the next build finishes moving into place before it does anything
/// else (interrupted during the renames, which take microseconds). A write
/// that fails (a full disk) throws at once and leaves the old set as it was.
///
/// Opening the folder takes an exclusive lock on it (`flock` on the folder
/// itself, so no lock file is left behind), so two builds writing to one
/// folder run one after the other; it is released when the object goes.
/// Opening also removes what interrupted builds left: a staging folder and
/// temporary files of ``AtomicFile``.
///
/// ```swift
/// let folder = try OutputFolder(url, waiting: { print("waiting...") })
/// let staging = try folder.stage()
/// try JSONWriter().write(graph, to: staging.appendingPathComponent("graph.json"))
/// try folder.publish(["graph.json"])
/// ```
public final class OutputFolder {
  /// The folder.
  public let url: URL
  /// The staging folder's name inside it.
  public static let stagingName = ".newsgraph-staging"
  /// The commit list's name inside the staging folder.
  static let publishListName = "PUBLISH"
  /// The descriptor holding the lock.
  private let lock: Int32

  /// The staging folder.
  public var stagingURL: URL { url.appendingPathComponent(Self.stagingName) }

  /// Opens (creating when missing) and locks an output folder, then
  /// finishes or throws away what an interrupted build left in it.
  ///
  /// - Parameters:
  ///   - url: The folder.
  ///   - waiting: Called once if another build holds the folder, before
  ///     waiting for it.
  /// - Throws: ``ExportError/write(path:reason:)`` when the folder cannot be
  ///   created, opened or cleaned.
  public init(_ url: URL, waiting: () -> Void = {}) throws(ExportError) {
    self.url = url
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw .write(path: url.path, reason: "cannot create the folder: \(error.localizedDescription)")
    }
    lock = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard lock >= 0 else { throw .write(path: url.path, reason: Self.systemError()) }
    // A file system without locks (some network mounts) is used unlocked.
    if flock(lock, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK {
      waiting()
      while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
    }
    do {
      try recover()
    } catch {
      close(lock)
      throw error
    }
  }

  deinit {
    close(lock)
  }

  // MARK: - Recovery

  /// Finishes a committed publication, or drops an uncommitted staging
  /// folder; removes stale temporary files.
  func recover() throws(ExportError) {
    let manager = FileManager.default
    let staging = stagingURL
    if manager.fileExists(atPath: staging.path) {
      let list = staging.appendingPathComponent(Self.publishListName)
      if let data = manager.contents(atPath: list.path) {
        let names = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        try move(names, from: staging)
      }
      try removeStaging()
    }
    // ".<name>.<UUID>.tmp" files of an AtomicFile write that was cut short.
    let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
    for name in names where Self.isTemporaryFile(name) {
      unlink(url.appendingPathComponent(name).path)
    }
  }

  /// Whether a file name is one of ``AtomicFile``'s temporary files.
  static func isTemporaryFile(_ name: String) -> Bool {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
    let parts = name.dropLast(4).split(separator: ".")
    guard let last = parts.last, parts.count >= 2 else { return false }
    return UUID(uuidString: String(last)) != nil
  }

  // MARK: - Staging and publishing

  /// A new, empty staging folder to write the exports into.
  ///
  /// - Returns: The staging folder's URL.
  /// - Throws: ``ExportError/write(path:reason:)`` when it cannot be made.
  @discardableResult
  public func stage() throws(ExportError) -> URL {
    try removeStaging()
    do {
      try FileManager.default.createDirectory(at: stagingURL, withIntermediateDirectories: false)
    } catch {
      throw .write(path: stagingURL.path, reason: "cannot create the staging folder: \(error.localizedDescription)")
    }
    return stagingURL
  }

  /// Moves the staged files into the folder as one set.
  ///
  /// - Parameter names: The file names in the staging folder, in the order
  ///   to move them (a name may lead into a subfolder, `neo4j/about.csv`,
  ///   made in the folder when missing) (put the one that says "these outputs are current",
  ///   such as a stamp, last).
  /// - Throws: ``ExportError/write(path:reason:)`` when the commit list
  ///   cannot be written (the old set is then kept) or a rename fails (the
  ///   next build finishes it).
  public func publish(_ names: [String]) throws(ExportError) {
    let staging = stagingURL
    let list = names.joined(separator: "\n") + "\n"
    syncFolder(staging)
    try AtomicFile.write(Data(list.utf8), to: staging.appendingPathComponent(Self.publishListName))
    syncFolder(staging)
    try move(names, from: staging)
    try removeStaging()
  }

  /// Throws the staging folder away (after a failed write).
  public func discardStaging() {
    try? removeStaging()
  }

  /// Renames staged files over the folder's.
  private func move(_ names: [String], from staging: URL) throws(ExportError) {
    for name in names {
      let source = staging.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: source) else { continue }
      let destination = url.appendingPathComponent(name).path
      // A file in a subfolder (`neo4j/entities.csv`): the subfolder is made
      // when missing; its other files are left as they are.
      if name.contains("/") {
        let parent = url.appendingPathComponent(name).deletingLastPathComponent()
        do {
          try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
          throw .write(path: parent.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
      }
      guard rename(source, destination) == 0 else {
        throw .write(path: destination, reason: Self.systemError())
      }
    }
    syncFolder(url)
  }

  private func removeStaging() throws(ExportError) {
    let staging = stagingURL
    guard FileManager.default.fileExists(atPath: staging.path) else { return }
    do {
      try FileManager.default.removeItem(at: staging)
    } catch {
      throw .write(path: staging.path, reason: "cannot remove: \(error.localizedDescription)")
    }
  }

  /// Flushes a folder's entries (renames) to disk.
  private func syncFolder(_ folder: URL) {
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func systemError() -> String {
    String(cString: strerror(errno))
  }
}
