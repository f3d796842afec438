import Foundation

/// Runs the built `newsgraph` binary, as a user would.
enum CLI {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `newsgraph` executable next to the test bundle.
  static var executable: URL {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = testBinary.deletingLastPathComponent()
    // On Linux the bundle is a file in the bin folder; on macOS a folder.
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("newsgraph").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("newsgraph")
  }

  /// What a run printed and returned.
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// Runs `newsgraph` with arguments, optional standard input, in a folder.
  ///
  /// - Parameters:
  ///   - environment: Variables added to the test's environment.
  ///   - unprivileged: Run as user `nobody` when the tests run as root (so
  ///     that file permissions apply), through `setpriv`.
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL = packageRoot,
    environment: [String: String] = [:], unprivileged: Bool = false
  ) throws -> Result {
    let process = Process()
    if unprivileged && getuid() == 0 {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    // Read both pipes while the process runs, so neither fills up.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Whether ``run(_:stdin:in:environment:unprivileged:)`` can run the
  /// tool as nobody (as root, nobody must be able to reach the binary).
  static let canRunUnprivileged: Bool = {
    guard getuid() == 0 else { return true }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
    return (try? run(["--version"], unprivileged: true).status) == 0
  }()

  /// A new empty temporary folder.
  static func temporaryDirectory(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("newsgraph-tests-\(name.filter(\.isLetter))-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs a program (xmllint, dot) if it exists; nil when it does not.
  static func tool(_ path: String, _ arguments: [String]) throws -> Int32? {
    guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The JSON objects of a JSON Lines text.
  static func jsonLines(_ data: Data) throws -> [[String: Any]] {
    try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw CocoaError(.coderReadCorrupt)
      }
      return object
    }
  }

  /// The seed article.
  static let seed = packageRoot.appendingPathComponent("seeds/000_384b8cffc89ffb5d.txt")
}
