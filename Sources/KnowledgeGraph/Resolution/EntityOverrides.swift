/// Corrections a user keeps in a file and every build applies, without
/// extracting anything again: names that are one entity, entities that must
/// never be joined, a type to force, an entity to drop.
///
/// The file (`newsgraph.entities.tsv` in the output folder, or the one given
/// with `--entities`) has one rule per line, tab-separated; blank lines and
/// lines starting with `#` are ignored:
///
/// ```
/// alias	Man Utd	Manchester United
/// never	Charles	Charles Kennedy
/// type	Liverpool	organization	sport_102,sport_127
/// drop	Analysts
/// ```
///
/// - `alias NAME CANONICAL`: mentions named NAME are the entity named
///   CANONICAL (a name or an entity id).
/// - `never NAME OTHER`: the entities so named are never joined.
/// - `type NAME TYPE`: the entity named NAME has that type.
/// - `drop NAME`: the entity named NAME is left out of the graph; statements
///   keep their text, without it as speaker or topic.
///
/// A name matches an entity's name, its name without descriptors ("Boris
/// Johnson" for "Tory MP Boris Johnson") or its id, compared as ``NameKey``s.
/// An optional last column lists the document ids (comma-separated) the
/// rule applies to; without it, the rule applies everywhere.
public struct EntityOverrides: Sendable, Hashable {
  /// What a rule does.
  public enum Action: Sendable, Hashable {
    /// Mentions named `name` are the entity named `canonical`.
    case alias(canonical: String)
    /// The entities named `name` and `other` never join.
    case never(other: String)
    /// The entity named `name` has this type.
    case type(EntityType)
    /// The entity named `name` is dropped.
    case drop
  }

  /// One rule of the file.
  public struct Rule: Sendable, Hashable {
    /// The name (or entity id) the rule is about.
    public var name: String
    /// What to do.
    public var action: Action
    /// The documents it applies to, or nil for all.
    public var documents: Set<String>?
    /// Where it was written, for explanations: `file:line`.
    public var source: String

    /// Creates a rule.
    ///
    /// - Parameters:
    ///   - name: The name or entity id it is about.
    ///   - action: What to do.
    ///   - documents: The document ids it applies to, or nil for all.
    ///   - source: Where it came from, such as `newsgraph.entities.tsv:3`.
    public init(name: String, action: Action, documents: Set<String>? = nil, source: String = "overrides") {
      self.name = name
      self.action = action
      self.documents = documents
      self.source = source
    }

    /// Whether the rule applies in a document.
    func applies(in document: String) -> Bool { documents?.contains(document) ?? true }

    /// Whether the rule names an entity with this name, core or id.
    func matches(name: String, core: String, id: String) -> Bool {
      Self.matches(self.name, name: name, core: core, id: id)
    }

    static func matches(_ pattern: String, name: String, core: String, id: String) -> Bool {
      if pattern == id { return true }
      let key = NameKey(pattern)
      return !key.value.isEmpty && (NameKey(name) == key || NameKey(core) == key)
    }
  }

  /// The rules, in file order.
  public var rules: [Rule]

  /// Creates overrides from rules.
  ///
  /// - Parameter rules: The rules; none by default.
  public init(rules: [Rule] = []) {
    self.rules = rules
  }

  /// Whether there is no rule.
  public var isEmpty: Bool { rules.isEmpty }

  /// Reads the rules of an overrides file.
  ///
  /// - Parameters:
  ///   - text: The file's text.
  ///   - path: The file's path, for messages and explanations.
  /// - Throws: ``GraphError/badOverride(path:line:reason:)`` for a line with
  ///   an unknown action, a missing column or an unknown type.
  public init(parsing text: String, path: String) throws(GraphError) {
    var rules: [Rule] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      let trimmed = line.trimmingWhitespace
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      let number = index + 1
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
      func fail(_ reason: String) -> GraphError { .badOverride(path: path, line: number, reason: reason) }
      guard cells.count >= 2, !cells[1].isEmpty else {
        throw fail("expected ACTION<tab>NAME[<tab>VALUE][<tab>DOCUMENTS]")
      }
      let action = cells[0].lowercased()
      let needsValue = action != "drop"
      let valueIndex = needsValue ? 2 : nil
      if let valueIndex, cells.count <= valueIndex || cells[valueIndex].isEmpty {
        throw fail("'\(action)' needs a third column")
      }
      let documentsIndex = needsValue ? 3 : 2
      var documents: Set<String>?
      if cells.count > documentsIndex, !cells[documentsIndex].isEmpty {
        documents = Set(cells[documentsIndex].split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty })
      }
      guard cells.count <= documentsIndex + 1 else { throw fail("too many columns") }
      let parsed: Action
      switch action {
      case "alias": parsed = .alias(canonical: cells[2])
      case "never": parsed = .never(other: cells[2])
      case "type":
        guard let type = EntityType(rawValue: cells[2].lowercased()) else {
          throw fail("unknown type '\(cells[2])'; use \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        parsed = .type(type)
      case "drop": parsed = .drop
      default: throw fail("unknown action '\(cells[0])'; use alias, never, type or drop")
      }
      rules.append(Rule(name: cells[1], action: parsed, documents: documents, source: "\(path):\(number)"))
    }
    self.rules = rules
  }

  /// A commented example file, for `newsgraph build` to point users at.
  public static let example = """
    # newsgraph.entities.tsv: corrections applied on every build (tab-separated).
    # action	name	value	[documents, comma-separated]
    alias	Man Utd	Manchester United
    never	Charles	Charles Kennedy
    type	Liverpool	organization	sport_102,sport_127
    drop	Analysts

    """
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
