import NLPCore

extension EntityResolver {
  /// The trained resolver's antecedent for each mention, or nil for all
  /// when there is no resolver. Names, descriptions, groups and pairs are
  /// offered with the entity each already has; pronouns without one.
  ///
  /// A document of more than ``modelMentionLimit`` mentions (about a
  /// megabyte of text; a news article has a few hundred) keeps the rule's
  /// answers only: the resolver reads every mention of the document at
  /// once, about 600 bytes each, which made a 10 MB document's build
  /// 100 MB larger.
  func modelAntecedents(_ mentions: [Mention]) -> [Int?]? {
    guard let pronouns, document.hasModelAnnotations, mentions.count <= Self.modelMentionLimit else { return nil }
    let offered = mentions.indices.filter { mentions[$0].kind != .demonym && mentions[$0].kind != .eventNoun }
    let references = offered.map { index in
      let mention = mentions[index]
      return ReferenceMention(
        tokens: mention.tokens, entityType: mention.kind == .name ? Self.gumType(mention.type) : "",
        chain: mention.kind == .pronoun ? nil : mention.entity)
    }
    let found = pronouns.antecedents(of: references, in: document)
    var answer = [Int?](repeating: nil, count: mentions.count)
    for (position, index) in offered.enumerated() { answer[index] = found[position].map { offered[$0] } }
    return answer
  }

  /// The most mentions a document may have for the trained resolver to run.
  static let modelMentionLimit = 20_000

  /// The entity of the model's antecedent of a pronoun, if it is kept, of a
  /// type the pronoun suits, and no title or given name of a person says the
  /// pronoun's gender is wrong.
  func modelAntecedent(
    of index: Int, _ model: [Int?]?, in mentions: [Mention], entities: [ResolvedEntity],
    genders: inout GenderMemo
  ) -> Int? {
    guard let antecedent = model?[index], let target = mentions[antecedent].entity, entities[target].isKept
    else { return nil }
    // The entity's type must suit the pronoun: "he"/"she" a person, "it"/"they" none.
    let wanted = GenderCues.gender(ofPronoun: mentions[index].text.lowercased())
    guard (wanted != nil) == (entities[target].type == .person) else { return nil }
    if entities[target].type == .person, let wanted,
      let known = genders.gender(of: target, entities, mentions), known != wanted
    {
      return nil
    }
    return target
  }

  /// The GUM entity type of an extraction type, as the resolver was trained on.
  static func gumType(_ type: EntityType) -> String {
    switch type {
    case .person: "person"
    case .organization: "organization"
    case .country, .location: "place"
    case .event: "event"
    case .group: ""
    }
  }
}
