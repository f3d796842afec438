/// One reference to an entity in a document, before or after resolution.
///
/// A view in the spaCy sense: token and scalar bounds into a ``Document``,
/// plus what the finder learned about it.
public struct Mention: Sendable, Hashable {
  /// How the mention refers to its entity.
  public enum Kind: Sendable, Hashable {
    /// A proper name: "Anna Berg", "UNESCO", "Chile".
    case name
    /// A country's adjective or people: "Russian", "Ukrainians".
    case demonym
    /// A capital or seat standing for a government: "Moscow", "the Kremlin".
    case seat
    /// A personal pronoun: "he", "her", "they".
    case pronoun
    /// A plural reference to people named before: "both leaders", "the two men".
    case pair
    /// A title or descriptor with "the": "the president", "the alliance".
    case description
    /// A collective: "Russian officials", "experts and analysts".
    case group
    /// A common event noun: "the invasion", "peace talks".
    case eventNoun
  }

  /// The token indices covered.
  public var tokens: Range<Int>
  /// The scalar offsets covered.
  public var range: Range<Int>
  /// The mention as written.
  public var text: String
  /// How it refers.
  public var kind: Kind
  /// The entity type it points to.
  public var type: EntityType
  /// The canonical name it suggests ("Russia" for "Russian").
  public var canonical: String
  /// For countries and places: the ISO code when known.
  public var countryCode: String?
  /// For people: the title written before the name ("Defense Secretary").
  public var title: String?
  /// For people with a title: the country the title is of, as a code.
  public var titleCountry: String?
  /// For groups and event nouns: a class key that joins mentions.
  public var classKey: String?
  /// For event names: the id of a place named inside the name
  /// ("2019 Lima Summit" gives `location:lima`).
  public var eventPlace: String?
  /// The index of the resolved entity, once resolved.
  public var entity: Int?
  /// For plural references ("both leaders"): every entity referred to.
  public var coreferents: [Int] = []

  /// Creates a mention.
  public init(
    tokens: Range<Int>, range: Range<Int>, text: String, kind: Kind, type: EntityType,
    canonical: String, countryCode: String? = nil
  ) {
    self.tokens = tokens
    self.range = range
    self.text = text
    self.kind = kind
    self.type = type
    self.canonical = canonical
    self.countryCode = countryCode
  }
}
