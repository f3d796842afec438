/// The version of NewsGraph, shown by `newsgraph --version` and part of
/// every extractor fingerprint (a new version re-extracts stored documents).
package enum NewsGraphVersion {
  /// The version string.
  package static let current = "0.1.0"
}
