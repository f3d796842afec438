import NLPCore
import Lexicon

/// Turns one document's text into its ``Extraction``: entities with their
/// mentions, statements with speakers and topics, and typed relations.
///
/// The map step of NewsGraph. It holds only immutable loaded data, so one
/// extractor can serve many tasks at once.
///
/// ```swift
/// let extractor = try Extractor(lexicon: .loadShipped())
/// let extraction = extractor.extract(DocumentInfo(id: "a1"), text: text)
/// ```
public struct Extractor: Sendable {
  /// The word lists used by every rule.
  public let lexicon: Lexicon
  /// The pipeline that analyses a text before the rules run.
  public let pipeline: Pipeline
  /// The trained pronoun resolver (`NLPModels`' `CoreferenceResolver`), if any.
  public let pronouns: (any PronounResolving)?

  /// Creates an extractor.
  ///
  /// - Parameters:
  ///   - lexicon: The loaded word lists.
  ///   - pipeline: Makes the analysed document: tokens and sentences, and
  ///     from a pipeline with the trained models (`NLPModels`'
  ///     `Pipeline.annotating(with:)`) tags, parses and named entities;
  ///     without them, unknown capitalised words are classified by rules alone.
  ///   - pronouns: Links pronouns to antecedents on parsed documents; without
  ///     it (or without a parse) the nearest agreeing person or group is taken.
  public init(lexicon: Lexicon, pipeline: Pipeline = .standard, pronouns: (any PronounResolving)? = nil) {
    self.lexicon = lexicon
    self.pipeline = pipeline
    self.pronouns = pronouns
  }

  /// Extracts entities, statements and relations from a text.
  ///
  /// - Parameters:
  ///   - info: The document's id, path and date.
  ///   - text: The document's text.
  /// - Returns: The extraction, with offsets into `text`.
  public func extract(_ info: DocumentInfo, text: String) -> Extraction {
    var document = Document(id: info.id, text: text)
    try? pipeline.apply(to: &document)
    return extract(info, document: document)
  }

  /// Extracts from a document the pipeline has already analysed.
  ///
  /// - Parameters:
  ///   - info: The document's id, path and date.
  ///   - document: The tokenised, sentence-split document.
  /// - Returns: The extraction.
  public func extract(_ info: DocumentInfo, document: Document) -> Extraction {
    var document = document
    document.cacheLowercasedWords()
    // A dateline ("LIMA —") is a sentence of its own: no statement takes a
    // speaker or content from it.
    let datelineFinder = DatelineFinder(lexicon: lexicon, document: document)
    let datelines = datelineFinder.datelines()
    if !datelines.isEmpty { document.sentenceTable = datelineFinder.splitSentences(datelines) }
    var mentions = MentionFinder(lexicon: lexicon, document: document, datelines: datelines).findMentions()
    var entities = EntityResolver(lexicon: lexicon, document: document, pronouns: pronouns).resolve(&mentions)
    let quotes = QuoteFinder(document: document).findQuotes()
    let tree = document.hasModelAnnotations ? ParseTree(document: document) : nil
    var statements = StatementExtractor(
      lexicon: lexicon, document: document, mentions: mentions, quotes: quotes, tree: tree
    ).extract()
    resolveSpeakers(&statements, mentions: &mentions, entities: &entities, document: document)
    keepEntities(&entities, mentions: mentions, statements: statements)
    let reference = ReferenceDate(iso: info.date)
    EventEnricher(lexicon: lexicon, document: document, mentions: mentions, reference: reference, tree: tree)
      .enrich(&entities)
    let relations = RelationExtractor(
      lexicon: lexicon, document: document, mentions: mentions, entities: entities, reference: reference, tree: tree
    ).extract()
    let judge = StanceJudge(lexicon: lexicon, document: document, tree: tree)
    return ExtractionAssembler(document: document, mentions: mentions, entities: entities, judge: judge)
      .assemble(info, statements: statements, relations: relations)
  }

  /// Gives each statement its speaker entity; a group speaker written as a
  /// longer phrase becomes a group entity of its own.
  private func resolveSpeakers(
    _ statements: inout [StatementDraft], mentions: inout [Mention], entities: inout [ResolvedEntity], document: Document
  ) {
    let mentionIndex = MentionIndex(mentions)
    // At most one group mention per statement is added: room for them at
    // once, instead of doubling the list (every mention copied) when it fills.
    mentions.reserveCapacity(mentions.count + statements.count)
    var groupsByName: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where entity.type == .group && groupsByName[entity.name] == nil {
      groupsByName[entity.name] = index
    }
    for index in statements.indices {
      guard let speakerMention = statements[index].speakerMention else {
        if let tokens = statements[index].speakerTokens, tokens.count == 1,
          let entity = relativePronounEntity(tokens.lowerBound, mentions: mentions, index: mentionIndex, document: document)
        {
          statements[index].speakerEntity = entity
        }
        continue
      }
      let mention = mentions[speakerMention]
      let tokens = statements[index].speakerTokens ?? mention.tokens
      if tokens != mention.tokens, tokens.count > mention.tokens.count {
        let range = document.tokenTable[tokens.lowerBound].range.lowerBound..<document.tokenTable[tokens.upperBound - 1].range.upperBound
        let name = String(document.text(in: range))
        if let existing = groupsByName[name] {
          statements[index].speakerEntity = existing
        } else {
          var group = ResolvedEntity(type: .group, name: name)
          group.addSurface(name)
          group.affiliation = mentionIndex.starting(in: tokens).first {
            (mentions[$0].type == .country || mentions[$0].type == .organization) && mentions[$0].entity != nil
          }.flatMap { mentions[$0].entity }
          var groupMention = Mention(tokens: tokens, range: range, text: name, kind: .group, type: .group, canonical: name)
          groupMention.entity = entities.count
          mentions.append(groupMention)
          group.mentions.append(mentions.count - 1)
          entities.append(group)
          groupsByName[name] = entities.count - 1
          statements[index].speakerEntity = entities.count - 1
        }
      } else {
        statements[index].speakerEntity = mention.entity
      }
    }
  }

  /// The entity a relative pronoun speaks for ("Anna Berg, who supported
  /// the plan, said ..."): that of the mention holding its antecedent, if
  /// it can speak.
  private func relativePronounEntity(
    _ pronoun: Int, mentions: [Mention], index: MentionIndex, document: Document
  ) -> Int? {
    guard let antecedent = relativeAntecedent(of: pronoun, document: document) else { return nil }
    let mention = index.starting(in: max(0, antecedent - 8)..<(antecedent + 1)).last {
      mentions[$0].tokens.contains(antecedent) && mentions[$0].entity != nil && Self.canSpeak(mentions[$0])
    }
    return mention.flatMap { mentions[$0].entity }
  }

  /// Whether a mention can be a relative pronoun's speaker: a person, an
  /// organization, a group or a country by its name or seat, not a people
  /// ("Britons who want ..."), a place or an event.
  private static func canSpeak(_ mention: Mention) -> Bool {
    switch mention.type {
    case .person, .organization, .group: true
    case .country: mention.kind != .demonym
    default: false
    }
  }

  /// The word a relative pronoun stands for: for `who`, `which` or `that`
  /// as the subject of a relative clause, the word the parse hangs the
  /// clause on; for `who` and `which` the parse may miss ("backed by Anna
  /// Berg, who said ..." as parataxis), the word before it or before its
  /// comma.
  private func relativeAntecedent(of pronoun: Int, document: Document) -> Int? {
    let word = document.lowercasedWord(pronoun)
    guard ["who", "which", "that"].contains(word), document.tokenTable[pronoun].label.isNominalSubject else {
      return nil
    }
    let verb = pronoun + document.tokenTable[pronoun].headOffset
    if verb != pronoun, verb >= 0, verb < document.tokenCount, document.tokenTable[verb].label == .aclRelcl {
      let antecedent = verb + document.tokenTable[verb].headOffset
      if antecedent != verb, antecedent >= 0, antecedent < pronoun { return antecedent }
    }
    guard word != "that" else { return nil }
    let before = pronoun > 0 && document.lowercasedWord(pronoun - 1) == "," ? pronoun - 2 : pronoun - 1
    return before >= 0 ? before : nil
  }

  /// Drops groups nobody needs and single names nobody confirmed.
  private func keepEntities(_ entities: inout [ResolvedEntity], mentions: [Mention], statements: [StatementDraft]) {
    let speakers = Set(statements.compactMap(\.speakerEntity))
    for index in entities.indices where entities[index].type == .group {
      let hasModifier = entities[index].code != nil || entities[index].affiliation != nil
      entities[index].isKept = speakers.contains(index) || (hasModifier && entities[index].mentions.count > 1)
    }
    for index in speakers { entities[index].isKept = true }
    for index in entities.indices where entities[index].surfaces.isEmpty { entities[index].isKept = false }
  }
}
