import DocumentInput
import Foundation

/// Files of the repository the tests read: the seed article and the shipped
/// word lists.
package enum RepositoryFiles {
  /// The repository's root folder.
  package static var root: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// The repository's `Sources/Lexicon/Resources/Lexicon` folder.
  package static var lexiconDirectory: URL {
    root.appendingPathComponent("Sources/Lexicon/Resources/Lexicon")
  }

  /// The seed article, read as the command line reads it.
  package static func seedText() throws -> String {
    let url = root.appendingPathComponent("seeds/000_384b8cffc89ffb5d.txt")
    return try TextDecoder.decode(Array(try Data(contentsOf: url)), path: url.path).text
  }

  /// The text between two scalar offsets, computed independently of
  /// `Document` (from the string's scalars); nil when out of range.
  package static func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }
}
