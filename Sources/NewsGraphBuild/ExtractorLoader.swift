import Foundation
import Lexicon
import NLPModels
import NewsExtraction

/// Builds the extractor the first time a document needs it, so that a
/// build where nothing changed does not pay for loading the NLP models
/// (about 0.4 s and 70 MB).
///
/// Safe to share between tasks: the first caller loads, the others wait
/// for it; a loading error is kept and thrown to every caller.
final class ExtractorLoader: @unchecked Sendable {
  private let lock = NSLock()
  private let lexicon: Lexicon
  private let usesModels: Bool
  private var loaded: Result<Extractor, CLIError>?

  /// Creates a loader.
  ///
  /// - Parameters:
  ///   - lexicon: The loaded word lists.
  ///   - usesModels: Whether to load the trained models.
  init(lexicon: Lexicon, usesModels: Bool) {
    self.lexicon = lexicon
    self.usesModels = usesModels
  }

  /// The extractor, loaded on first use.
  ///
  /// - Throws: ``CLIError`` when the models cannot be loaded.
  func extractor() throws(CLIError) -> Extractor {
    lock.lock()
    defer { lock.unlock() }
    if loaded == nil {
      if usesModels {
        do {
          loaded = .success(
            Extractor(
              lexicon: lexicon, pipeline: .annotating(with: try NLPModels.loadShipped()),
              pronouns: try CoreferenceResolver.loadShipped()))
        } catch {
          loaded = .failure(CLIError(message: "cannot load models: \(error)"))
        }
      } else {
        loaded = .success(Extractor(lexicon: lexicon))
      }
    }
    return try loaded!.get()
  }

  /// Lets go of the extractor and its models (about 100 MB), for the rest
  /// of a run that extracts no more; a later call to ``extractor()`` loads
  /// them again.
  func unload() {
    lock.lock()
    defer { lock.unlock() }
    loaded = nil
  }
}
