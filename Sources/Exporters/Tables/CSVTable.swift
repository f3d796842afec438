/// One of the three CSV files ``CSVWriter`` writes.
public enum CSVTable: String, Sendable, Hashable, CaseIterable {
  /// `entities.csv`: id, type, name, aliases, mentions, documents, date,
  /// affiliation, place.
  case entities
  /// `statements.csv`: id, document, start, end, speaker, speaker_name,
  /// speaker_text, cue, kind, text, about, about_names, date, stance (the
  /// stance toward each about entity, in the same order; empty when not
  /// judged).
  case statements
  /// `relations.csv`: document, subject, subject_name, predicate, object,
  /// object_name, verb, title, date, evidence, evidence_start, evidence_end,
  /// place.
  case relations

  /// The conventional file name, such as `entities.csv`.
  public var fileName: String { "\(rawValue).csv" }

  /// The header row's column names.
  public var columns: [String] {
    switch self {
    case .entities:
      ["id", "type", "name", "aliases", "mentions", "documents", "date", "affiliation", "place"]
    case .statements:
      [
        "id", "document", "start", "end", "speaker", "speaker_name", "speaker_text", "cue",
        "kind", "text", "about", "about_names", "date", "stance",
      ]
    case .relations:
      [
        "document", "subject", "subject_name", "predicate", "object", "object_name", "verb",
        "title", "date", "evidence", "evidence_start", "evidence_end", "place",
      ]
    }
  }
}
