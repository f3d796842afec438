import Foundation
import Testing

/// The outputs stay one set: staged and published together, identical for
/// any number of jobs, readable in a read-only folder, and a failing store
/// or disk is reported when it happens.
@Suite("output set")
struct OutputSetTests {
  static let exports = ["extractions.jsonl", "graph.json", "graph.graphml", "graph.dot", "statements.md", "graph.svg", "index.html"]

  static func corpus(_ count: Int, _ name: String = #function) throws -> URL {
    let folder = try CLI.temporaryDirectory(name)
    let people = ["Anna Berg", "Tomas Lind", "Ines Castro", "Hugo Brandt", "Olga Brandt"]
    for index in 0..<count {
      let speaker = people[index % people.count]
      let text = """
        Minister \(speaker) said on Monday that talks with Norway and Chile would resume in \(2000 + index % 20).
        "We are ready," \(speaker.split(separator: " ")[1]) told reporters in Oslo about plan \(index).
        """
      try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "doc-%04d.txt", index)))
    }
    return folder
  }

  @Test func theDiagramAndReportAreByteIdenticalAcrossRunsAndJobs() throws {
    let input = try Self.corpus(60)
    var outputs: [URL] = []
    for jobs in ["1", "3", "3"] {
      let output = try CLI.temporaryDirectory()
      let result = try CLI.run(["build", input.path, "-o", output.path, "--jobs", jobs])
      #expect(result.status == 0, "\(result.stderr)")
      outputs.append(output)
    }
    for name in Self.exports {
      let first = try Data(contentsOf: outputs[0].appendingPathComponent(name))
      for other in outputs.dropFirst() {
        #expect(try Data(contentsOf: other.appendingPathComponent(name)) == first, "\(name)")
      }
    }
  }

  @Test func leftoversOfAnInterruptedBuildAreCleanedUp() throws {
    let output = try CLI.temporaryDirectory()
    let staging = output.appendingPathComponent(".newsgraph-staging")
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    try Data("half written".utf8).write(to: staging.appendingPathComponent("graph.json"))
    let temporary = ".graph.json.\(UUID().uuidString).tmp"
    try Data("half written".utf8).write(to: output.appendingPathComponent(temporary))
    let result = try CLI.run(["build", "seeds", "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: output.path))
    #expect(!names.contains(".newsgraph-staging"))
    #expect(!names.contains(temporary))
    #expect(names.isSuperset(of: Self.exports))
    let graph = try String(contentsOf: output.appendingPathComponent("graph.json"), encoding: .utf8)
    #expect(graph != "half written")
  }

  @Test(.enabled(if: ReadOnlyFolder.isAvailable, "as root, needs a read-only bind mount and to run as nobody"))
  func askAndExplainReadAStoreInAReadOnlyFolder() throws {
    let folder = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", "seeds", "-o", folder.path]).status == 0)
    let store = folder.appendingPathComponent("newsgraph.sqlite").path
    let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    let readOnly = try ReadOnlyFolder(folder)
    defer { readOnly.restore() }
    let asked = try CLI.run(["ask", "what did Zelensky say", "--graph", store], unprivileged: true)
    #expect(asked.status == 0, "\(asked.stderr)")
    #expect(asked.text.contains("Volodymyr Zelensky"))
    let explained = try CLI.run(["explain", "Putin", "--graph", store], unprivileged: true)
    #expect(explained.status == 0, "\(explained.stderr)")
    #expect(explained.text.contains("Vladimir Putin"))
    let json = try CLI.run(
      ["ask", "--about", "Ukraine", "--graph", folder.appendingPathComponent("graph.json").path], unprivileged: true)
    #expect(json.status == 0, "\(json.stderr)")
    readOnly.restore()
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == before)
  }

  @Test func aDamagedStoreSaysHowToRecover() throws {
    let output = try CLI.temporaryDirectory()
    try Data(String(repeating: "not a database\n", count: 500).utf8)
      .write(to: output.appendingPathComponent("newsgraph.sqlite"))
    let build = try CLI.run(["build", "seeds", "-o", output.path])
    #expect(build.status == 1)
    #expect(build.stderr.contains("damaged store"), "\(build.stderr)")
    #expect(build.stderr.contains("delete it"))
    let ask = try CLI.run(["ask", "--about", "Ukraine", "--graph", output.appendingPathComponent("newsgraph.sqlite").path])
    #expect(ask.status == 1)
    #expect(ask.stderr.contains("delete it"), "\(ask.stderr)")
  }

  @Test(.enabled(if: SmallDisk.isAvailable, "needs the right to mount a tmpfs"))
  func aFullDiskStopsTheBuildWhenTheStoreCannotGrow() throws {
    let disk = try #require(SmallDisk(kilobytes: 384))
    let input = try Self.corpus(600)
    let output = disk.url.appendingPathComponent("out")
    let result = try CLI.run(["build", input.path, "-o", output.path, "--names", "rules"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("the disk is full"), "\(result.stderr)")
    // It stopped when the write failed, not after extracting everything.
    let stopped = result.stderr.components(separatedBy: "stopped after ").dropFirst().first
      .flatMap { Int($0.prefix { $0.isNumber }) }
    #expect((stopped ?? 600) < 600, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("graph.json").path))
  }

  @Test(.enabled(if: SmallDisk.isAvailable, "needs the right to mount a tmpfs"))
  func aFullDiskWhileStagingKeepsThePreviousOutputs() throws {
    let disk = try #require(SmallDisk(kilobytes: 320))
    let output = disk.url.appendingPathComponent("out")
    let small = try Self.corpus(2)
    let first = try CLI.run(["build", small.path, "-o", output.path, "--no-store", "--names", "rules"])
    #expect(first.status == 0, "\(first.stderr)")
    var before: [String: Data] = [:]
    for name in Self.exports { before[name] = try Data(contentsOf: output.appendingPathComponent(name)) }
    let large = try Self.corpus(150)
    let second = try CLI.run(["build", large.path, "-o", output.path, "--no-store", "--names", "rules"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("cannot write"), "\(second.stderr)")
    #expect(second.stderr.contains("the previous outputs are unchanged"))
    #expect(!second.stderr.contains(".newsgraph-staging"))
    for name in Self.exports {
      #expect(try Data(contentsOf: output.appendingPathComponent(name)) == before[name], "\(name)")
    }
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(".newsgraph-staging").path))
  }
}

/// A small tmpfs mounted for one test (needs root, or the right to mount);
/// unmounted when released.
final class SmallDisk {
  let url: URL

  /// Whether this machine lets the tests mount a tmpfs.
  static let isAvailable: Bool = SmallDisk(kilobytes: 64) != nil

  init?(kilobytes: Int) {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("smalldisk-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    guard (try? CLI.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", url.path])) == 0 else {
      try? FileManager.default.removeItem(at: url)
      return nil
    }
  }

  deinit {
    _ = try? CLI.tool("/bin/umount", [url.path])
    try? FileManager.default.removeItem(at: url)
  }
}

/// Makes a folder read-only for the test: a read-only bind mount when the
/// tests run as root (who may write anywhere otherwise; the commands also
/// run as nobody then), else its permissions.
final class ReadOnlyFolder {
  let url: URL

  /// Whether a folder can be made read-only for the tool here.
  static let isAvailable = getuid() != 0 || (SmallDisk.isAvailable && CLI.canRunUnprivileged)
  private var mounted = false
  private var restored = false

  init(_ url: URL) throws {
    self.url = url
    if getuid() == 0 {
      // nobody must be able to reach and read the folder and its files.
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
      guard try CLI.tool("/bin/mount", ["--bind", url.path, url.path]) == 0 else {
        throw CocoaError(.fileWriteNoPermission)
      }
      mounted = true
      guard try CLI.tool("/bin/mount", ["-o", "remount,bind,ro", url.path]) == 0 else {
        throw CocoaError(.fileWriteNoPermission)
      }
    } else {
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)
    }
  }

  func restore() {
    guard !restored else { return }
    restored = true
    if mounted {
      _ = try? CLI.tool("/bin/umount", [url.path])
    } else {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }
  }

  deinit { restore() }
}
