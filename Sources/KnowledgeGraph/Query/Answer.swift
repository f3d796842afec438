/// The answer to a who-said-what question: which entities the names were
/// taken to mean (and what else they could have meant), and the statements,
/// grouped by document, documents in date order.
public struct Answer: Sendable {
  /// What a name in the question was taken to mean.
  public struct Choice: Sendable {
    /// The name as typed.
    public var query: String
    /// The entity chosen, or nil when no entity has that name (a speaker is
    /// then matched by how the statements write it).
    public var chosen: EntityMatch?
    /// The other entities the name could mean, most likely first.
    public var alternatives: [EntityMatch]
    /// When nothing matched: entities with close names.
    public var suggestions: [Entity]
  }

  /// The statements of one document.
  public struct DocumentGroup: Sendable {
    /// The document (with its path, date and duplicates, when known).
    public var document: DocumentInfo
    /// Its statements, in text order.
    public var statements: [Statement]
  }

  /// How many candidates per name are tried when pairing a speaker with a
  /// topic.
  static let candidatesTried = 6

  /// The speaker asked about, if any.
  public var speaker: Choice?
  /// The topic asked about, if any.
  public var topic: Choice?
  /// Every matching statement, grouped by document.
  public var groups: [DocumentGroup]

  /// How many statements the answer has.
  public var total: Int { groups.reduce(0) { $0 + $1.statements.count } }

  /// Answers a question.
  ///
  /// Each name is looked up and ranked (``EntityMatch`` ranking: whole
  /// names first, then type fit, then mentions). With a speaker and a
  /// topic, the best-ranked pair that has statements is chosen: "Blair" and
  /// "Brown" are the Blair who said something about a Brown. A statement is
  /// about the topic when the topic is among its entities or, in a document
  /// naming the topic, its content writes one of the topic's
  /// ``Entity/distinctiveNames``. Documents come
  /// in date order (undated ones after, by id), statements in text order.
  /// - Parameters:
  ///   - speaker: The speaker's name, or nil for anyone.
  ///   - about: The topic's name, or nil for anything.
  ///   - kinds: The statement kinds wanted, or nil for all.
  ///   - source: Where to look.
  public init(speaker: String?, about: String?, kinds: Set<StatementKind>? = nil, source: some AnswerSource) {
    func choice(_ name: String?, role: NameRole) -> (String, [EntityMatch])? {
      guard let name else { return nil }
      if let entity = source.entity(id: name) { return (name, [EntityMatch(entity: entity, kind: .name)]) }
      return (name, source.matches(for: NameKey(name)).ranked(for: name, role: role))
    }
    let speakers = choice(speaker, role: .speaker)
    let topics = choice(about, role: .topic)
    func options(_ named: (String, [EntityMatch])?) -> [EntityMatch?] {
      guard let ranked = named?.1, !ranked.isEmpty else { return [nil] }
      return ranked.prefix(Self.candidatesTried).map { Optional($0) }
    }
    let speakerOptions = options(speakers)
    let topicOptions = options(topics)
    func fetch(_ s: EntityMatch?, _ t: EntityMatch?) -> [Statement] {
      if about != nil, t == nil { return [] }
      let found = source.statements(
        speaker: s?.entity.id, speakerText: s == nil ? speaker : nil, topic: t?.entity.id,
        names: t?.entity.distinctiveNames ?? [], documents: Set(t?.entity.documents ?? []))
      return kinds.map { kinds in found.filter { kinds.contains($0.kind) } } ?? found
    }
    var pairs: [(Int, Int)] = []
    for i in speakerOptions.indices { for j in topicOptions.indices { pairs.append((i, j)) } }
    pairs.sort { ($0.0 + $0.1, $0.0) < ($1.0 + $1.1, $1.0) }
    var chosen = (0, 0)
    var statements: [Statement] = []
    for (i, j) in pairs {
      let found = fetch(speakerOptions[i], topicOptions[j])
      if !found.isEmpty {
        chosen = (i, j)
        statements = found
        break
      }
    }
    func made(_ named: (String, [EntityMatch])?, _ index: Int, _ options: [EntityMatch?]) -> Choice? {
      guard let (name, ranked) = named else { return nil }
      let pick = options[index]
      return Choice(
        query: name, chosen: pick, alternatives: ranked.filter { $0.entity.id != pick?.entity.id },
        suggestions: ranked.isEmpty ? source.suggestions(for: NameKey(name)) : [])
    }
    self.speaker = made(speakers, chosen.0, speakerOptions)
    self.topic = made(topics, chosen.1, topicOptions)
    var byDocument: [String: [Statement]] = [:]
    for statement in statements { byDocument[statement.document, default: []].append(statement) }
    groups = byDocument.map { id, list in
      DocumentGroup(
        document: source.document(id: id) ?? DocumentInfo(id: id),
        statements: list.sorted { ($0.start, $0.id) < ($1.start, $1.id) })
    }.sorted {
      ($0.document.date ?? "\u{10FFFF}", $0.document.id) < ($1.document.date ?? "\u{10FFFF}", $1.document.id)
    }
  }

  /// The first statements in answer order, still grouped.
  ///
  /// - Parameter limit: How many statements to keep, or nil for all.
  /// - Returns: The groups holding them.
  public func groups(limit: Int?) -> [DocumentGroup] {
    guard let limit else { return groups }
    var left = limit
    var kept: [DocumentGroup] = []
    for group in groups where left > 0 {
      var part = group
      part.statements = Array(group.statements.prefix(left))
      left -= part.statements.count
      kept.append(part)
    }
    return kept
  }
}
