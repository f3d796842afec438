/// An entity of one document: the mentions that refer to it and what they
/// say about it.
struct ResolvedEntity {
  var type: EntityType
  /// The canonical name.
  var name: String
  /// For countries and places: the ISO code.
  var code: String?
  /// Every surface form seen, in order of first appearance.
  var surfaces: [String] = []
  /// Indices into the mention list, in text order.
  var mentions: [Int] = []
  /// Extra names from general knowledge (a country's usual aliases).
  var knownAliases: [String] = []
  /// For people: (title, country code) pairs written before the name.
  var roles: [(title: String, country: String?, mention: Int)] = []
  /// For events: the date when stated.
  var date: String?
  /// For events: the entity index of the place where it happened.
  var place: Int?
  /// For events: the id of a place named only inside the event's name.
  var placeID: String?
  /// For groups: the entity index they belong to.
  var affiliation: Int?
  /// Whether the entity is kept in the output.
  var isKept = true

  mutating func addSurface(_ text: String) {
    if !surfaces.contains(text) { surfaces.append(text) }
  }
}
