/// A country as the lexicon knows it.
public struct Country: Sendable, Hashable {
  /// The ISO 3166-1 alpha-2 code.
  public let code: String
  /// The short English name newspapers use ("Russia", "United States").
  public let name: String
  /// Other names and abbreviations ("U.S.", "America").
  public let aliases: [String]
  /// Adjective and people forms ("Russian", "Russians").
  public let demonyms: [String]
  /// The capital's names, usual form first.
  public let capitals: [String]
  /// Other major cities.
  public let cities: [String]
  /// Metonyms for the government ("the Kremlin").
  public let seats: [String]
}
