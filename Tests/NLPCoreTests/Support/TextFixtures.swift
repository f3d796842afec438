import DocumentInput
import Foundation
import NewsGraphTestSupport

@testable import NLPCore

/// Shared set-up for the NLPCore tests: documents run through the standard
/// pipeline, and slices of text computed without ``Document``.
enum TextFixtures {
  /// The seed article, read as the command line reads it.
  static func seedText() throws -> String { try RepositoryFiles.seedText() }

  /// A document run through the standard pipeline.
  static func analyse(_ text: String, id: String = "test") throws -> Document {
    try Pipeline.standard.run(id: id, text: text)
  }

  /// The token texts of a text.
  static func tokens(_ text: String) throws -> [String] {
    try analyse(text).tokens.map { String($0.text) }
  }

  /// The sentence texts of a text.
  static func sentences(_ text: String) throws -> [String] {
    try analyse(text).sentences.map { String($0.text) }
  }

  /// The text between two scalar offsets, computed independently of
  /// ``Document`` (from the string's scalars).
  static func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
    RepositoryFiles.slice(text, start, end)
  }
}
