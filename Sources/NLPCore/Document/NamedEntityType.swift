/// The kind of a named entity the recognizer finds.
public enum NamedEntityType: String, Sendable, CaseIterable, Codable {
  /// A person (real or fictional), named.
  case person
  /// A place: country, city, region, landmark.
  case place
  /// An organization: company, party, government body, team.
  case organization
  /// A named event: war, election, festival, summit.
  case event
}
