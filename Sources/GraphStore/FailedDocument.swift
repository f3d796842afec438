/// A document whose extraction failed: the worker extracting it crashed or
/// ran past its time budget.
///
/// The store keeps it with the content hash the document had, so that the
/// next build skips it (and says so) instead of crashing again, until the
/// text or the extractor changes (either changes the hash).
public struct FailedDocument: Sendable, Equatable {
  /// The document id.
  public var id: String
  /// The path it was read from, if any.
  public var path: String?
  /// The hash of its text and the extractor, as for a stored extraction.
  public var contentHash: String
  /// Why it failed, e.g. "crashed: signal SIGILL (...)" or "timed out
  /// after 30 s".
  public var reason: String

  /// Creates a failure record.
  ///
  /// - Parameters:
  ///   - id: The document id.
  ///   - path: The path it was read from.
  ///   - contentHash: The hash of its text and the extractor.
  ///   - reason: Why it failed.
  public init(id: String, path: String?, contentHash: String, reason: String) {
    self.id = id
    self.path = path
    self.contentHash = contentHash
    self.reason = reason
  }
}
