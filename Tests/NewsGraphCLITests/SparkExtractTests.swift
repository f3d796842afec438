import Foundation
import Testing

/// `scripts/spark-extract.py` in Spark local mode (`local[2]`) on the first
/// 300 BBC articles (paths sorted), then `merge`: the graph must equal a
/// `build` of the same 300 files byte for byte. Needs Java (Debian's
/// openjdk-17-jre-headless) and PySpark in `.venv` (`scripts/setup.sh
/// --python` installs both; with `NEWSGRAPH_REQUIRE_PYTHON=1` their absence
/// fails the test) and `../shared/corpus/bbc` (skipped without it).
@Suite("Spark extract")
struct SparkExtractTests {
  static let corpus = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc")
  static let python = CLI.packageRoot.appendingPathComponent(".venv/bin/python3").path
  static let script = CLI.packageRoot.appendingPathComponent("scripts/spark-extract.py").path

  static let hasCorpus = FileManager.default.fileExists(atPath: corpus.path)

  /// Whether a Java runtime answers (on PATH or in JAVA_HOME).
  static let hasJava: Bool = {
    let home = ProcessInfo.processInfo.environment["JAVA_HOME"].map { $0 + "/bin/java" }
    let candidates = [home, "/usr/bin/java", "/usr/local/bin/java"].compactMap { $0 }
    return candidates.contains { (try? CLI.tool($0, ["-version"])) == 0 }
  }()

  static let hasPySpark: Bool = (try? CLI.tool(python, ["-c", "import pyspark"])) == 0

  static var pythonRequired: Bool {
    ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_PYTHON"] == "1"
  }

  /// Runs a program to its end; returns its status, standard error and the
  /// wall time.
  static func run(_ executable: String, _ arguments: [String], in directory: URL) throws
    -> (status: Int32, errors: String, seconds: Double)
  {
    let errors = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: errors)
    process.environment = ProcessInfo.processInfo.environment.merging(["SPARK_LOCAL_IP": "127.0.0.1"]) { _, new in new }
    let started = Date()
    try process.run()
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(started)
    return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8), seconds)
  }

  @Test(
    .enabled(if: hasCorpus, "needs ../shared/corpus/bbc"),
    .enabled(if: (hasJava && hasPySpark) || pythonRequired, "needs Java and .venv with pyspark (scripts/setup.sh --python)"))
  func sparkLocalModeThenMergeEqualsBuild() throws {
    try #require(Self.hasJava, "NEWSGRAPH_REQUIRE_PYTHON=1 but no Java runtime answers (openjdk-17-jre-headless)")
    try #require(Self.hasPySpark, "NEWSGRAPH_REQUIRE_PYTHON=1 but .venv/bin/python3 cannot import pyspark")
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
      .filter { $0.hasSuffix(".txt") }.map { Self.corpus.appendingPathComponent($0).path }.sorted()
    let files = Array(names.prefix(300))
    try #require(files.count == 300)
    let folder = try CLI.temporaryDirectory("spark")
    let binary = CLI.executable.path

    let spark = try Self.run(
      Self.python,
      [Self.script] + files + [
        folder.appendingPathComponent("shards").path, "--master", "local[2]", "--newsgraph", binary, "--merge",
        folder.appendingPathComponent("merged").path,
      ], in: folder)
    #expect(spark.status == 0, "\(spark.errors)")
    #expect(spark.errors.contains("spark-extract: 300 documents in, 300 extraction lines out"), "\(spark.errors)")

    let build = try Self.run(binary, ["build"] + files + ["--output", folder.appendingPathComponent("built").path], in: folder)
    #expect(build.status == 0, "\(build.errors)")
    for name in ["graph.json", "graph.graphml", "extractions.jsonl", "graph.dot", "index.html"] {
      let merged = try Data(contentsOf: folder.appendingPathComponent("merged/\(name)"))
      let built = try Data(contentsOf: folder.appendingPathComponent("built/\(name)"))
      #expect(merged == built, "\(name) differs")
    }
    print(String(format: "spark local[2] extract + merge, 300 BBC articles: %.1f s; build: %.1f s", spark.seconds, build.seconds))
  }
}
