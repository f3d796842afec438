import Foundation

#if NEWSGRAPH_FUZZING
  import CLibFuzzer
#endif

#if NEWSGRAPH_FUZZING
  /// Runs the harness named by `NEWSGRAPH_FUZZ_HARNESS` on one input.
  ///
  /// Also exported under libFuzzer's name, for a linker that resolves
  /// `main` to libFuzzer's own (GNU gold pulls it in before SwiftPM's
  /// `--defsym main=...` applies).
  ///
  /// - Parameters:
  ///   - data: The input's bytes.
  ///   - size: The number of bytes.
  /// - Returns: 0, as libFuzzer requires.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzHarness.selected.run(bytes)
    return 0
  }
#endif

/// The harness executable's entry point.
///
/// Built with `-sanitize=fuzzer -D NEWSGRAPH_FUZZING` (`scripts/fuzz.sh`), it
/// runs libFuzzer's driver (with libFuzzer's own arguments) on the harness
/// named by the `NEWSGRAPH_FUZZ_HARNESS` environment variable. Built
/// without, it replays saved inputs, so a crash input can be run in an
/// ordinary debug build: `NewsGraphFuzz HARNESS PATH...` runs each file, and
/// each file in each folder.
@main
enum FuzzEntry {
  static func main() {
    #if NEWSGRAPH_FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
    #else
      replay(Array(CommandLine.arguments.dropFirst()))
    #endif
  }

  /// Runs a harness on saved inputs: `HARNESS PATH...`.
  static func replay(_ arguments: [String]) {
    guard let name = arguments.first, let harness = FuzzHarness(rawValue: name) else {
      let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: "|")
      FileHandle.standardError.write(Data("usage: NewsGraphFuzz \(names) PATH...\n".utf8))
      exit(2)
    }
    var count = 0
    for path in arguments.dropFirst() {
      for file in files(at: path) {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        harness.run(Array(data))
        count += 1
      }
    }
    print("\(name): ran \(count) inputs")
  }

  /// A file, or the regular files of a folder in name order.
  static func files(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { path + "/" + $0 }
  }
}
