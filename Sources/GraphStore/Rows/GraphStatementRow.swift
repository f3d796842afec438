internal import GRDB

/// A row of the `graph_statement` table: a statement the resolved graph
/// counts, with its speaker and topics as graph ids. The rest of the
/// statement is its `statement` row, with the same document and ordinal.
struct GraphStatementRow: DocumentChildRow, Equatable {
  static let databaseTableName = "graph_statement"
  /// A statement id seen twice keeps its last row.
  static let persistenceConflictPolicy = PersistenceConflictPolicy(insert: .replace, update: .replace)

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case document, ordinal, speaker, about, stance
  }

  var document: Int64
  /// The statement's ordinal in its document.
  var ordinal: Int
  /// The speaker's graph id.
  var speaker: String?
  /// The graph ids it is about, as a JSON array.
  var about: String
  /// The stance toward each graph id it is about, as a JSON object, or
  /// nil when none was judged.
  var stance: String?

  /// The row for a graph statement.
  ///
  /// - Parameters:
  ///   - document: The key of its document row.
  ///   - ordinal: Its ordinal in the document.
  ///   - speaker: The speaker's graph id.
  ///   - about: The graph ids it is about, as a JSON array.
  ///   - stance: The stance toward each of them, as a JSON object.
  init(document: Int64, ordinal: Int, speaker: String?, about: String, stance: String? = nil) {
    self.document = document
    self.ordinal = ordinal
    self.speaker = speaker
    self.about = about
    self.stance = stance
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: Columns.document)
    ordinal = try row.decode(forColumn: Columns.ordinal)
    speaker = try row.decode(forColumn: Columns.speaker)
    about = try row.decode(forColumn: Columns.about)
    stance = try row.decode(forColumn: Columns.stance)
  }

  var databaseArguments: StatementArguments {
    [document, ordinal, speaker, about, stance]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.document] = document
    container[Columns.ordinal] = ordinal
    container[Columns.speaker] = speaker
    container[Columns.about] = about
    container[Columns.stance] = stance
  }
}
