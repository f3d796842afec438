/// How unknown names are found and typed.
package enum NameFinder: String, Sendable, CaseIterable {
  /// The trained models, with the word lists.
  case models
  /// Word lists and capitalisation only.
  case rules
}
