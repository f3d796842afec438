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

  /// The first token index.
  private var tokenStart: UInt32
  /// The token index after the mention.
  private var tokenEnd: UInt32
  /// The first scalar offset.
  private var scalarStart: UInt32
  /// The scalar offset after the mention.
  private var scalarEnd: UInt32
  /// ``entity``, or -1 before resolution.
  private var entityIndex: Int32 = -1
  /// How it refers.
  public var kind: Kind
  /// The entity type it points to.
  public var type: EntityType
  /// The mention as written.
  public var text: String
  /// The canonical name it suggests ("Russia" for "Russian").
  public var canonical: String
  /// ``countryCode``, ``title``, ``titleCountry``, ``classKey`` and
  /// ``eventPlace``, which most mentions lack: empty until one is set, so a
  /// mention takes about 70 bytes instead of 170.
  private var details: [String?] = []
  /// For plural references ("both leaders"): every entity referred to.
  public var coreferents: [Int] = []

  /// The token indices covered.
  public var tokens: Range<Int> {
    get { Int(tokenStart)..<Int(tokenEnd) }
    set {
      tokenStart = UInt32(truncatingIfNeeded: newValue.lowerBound)
      tokenEnd = UInt32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  /// The scalar offsets covered.
  public var range: Range<Int> {
    get { Int(scalarStart)..<Int(scalarEnd) }
    set {
      scalarStart = UInt32(truncatingIfNeeded: newValue.lowerBound)
      scalarEnd = UInt32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  /// The index of the resolved entity, once resolved.
  public var entity: Int? {
    get { entityIndex < 0 ? nil : Int(entityIndex) }
    set { entityIndex = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }

  /// For countries and places: the ISO code when known.
  public var countryCode: String? {
    get { detail(0) }
    set { setDetail(0, newValue) }
  }

  /// For people: the title written before the name ("Defense Secretary").
  public var title: String? {
    get { detail(1) }
    set { setDetail(1, newValue) }
  }

  /// For people with a title: the country the title is of, as a code.
  public var titleCountry: String? {
    get { detail(2) }
    set { setDetail(2, newValue) }
  }

  /// For groups and event nouns: a class key that joins mentions.
  public var classKey: String? {
    get { detail(3) }
    set { setDetail(3, newValue) }
  }

  /// For event names: the id of a place named inside the name
  /// ("2019 Lima Summit" gives `location:lima`).
  public var eventPlace: String? {
    get { detail(4) }
    set { setDetail(4, newValue) }
  }

  /// The detail in a slot of ``details``.
  private func detail(_ slot: Int) -> String? {
    details.isEmpty ? nil : details[slot]
  }

  /// Sets a slot of ``details``, keeping the list empty while every slot is
  /// nil (so that equal mentions have equal lists).
  private mutating func setDetail(_ slot: Int, _ value: String?) {
    if details.isEmpty {
      guard value != nil else { return }
      details = [String?](repeating: nil, count: 5)
    }
    details[slot] = value
    if value == nil, details.allSatisfy({ $0 == nil }) { details = [] }
  }

  /// Creates a mention.
  public init(
    tokens: Range<Int>, range: Range<Int>, text: String, kind: Kind, type: EntityType,
    canonical: String, countryCode: String? = nil
  ) {
    tokenStart = UInt32(truncatingIfNeeded: tokens.lowerBound)
    tokenEnd = UInt32(truncatingIfNeeded: tokens.upperBound)
    scalarStart = UInt32(truncatingIfNeeded: range.lowerBound)
    scalarEnd = UInt32(truncatingIfNeeded: range.upperBound)
    self.text = text
    self.kind = kind
    self.type = type
    self.canonical = canonical
    self.countryCode = countryCode
  }
}
