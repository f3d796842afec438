/// One entity as one document names it: the unit that cross-document
/// resolution joins.
///
/// Each document's extraction already joins its own short names, titles and
/// pronouns; across documents, the same id in two documents may still name
/// two different people ("Blair" in a politics story and in a rugby one),
/// so resolution decides per document entity, not per id.
struct DocumentEntity: Sendable {
  /// The index of its extraction in the resolver's list.
  let document: Int
  /// The id the extraction gives it.
  let localID: String
  /// The type, after overrides and reconciliation.
  var type: EntityType
  /// The name as the extraction gives it.
  let name: String
  /// The other names the extraction gives it.
  let aliases: [String]
  /// The name without descriptors, as written ("Boris Johnson" for "Tory MP
  /// Boris Johnson").
  var core: String
  /// The words of the core name, normalised (``NameKey``).
  var words: [String]
  /// The descriptor removed from the front of the name ("Tory MP"), kept as
  /// a role.
  var role: String?
  /// How many times the document mentions it.
  let mentionCount: Int
  /// For events: the year, from the name or an ISO date.
  var year: String?
  /// For events: the place's entity id, when stated.
  var place: String?

  /// The normalised core name, words joined by spaces.
  var key: String { words.joined(separator: " ") }

  /// The core name as a person's name.
  var person: PersonName { PersonName(words: words) }

  /// Whether the name is written as a proper name: its first letter is a
  /// capital or a digit ("2003 World Cup", not "talks").
  var isProperName: Bool {
    guard let first = core.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    else { return false }
    return !first.properties.isLowercase
  }
}
