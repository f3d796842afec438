import NLPCore

/// Turns resolved mentions, entities, statements and relations into the
/// JSON Lines records: stable ids, spans whose text matches the document,
/// aliases, and the entities each statement is about.
struct ExtractionAssembler {
  let document: Document
  let mentions: [Mention]
  let entities: [ResolvedEntity]
  let index: MentionIndex
  /// Judges each statement's stance toward what it is about; nil leaves
  /// statements without a stance.
  let judge: StanceJudge?

  init(document: Document, mentions: [Mention], entities: [ResolvedEntity], judge: StanceJudge? = nil) {
    self.document = document
    self.mentions = mentions
    self.entities = entities
    self.index = MentionIndex(mentions)
    self.judge = judge
  }

  func span(_ range: Range<Int>) -> TextSpan {
    TextSpan(text: String(document.text(in: range)), start: range.lowerBound, end: range.upperBound)
  }

  func tokenSpan(_ tokens: Range<Int>) -> TextSpan {
    span(document.tokenTable[tokens.lowerBound].range.lowerBound..<document.tokenTable[tokens.upperBound - 1].range.upperBound)
  }

  func assemble(_ info: DocumentInfo, statements: [StatementDraft], relations: [RelationDraft]) -> Extraction {
    let (ids, records) = entityRecords()
    let statementRecords = statements.compactMap { draft -> StatementRecord? in
      guard !draft.content.isEmpty else { return nil }
      var speaker: StatementRecord.Speaker?
      if let tokens = draft.speakerTokens {
        speaker = StatementRecord.Speaker(entity: draft.speakerEntity.flatMap { ids[$0] }, span: tokenSpan(tokens))
      }
      let targets = about(draft, ids: ids)
      return StatementRecord(
        speaker: speaker, cue: draft.cue.map(tokenSpan), content: draft.content.map(span), kind: draft.kind,
        about: targets.map(\.id), date: draft.date, rule: draft.rule?.rawValue,
        stance: judge.map { stance(draft, targets: targets, judge: $0) })
    }
    let relationRecords = relations.compactMap { draft -> RelationRecord? in
      guard let subject = ids[draft.subject], let object = ids[draft.object] else { return nil }
      return RelationRecord(
        subject: subject, predicate: draft.predicate, object: object, verb: draft.verb, title: draft.title,
        date: draft.date, place: draft.place.flatMap { ids[$0] }, evidence: tokenSpan(draft.evidence),
        rule: draft.rule.rawValue)
    }
    // One relation found twice keeps the first rule that found it.
    var seen = Set<RelationRecord>()
    let uniqueRelations = relationRecords.filter { relation in
      var key = relation
      key.rule = nil
      return seen.insert(key).inserted
    }
    let sorted = records.values.sorted { $0.id < $1.id }
    return Extraction(
      document: info, entities: sorted.filter { $0.type != .group }, groups: sorted.filter { $0.type == .group },
      statements: statementRecords, relations: uniqueRelations)
  }

  /// The kept entities' records by id, and each kept entity's id; two
  /// resolved entities with one id become one record.
  private func entityRecords() -> (ids: [Int: String], records: [String: EntityRecord]) {
    var ids: [Int: String] = [:]
    var records: [String: EntityRecord] = [:]
    for (index, entity) in entities.enumerated() where entity.isKept {
      let id = EntitySlug.id(type: entity.type, name: entity.name)
      ids[index] = id
      let spans = entity.mentions.filter { mentions[$0].kind != .pronoun && mentions[$0].kind != .pair }.map { span(mentions[$0].range) }
      var record = records[id] ?? EntityRecord(id: id, type: entity.type, name: entity.name)
      record.mentions.append(contentsOf: spans)
      var aliases = Set(record.aliases)
      aliases.formUnion(entity.surfaces)
      aliases.formUnion(entity.knownAliases)
      if entity.type == .person, let last = entity.name.split(separator: " ").last, entity.name.contains(" ") {
        aliases.insert(String(last))
      }
      aliases.remove(record.name)
      record.aliases = aliases.sorted()
      record.date = record.date ?? entity.date
      records[id] = record
    }
    for (index, entity) in entities.enumerated() where entity.isKept {
      guard let id = ids[index] else { continue }
      if let affiliation = entity.affiliation {
        records[id]?.affiliation = ids[affiliation]
      }
      if records[id]?.place == nil, let place = entity.place.flatMap({ ids[$0] }) ?? entity.placeID {
        records[id]?.place = place
      }
    }
    for id in records.keys {
      records[id]?.mentions.sort()
      if let mentions = records[id]?.mentions {
        records[id]?.mentions = mentions.enumerated().filter { $0.offset == 0 || mentions[$0.offset - 1] != $0.element }.map(\.element)
      }
    }
    return (ids, records)
  }

  /// The entities a statement's content mentions, sorted by id, each with
  /// the token ranges of its mentions there: people, countries,
  /// organizations and places; pronouns count unless they are the speaker
  /// talking about themselves; a country named only as a title's adjective
  /// ("Russian President X") does not.
  func about(_ draft: StatementDraft, ids: [Int: String]) -> [AboutTarget] {
    var found: [String: AboutTarget] = [:]
    func add(_ id: String, _ entity: Int, _ tokens: Range<Int>) {
      found[id, default: AboutTarget(id: id, type: entities[entity].type)].mentions.append(tokens)
    }
    for candidate in contentTokens(draft).flatMap({ index.starting(in: $0) }) {
      let mention = mentions[candidate]
      guard draft.content.contains(where: { $0.contains(mention.range.lowerBound) && mention.range.upperBound <= $0.upperBound })
      else { continue }
      if mention.kind == .pair {
        for entity in mention.coreferents where entity != draft.speakerEntity {
          if let id = ids[entity] { add(id, entity, mention.tokens) }
        }
        continue
      }
      guard let entity = mention.entity, let id = ids[entity] else { continue }
      let type = entities[entity].type
      guard type == .person || type == .country || type == .organization || type == .location else { continue }
      if mention.kind == .pronoun && entity == draft.speakerEntity { continue }
      if mention.kind == .demonym || mention.type == .country, isTitleModifier(candidate) { continue }
      add(id, entity, mention.tokens)
    }
    return found.values.sorted { $0.id < $1.id }
  }

  /// The token ranges of a statement's content spans, in order.
  func contentTokens(_ draft: StatementDraft) -> [Range<Int>] {
    draft.content.compactMap { content -> Range<Int>? in
      guard !content.isEmpty,
        let first = document.tokenIndex(containing: content.lowerBound) ?? document.tokenIndex(startingAtOrAfter: content.lowerBound),
        let last = document.tokenIndex(containing: content.upperBound - 1) ?? previousToken(before: content.upperBound)
      else { return nil }
      return first..<max(first, last + 1)
    }
  }

  /// The stance toward each target of a statement.
  func stance(
    _ draft: StatementDraft, targets: [AboutTarget], judge: StanceJudge
  ) -> [String: Stance] {
    let content = contentTokens(draft)
    var stance: [String: Stance] = [:]
    for target in targets {
      stance[target.id] = judge.stance(toward: target.mentions, type: target.type, cue: draft.cue, content: content)
    }
    return stance
  }

  /// Whether a country mention only qualifies the title of the next person.
  func isTitleModifier(_ mention: Int) -> Bool {
    let end = mentions[mention].tokens.upperBound
    return index.starting(in: (end + 1)..<(end + 4)).contains {
      mentions[$0].type == .person && mentions[$0].title != nil && mentions[$0].titleCountry != nil
    }
  }

  /// The last token ending at or before a scalar offset.
  func previousToken(before offset: Int) -> Int? {
    guard let next = document.tokenIndex(startingAtOrAfter: offset) else { return document.tokenTable.isEmpty ? nil : document.tokenTable.count - 1 }
    return next > 0 ? next - 1 : nil
  }
}
