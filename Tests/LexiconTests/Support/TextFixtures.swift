import Foundation
import NewsGraphTestSupport

@testable import Lexicon

/// Shared set-up for the Lexicon tests.
enum TextFixtures {
  /// The shipped lexicon, loaded once for the whole test run.
  static let lexicon = Result { () throws(LexiconError) -> Lexicon in try Lexicon.loadShipped() }

  /// The repository's `Sources/Lexicon/Resources/Lexicon` folder.
  static var lexiconDirectory: URL { RepositoryFiles.lexiconDirectory }
}
