/// One mention as the coreference resolver sees it: where it is, and what
/// the tagger, parser and recognizer say about its head.
///
/// Built from gold data for training and from the models' output at
/// extraction time; the resolver only reads these fields.
package struct CorefMention: Sendable, Equatable {
  /// The 0-based sentence.
  package var sentence: Int
  /// The 0-based first word in the sentence.
  package var start: Int
  /// The word after the last one.
  package var end: Int
  /// The head word, lowercased.
  package var head: String
  /// The head's Penn tag (`NNP`, `PRP`, `PRP$`, ...).
  package var tag: String
  /// The head's dependency relation (`nsubj`, `obj`, `nmod:poss`, ...).
  package var deprel: String
  /// The lemma of the head's governor, lowercased (`say` for "she said").
  package var governor: String
  /// The 0-based word of the head's governor in the sentence, -1 for the root.
  package var governorIndex: Int
  /// The named-entity type of a named mention (`person`, ...), else empty.
  package var entityType: String
  /// The first word, lowercased (`the`, `a`, `his`, a given name, ...).
  package var firstWord: String
  /// Whether the mention joins coordinated words ("Ana and Tom").
  package var isCoordination: Bool
  /// The mention's words, lowercased and joined by spaces.
  package var text: String
  /// The entity type a common-noun head usually has (``CorefNounTypes``), else empty.
  package var nounType = ""

  /// The named-entity type, else the common noun's usual type.
  package var semanticType: String { entityType.isEmpty ? nounType : entityType }

  /// Creates a mention.
  package init(
    sentence: Int, start: Int, end: Int, head: String, tag: String, deprel: String,
    governor: String = "", governorIndex: Int = -1, entityType: String = "", firstWord: String = "",
    isCoordination: Bool = false, text: String = ""
  ) {
    self.sentence = sentence
    self.start = start
    self.end = end
    self.head = head
    self.tag = tag
    self.deprel = deprel
    self.governor = governor
    self.governorIndex = governorIndex
    self.entityType = entityType
    self.firstWord = firstWord.isEmpty ? head : firstWord
    self.isCoordination = isCoordination
    self.text = text.isEmpty ? head : text
  }

  /// The third-person pronoun class (`he`, `she`, `it`, `they`), or nil.
  package var pronounClass: String? {
    guard tag.hasPrefix("PRP") || tag == "PRON" else { return nil }
    return Self.pronounClasses[head]
  }

  /// Whether the resolver looks for an antecedent of this mention.
  package var isAnaphor: Bool { pronounClass != nil }

  /// `plural`, `singular` or `unknown`, from the tag, pronoun or coordination.
  package var number: String {
    if isCoordination { return "plural" }
    if let pronoun = pronounClass { return pronoun == "they" ? "plural" : "singular" }
    switch tag {
    case "NNS", "NNPS": return "plural"
    case "NN", "NNP": return "singular"
    default: return "unknown"
    }
  }

  /// Whether `other` lies inside this mention's words.
  package func contains(_ other: CorefMention) -> Bool {
    sentence == other.sentence && start <= other.start && other.end <= end
  }

  /// Third-person pronouns and their classes.
  static let pronounClasses: [String: String] = [
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "it": "it", "its": "it", "itself": "it",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
  ]
}
