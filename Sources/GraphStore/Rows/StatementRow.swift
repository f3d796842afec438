internal import GRDB
import KnowledgeGraph

/// A row of the `statement` table: one statement of a document's
/// extraction, without the entities it is about.
///
/// A `NULL` speaker or cue text means the statement had none.
struct StatementRow: DocumentChildRow, Equatable {
  static let databaseTableName = "statement"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case document, ordinal, speaker
    case speakerText = "speaker_text"
    case speakerStart = "speaker_start"
    case speakerEnd = "speaker_end"
    case cueText = "cue_text"
    case cueStart = "cue_start"
    case cueEnd = "cue_end"
    case kind, content, date, rule, stance
  }

  var document: Int64
  /// Its position in the extraction's statements.
  var ordinal: Int
  /// The speaker's entity id, when resolved.
  var speaker: String?
  /// The text naming the speaker, or nil for no speaker.
  var speakerText: String?
  /// Where the speaker's text starts.
  var speakerStart: Int?
  /// Where the speaker's text ends.
  var speakerEnd: Int?
  /// The cue (e.g. "said"), or nil for none.
  var cueText: String?
  /// Where the cue starts.
  var cueStart: Int?
  /// Where the cue ends.
  var cueEnd: Int?
  /// The statement kind's raw value.
  var kind: String
  /// The content spans, as a JSON array.
  var content: String
  /// The statement's date.
  var date: String?
  /// The name of the rule that found it (`NULL` in rows written before
  /// schema version 5).
  var rule: String?
  /// The stance toward each about entity, as a JSON object (`NULL` when
  /// none was judged, and in rows written before schema version 6).
  var stance: String?

  /// The row for a statement about to be stored.
  ///
  /// - Parameters:
  ///   - statement: The statement.
  ///   - ordinal: Its position in the extraction.
  ///   - json: Encodes the content and the stance.
  /// - Throws: `EncodingError` if the content or stance cannot be encoded.
  init(_ statement: StatementRecord, ordinal: Int, json: JSONColumns) throws {
    document = 0
    self.ordinal = ordinal
    speaker = statement.speaker?.entity
    speakerText = statement.speaker?.text
    speakerStart = statement.speaker?.start
    speakerEnd = statement.speaker?.end
    cueText = statement.cue?.text
    cueStart = statement.cue?.start
    cueEnd = statement.cue?.end
    kind = statement.kind.rawValue
    content = try json.text(of: statement.content)
    date = statement.date
    rule = statement.rule
    stance = try statement.stance.map { try json.text(of: $0) }
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: Columns.document)
    ordinal = try row.decode(forColumn: Columns.ordinal)
    speaker = try row.decode(forColumn: Columns.speaker)
    speakerText = try row.decode(forColumn: Columns.speakerText)
    speakerStart = try row.decode(forColumn: Columns.speakerStart)
    speakerEnd = try row.decode(forColumn: Columns.speakerEnd)
    cueText = try row.decode(forColumn: Columns.cueText)
    cueStart = try row.decode(forColumn: Columns.cueStart)
    cueEnd = try row.decode(forColumn: Columns.cueEnd)
    kind = try row.decode(forColumn: Columns.kind)
    content = try row.decode(forColumn: Columns.content)
    date = try row.decode(forColumn: Columns.date)
    rule = try row.decode(forColumn: Columns.rule)
    stance = try row.decode(forColumn: Columns.stance)
  }

  var databaseArguments: StatementArguments {
    [
      document, ordinal, speaker, speakerText, speakerStart, speakerEnd, cueText, cueStart,
      cueEnd, kind, content, date, rule, stance,
    ]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.document] = document
    container[Columns.ordinal] = ordinal
    container[Columns.speaker] = speaker
    container[Columns.speakerText] = speakerText
    container[Columns.speakerStart] = speakerStart
    container[Columns.speakerEnd] = speakerEnd
    container[Columns.cueText] = cueText
    container[Columns.cueStart] = cueStart
    container[Columns.cueEnd] = cueEnd
    container[Columns.kind] = kind
    container[Columns.content] = content
    container[Columns.date] = date
    container[Columns.rule] = rule
    container[Columns.stance] = stance
  }

  /// The statement as the extraction had it, with an empty about-list.
  ///
  /// - Parameter json: Decodes the content.
  /// - Returns: The statement.
  /// - Throws: ``CorruptRow`` for an unknown kind, a speaker or cue text
  ///   without its offsets, content that is not a JSON array of spans, or
  ///   a stance that is not a JSON object of stances.
  func record(json: JSONColumns) throws(CorruptRow) -> StatementRecord {
    guard let statementKind = StatementKind(rawValue: kind) else {
      throw CorruptRow(reason: "unknown statement kind '\(kind)'")
    }
    var speakerSpan: StatementRecord.Speaker?
    if let speakerText {
      guard let speakerStart, let speakerEnd else {
        throw CorruptRow(reason: "statement \(ordinal): speaker text without offsets")
      }
      speakerSpan = StatementRecord.Speaker(
        entity: speaker, span: TextSpan(text: speakerText, start: speakerStart, end: speakerEnd))
    }
    var cue: TextSpan?
    if let cueText {
      guard let cueStart, let cueEnd else {
        throw CorruptRow(reason: "statement \(ordinal): cue text without offsets")
      }
      cue = TextSpan(text: cueText, start: cueStart, end: cueEnd)
    }
    var stanceMap: [String: Stance]?
    if let stance {
      stanceMap = try json.value([String: Stance].self, from: stance, what: "statement stance")
    }
    return StatementRecord(
      speaker: speakerSpan, cue: cue,
      content: try json.value([TextSpan].self, from: content, what: "statement content"),
      kind: statementKind, date: date, rule: rule, stance: stanceMap)
  }
}
