/// What a phrase in the gazetteer names.
public enum GazetteerEntry: Sendable, Hashable {
  /// The country's name or alias.
  case country(code: String)
  /// A demonym: "Russian", "Ukrainians".
  case demonym(code: String, plural: Bool)
  /// The capital of a country, which may stand for its government.
  case capital(code: String, city: String)
  /// A seat of government other than the capital ("the Kremlin").
  case seat(code: String)
  /// A city, region or continent, with its country when known.
  case location(name: String, code: String?)
  /// A well-known organization, by canonical name.
  case organization(name: String)
}
