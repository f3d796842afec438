import NLPCore

/// Turns resolved mentions, entities, statements and relations into the
/// JSON Lines records: stable ids, spans whose text matches the document,
/// aliases, and the entities each statement is about.
struct ExtractionAssembler {
  let document: Document
  let mentions: [Mention]
  let entities: [ResolvedEntity]
  let index: MentionIndex

  init(document: Document, mentions: [Mention], entities: [ResolvedEntity]) {
    self.document = document
    self.mentions = mentions
    self.entities = entities
    self.index = MentionIndex(mentions)
  }

  func span(_ range: Range<Int>) -> TextSpan {
    TextSpan(text: String(document.text(in: range)), start: range.lowerBound, end: range.upperBound)
  }

  func tokenSpan(_ tokens: Range<Int>) -> TextSpan {
    span(document.tokenTable[tokens.lowerBound].range.lowerBound..<document.tokenTable[tokens.upperBound - 1].range.upperBound)
  }

  func assemble(_ info: DocumentInfo, statements: [StatementDraft], relations: [RelationDraft]) -> Extraction {
    // Ids; two resolved entities with one id become one record.
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

    let statementRecords = statements.compactMap { draft -> StatementRecord? in
      guard !draft.content.isEmpty else { return nil }
      var speaker: StatementRecord.Speaker?
      if let tokens = draft.speakerTokens {
        speaker = StatementRecord.Speaker(entity: draft.speakerEntity.flatMap { ids[$0] }, span: tokenSpan(tokens))
      }
      return StatementRecord(
        speaker: speaker, cue: draft.cue.map(tokenSpan), content: draft.content.map(span), kind: draft.kind,
        about: about(draft, ids: ids), date: draft.date, rule: draft.rule?.rawValue)
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

  /// The entities a statement's content mentions: people, countries,
  /// organizations and places; pronouns count unless they are the speaker
  /// talking about themselves; a country named only as a title's adjective
  /// ("Russian President X") does not.
  func about(_ draft: StatementDraft, ids: [Int: String]) -> [String] {
    var found: [String] = []
    var candidates: [Int] = []
    for content in draft.content where !content.isEmpty {
      guard let first = document.tokenIndex(containing: content.lowerBound) ?? document.tokenIndex(startingAtOrAfter: content.lowerBound),
        let last = document.tokenIndex(containing: content.upperBound - 1) ?? previousToken(before: content.upperBound)
      else { continue }
      candidates += index.starting(in: first..<max(first, last + 1))
    }
    for candidate in candidates {
      let mention = mentions[candidate]
      guard draft.content.contains(where: { $0.contains(mention.range.lowerBound) && mention.range.upperBound <= $0.upperBound })
      else { continue }
      if mention.kind == .pair {
        for entity in mention.coreferents where entity != draft.speakerEntity {
          if let id = ids[entity], !found.contains(id) { found.append(id) }
        }
        continue
      }
      guard let entity = mention.entity, let id = ids[entity] else { continue }
      let type = entities[entity].type
      guard type == .person || type == .country || type == .organization || type == .location else { continue }
      if mention.kind == .pronoun && entity == draft.speakerEntity { continue }
      if mention.kind == .demonym || mention.type == .country, isTitleModifier(candidate) { continue }
      if !found.contains(id) { found.append(id) }
    }
    return found.sorted()
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
