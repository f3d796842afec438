internal import GRDB
import KnowledgeGraph

extension GraphStore {
  /// The work of ``statements(speaker:about:)`` (in a file of its own
  /// because GRDB also has a type named `Statement`).
  func matchingStatements(speaker: String?, about: String?) throws(StoreError)
    -> [GraphStatement]
  {
    let (sql, arguments) = Self.statementQuery(speaker: speaker, about: about)
    var statements = try read { db in
      let json = JSONColumns()
      let aboutQuery = try db.cachedStatement(
        sql: """
          \(StatementAboutRow.selectSQL)
          WHERE document = ? AND statement_ordinal = ? ORDER BY ordinal
          """)
      var found: [GraphStatement] = []
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() {
        let stored = try StatementRow(row: row)
        let document: String = try row.decode(forColumn: Self.documentIDColumn)
        let record = try stored.record(json: json)
        let about = try StatementAboutRow.fetchAll(
          aboutQuery, arguments: [stored.document, stored.ordinal]
        ).map(\.entity)
        found.append(
          GraphStatement(
            id: "statement:\(document):\(stored.ordinal + 1)", speaker: record.speaker?.entity,
            speakerText: record.speaker?.text, cue: record.cue?.text, kind: record.kind,
            content: record.content, about: Array(Set(about)).sorted(), document: document,
            date: record.date, rule: record.rule, stance: record.stance))
      }
      return found
    }
    statements.sort { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
    return statements
  }

  /// The name of the document id column the statement queries add to the
  /// statement's columns.
  static let documentIDColumn = "document_id"

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
      SELECT \(StatementRow.columnList(qualifiedBy: "s")), d.id AS \(documentIDColumn)
      FROM statement s JOIN document d ON d.key = s.document
      """ + (conditions.isEmpty ? "" : "\nWHERE " + conditions.joined(separator: " AND "))
    return (sql, arguments)
  }
}
