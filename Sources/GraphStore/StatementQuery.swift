internal import GRDB
import KnowledgeGraph

extension GraphStore {
  /// The work of ``statements(speaker:about:)`` (in a file of its own
  /// because GRDB also has a type named `Statement`).
  func matchingStatements(speaker: String?, about: String?) throws(StoreError)
    -> [GraphStatement]
  {
    let (sql, arguments) = Self.statementQuery(speaker: speaker, about: about)
    let path = self.path
    var statements = try read { db in
      let reader = ExtractionReader(path: path)
      let aboutQuery = try db.cachedStatement(
        sql: """
          SELECT entity FROM statement_about
          WHERE document = ? AND statement_ordinal = ? ORDER BY ordinal
          """)
      var found: [GraphStatement] = []
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() {
        let key: Int64 = try row.decode(atIndex: 0)
        let ordinal: Int = try row.decode(atIndex: 1)
        let document: String = try row.decode(atIndex: 2)
        let record = try reader.statement(from: row, offset: 3)
        let about = try String.fetchAll(aboutQuery, arguments: [key, ordinal])
        found.append(
          GraphStatement(
            id: "statement:\(document):\(ordinal + 1)", speaker: record.speaker?.entity,
            speakerText: record.speaker?.text, cue: record.cue?.text, kind: record.kind,
            content: record.content, about: Array(Set(about)).sorted(), document: document,
            date: record.date, rule: record.rule))
      }
      return found
    }
    statements.sort { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
    return statements
  }

  /// The SQL for ``statements(speaker:about:)``: one form per combination
  /// of filters, so that SQLite can use `statement_by_speaker` and
  /// `statement_about_by_entity`.
  static func statementQuery(speaker: String?, about: String?) -> (String, StatementArguments) {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let speaker {
      conditions.append("s.speaker = ?")
      arguments += [speaker]
    }
    if let about {
      conditions.append(
        "(s.document, s.ordinal) IN (SELECT document, statement_ordinal FROM statement_about WHERE entity = ?)"
      )
      arguments += [about]
    }
    let sql = """
      SELECT s.document, s.ordinal, d.id, s.speaker, s.speaker_text, s.speaker_start,
        s.speaker_end, s.cue_text, s.cue_start, s.cue_end, s.kind, s.content, s.date, s.rule
      FROM statement s JOIN document d ON d.key = s.document
      """ + (conditions.isEmpty ? "" : "\nWHERE " + conditions.joined(separator: " AND "))
    return (sql, arguments)
  }
}
