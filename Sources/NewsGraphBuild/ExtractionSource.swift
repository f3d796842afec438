/// Where a build's extractions come from.
package enum ExtractionSource: Sendable, Equatable {
  /// Extract these documents: files, folders (their `.txt` and `.md`) or
  /// `-` for standard input (`newsgraph build`).
  case documents([String])
  /// Read these extraction shards, as `extract` (or `extract --with-text`)
  /// wrote them: files, folders (their `.jsonl`) or `-` (`newsgraph
  /// merge`).
  case shards([String])

  /// The paths, as given.
  var paths: [String] {
    switch self {
    case .documents(let paths), .shards(let paths): paths
    }
  }
}
