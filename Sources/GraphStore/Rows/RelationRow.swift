internal import GRDB
import KnowledgeGraph

/// A row of the `relation` table: one relation of a document's extraction.
struct RelationRow: DocumentChildRow, Equatable {
  static let databaseTableName = "relation"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case document, ordinal, subject, predicate, object, verb, title, date
    case evidenceText = "evidence_text"
    case evidenceStart = "evidence_start"
    case evidenceEnd = "evidence_end"
    case place, rule
  }

  var document: Int64
  /// Its position in the extraction's relations.
  var ordinal: Int
  /// The subject's entity id.
  var subject: String
  /// The predicate's raw value.
  var predicate: String
  /// The object's entity id.
  var object: String
  /// The verb that states it, if any.
  var verb: String?
  /// The title (role) it names, if any.
  var title: String?
  /// Its date.
  var date: String?
  /// The text it was read from.
  var evidenceText: String
  /// Where the evidence starts.
  var evidenceStart: Int
  /// Where the evidence ends.
  var evidenceEnd: Int
  /// The id of the place where it happened.
  var place: String?
  /// The name of the rule that found it (`NULL` in rows written before
  /// schema version 5).
  var rule: String?

  /// The row for a relation about to be stored.
  ///
  /// - Parameters:
  ///   - relation: The relation.
  ///   - ordinal: Its position in the extraction.
  init(_ relation: RelationRecord, ordinal: Int) {
    document = 0
    self.ordinal = ordinal
    subject = relation.subject
    predicate = relation.predicate.rawValue
    object = relation.object
    verb = relation.verb
    title = relation.title
    date = relation.date
    evidenceText = relation.evidence.text
    evidenceStart = relation.evidence.start
    evidenceEnd = relation.evidence.end
    place = relation.place
    rule = relation.rule
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: Columns.document)
    ordinal = try row.decode(forColumn: Columns.ordinal)
    subject = try row.decode(forColumn: Columns.subject)
    predicate = try row.decode(forColumn: Columns.predicate)
    object = try row.decode(forColumn: Columns.object)
    verb = try row.decode(forColumn: Columns.verb)
    title = try row.decode(forColumn: Columns.title)
    date = try row.decode(forColumn: Columns.date)
    evidenceText = try row.decode(forColumn: Columns.evidenceText)
    evidenceStart = try row.decode(forColumn: Columns.evidenceStart)
    evidenceEnd = try row.decode(forColumn: Columns.evidenceEnd)
    place = try row.decode(forColumn: Columns.place)
    rule = try row.decode(forColumn: Columns.rule)
  }

  var databaseArguments: StatementArguments {
    [
      document, ordinal, subject, predicate, object, verb, title, date, evidenceText,
      evidenceStart, evidenceEnd, place, rule,
    ]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.document] = document
    container[Columns.ordinal] = ordinal
    container[Columns.subject] = subject
    container[Columns.predicate] = predicate
    container[Columns.object] = object
    container[Columns.verb] = verb
    container[Columns.title] = title
    container[Columns.date] = date
    container[Columns.evidenceText] = evidenceText
    container[Columns.evidenceStart] = evidenceStart
    container[Columns.evidenceEnd] = evidenceEnd
    container[Columns.place] = place
    container[Columns.rule] = rule
  }

  /// The relation as the extraction had it.
  ///
  /// - Returns: The relation.
  /// - Throws: ``CorruptRow`` for an unknown predicate.
  func record() throws(CorruptRow) -> RelationRecord {
    guard let known = Predicate(rawValue: predicate) else {
      throw CorruptRow(reason: "unknown predicate '\(predicate)'")
    }
    return RelationRecord(
      subject: subject, predicate: known, object: object, verb: verb, title: title, date: date,
      place: place,
      evidence: TextSpan(text: evidenceText, start: evidenceStart, end: evidenceEnd), rule: rule)
  }
}
