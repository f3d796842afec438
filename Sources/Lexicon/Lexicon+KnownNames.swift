import ExtractionRecords

extension Lexicon {
  /// Every name the word lists give a type: country names and aliases,
  /// capitals, cities, regions and continents, seats of government and
  /// well-known organizations (demonyms are left out: they are adjectives).
  ///
  /// Cross-document resolution reads it to tell a type the word lists
  /// vouch for from one the recognizer guessed ("Brown" typed as a place is
  /// a guess; "Liverpool" as a place is not).
  /// - Returns: Each name, as its words joined by spaces, with its types.
  public func knownNames() -> [String: Set<EntityType>] {
    var names: [String: Set<EntityType>] = [:]
    for group in phrases.values {
      for (tokens, entry) in group {
        let type: EntityType
        switch entry {
        case .country: type = .country
        case .capital, .location: type = .location
        case .seat: type = .location
        case .organization: type = .organization
        case .demonym: continue
        }
        names[tokens.joined(separator: " "), default: []].insert(type)
      }
    }
    return names
  }
}
