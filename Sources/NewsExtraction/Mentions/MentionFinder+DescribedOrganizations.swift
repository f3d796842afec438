import NLPCore
import Lexicon

extension MentionFinder {
  /// `mention.described-organization`: a one-word name taken for a person
  /// is an organization when the text describes it as one and nothing in
  /// the document says it is a person.
  ///
  /// It is described as one right after a lower-case noun for a company,
  /// agency, publication or team ("insurance firm Marsh", "magazine Acme",
  /// "Italian side Lazio"), right before a role it gives ("Acme chief
  /// executive Tom Hale", "Acme's chairman", "Lazio coach"), or when the
  /// words after it refer to it as a thing ("Acme, which ...", "Acme said
  /// it ..."). It is a person when any mention of the name has a title
  /// ("Mr Marsh", "Lord Acme") or is followed by "who", when it is a
  /// common given name, or when it is a word of a person's full name
  /// found elsewhere in the document ("Tom Marsh ... Marsh"). Every
  /// mention of the name is retyped together, when one of them stands
  /// inside a sentence: a sentence's first word is capitalised whatever it
  /// is ("Film director Tom Hale" names no company).
  func retypeDescribedOrganizations(_ mentions: inout [Mention]) {
    var byName: [String: (person: Bool, organization: Bool, inside: Bool, indices: [Int])] = [:]
    var fullNameWords = Set<Substring>()
    for mention in mentions where mention.kind == .name && mention.type == .person && mention.tokens.count >= 2 {
      for token in mention.tokens where isWord(token) { fullNameWords.insert(word(token)) }
    }
    for (index, mention) in mentions.enumerated() where mention.kind == .name && mention.type == .person {
      let name = mention.text
      var entry = byName[name] ?? (false, false, false, [])
      entry.indices.append(index)
      if !isSentenceStart(mention.tokens.lowerBound) { entry.inside = true }
      if mention.tokens.count != 1 || mention.title != nil || isPersonName(mention.tokens.lowerBound, fullNameWords: fullNameWords)
        || relativePronoun(after: mention.tokens.lowerBound) == "who"
      {
        entry.person = true
      } else if isDescribedAsOrganization(mention.tokens.lowerBound) {
        entry.organization = true
      }
      byName[name] = entry
    }
    for entry in byName.values where entry.organization && entry.inside && !entry.person {
      for index in entry.indices { mentions[index].type = .organization }
    }
  }

  /// `mention.described-organization` for the single capitalised words
  /// the recognizer left untyped: a proper noun that is no common given
  /// name is an organization, at each of its places, when one of them
  /// inside a sentence describes it as one ("shares in Veltrix ... former
  /// Veltrix chief executive Tom Hale"; a sentence's first word is
  /// capitalised whatever it is: "Film director X").
  func describedOrganizations(among undecided: [Range<Int>]) -> [Mention] {
    var described = Set<Substring>()
    for range in undecided where isDescribableName(range.lowerBound) && !isSentenceStart(range.lowerBound)
      && isDescribedAsOrganization(range.lowerBound, thingReference: false)
    {
      described.insert(word(range.lowerBound))
    }
    guard !described.isEmpty else { return [] }
    return undecided.filter { described.contains(word($0.lowerBound)) && isDescribableName($0.lowerBound) }
      .map { makeMention($0, .name, .organization, canonical: text($0)) }
  }

  /// Whether the untyped word at `i` may be a name: a proper noun, not a
  /// title, a given name or a word marking a former role.
  private func isDescribableName(_ i: Int) -> Bool {
    document.tokenTable[i].tag == .properNoun && GenderCues.gender(ofGivenName: word(i)) == nil
      && !RoleWords.isFormer(lower(i)) && !RoleWords.isHead(lower(i)) && !RoleWords.modifiers.contains(lower(i))
      && titleMatch(at: i, end: i + 1) == nil
  }

  /// Whether the token at `i` opens its sentence.
  private func isSentenceStart(_ i: Int) -> Bool {
    document.sentence(ofToken: i).lowerBound == i
  }

  /// Whether the word at `i` names a person by itself: a common given
  /// name, or a word of a person's full name in the document.
  private func isPersonName(_ i: Int, fullNameWords: Set<Substring>) -> Bool {
    GenderCues.gender(ofGivenName: word(i)) != nil || fullNameWords.contains(word(i))
  }

  /// Whether the text around the one-word name at `i` describes an
  /// organization: a lower-case noun for one right before it, a role the
  /// organization gives right after it (past a possessive), or a
  /// reporting verb and "it" after it.
  /// `thingReference` lets "which" after the name count ("Acme, which
  /// ..."), as it may for a name the recognizer typed person, not for a
  /// capitalised common noun ("the Tsunami which struck ...").
  private func isDescribedAsOrganization(_ i: Int, thingReference: Bool = true) -> Bool {
    if i > 0, isWord(i - 1), !isCapitalized(i - 1) {
      let noun = lower(i - 1)
      if RoleWords.organizationNouns.contains(noun), !Self.personalDescriptions.contains(noun) { return true }
    }
    if thingReference && relativePronoun(after: i) == "which" { return true }
    var next = i + 1
    if next < document.tokenCount, lower(next) == "'s" || lower(next) == "’s" { next += 1 }
    guard next < document.tokenCount, isWord(next), !isCapitalized(next) else { return false }
    let role = lower(next)
    if RoleWords.isHead(role), !Self.personalRoles.contains(role) { return true }
    // "Acme said it ...", "Acme reported its ...".
    return next == i + 1 && next + 1 < document.tokenCount && lexicon.reportingVerbs[role] != nil
      && ["it", "its"].contains(lower(next + 1))
  }

  /// The lower-cased word right after the name at `i`, past a comma, when
  /// it is "who" or "which".
  private func relativePronoun(after i: Int) -> String? {
    var next = i + 1
    if next < document.tokenCount, lower(next) == "," { next += 1 }
    guard next < document.tokenCount else { return nil }
    let word = lower(next)
    return word == "who" || word == "which" ? word : nil
  }

  /// Nouns for companies that describe people as well ("investor X",
  /// "record producer X", "his rival X").
  static let personalDescriptions: WordSet = [
    "investor", "partner", "rival", "rivals", "specialist", "titan", "producer", "developer",
    "explorer", "miner", "builder", "house",
  ]

  /// Roles a person gives as well as an organization ("an Acme aide" is
  /// said of a politician as often as "a Blair aide").
  static let personalRoles: WordSet = [
    "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
    "counsel", "deputy", "partner", "secretary", "whip", "envoy", "ambassador",
  ]
}
