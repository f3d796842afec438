import Lexicon
import NLPCore

/// Small closed word classes the rule-based extractors need: pronouns,
/// auxiliaries, subordinators, event nouns. General English, not tied to any
/// article.
enum WordLists {
  static let personalPronouns: WordSet = ["he", "she", "him", "his", "her", "hers", "himself", "herself"]
  static let pluralPronouns: WordSet = ["they", "them", "their", "theirs", "themselves"]
  /// Plural nouns for people that "both" or "the two" make a reference to
  /// the two people named last ("both leaders", "the two men").
  static let pairNouns: WordSet = [
    "leaders", "men", "women", "presidents", "ministers", "candidates", "politicians", "rivals",
    "sides", "heads", "officials", "diplomats", "premiers",
  ]

  static let subjectPronouns: WordSet = ["he", "she", "they", "i", "we", "it", "you"]

  /// Auxiliaries, negation and adverbs that may stand between a subject
  /// and its verb ("has", "would", "not", "repeatedly", "later"): skipped
  /// when looking from a verb back to its subject.
  static let auxiliariesAndAdverbs: WordSet = [
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "also",
    "not", "never", "repeatedly", "previously", "later", "soon", "then", "already", "again",
    "reportedly", "officially", "publicly", "privately", "recently", "once", "often", "just",
    "still", "even", "further", "had", "long", "always", "frequently", "earlier", "first",
    "separately", "similarly", "likewise", "now", "since", "yet", "quickly", "immediately",
  ]

  static let subordinators: WordSet = [
    "while", "although", "though", "as", "because", "if", "when", "after", "before", "since",
    "whereas", "unless", "until", "once",
  ]

  static let locativePrepositions: WordSet = [
    "in", "at", "from", "to", "near", "outside", "inside", "into", "across", "around", "toward",
    "towards", "through", "via", "throughout", "within", "between",
  ]

  /// Capitalised heads that make a capitalised phrase an event.
  static let namedEventHeads: WordSet = [
    "revolution", "summit", "war", "election", "elections", "olympics", "games", "conference",
    "crisis", "uprising", "protests", "referendum", "massacre", "genocide", "invasion",
    "offensive", "battle", "siege", "accords", "accord", "treaty", "agreement", "forum",
    "festival", "cup", "championship", "championships", "marathon", "attack", "attacks",
    "bombing", "spring", "coup", "pandemic", "earthquake", "hurricane", "tsunami", "riots",
    "congress", "convention", "assembly", "talks", "meeting", "expo", "week", "day", "movement",
    "inquiry", "by-election", "tournament", "awards", "open",
  ]

  /// Lower-case event nouns that end an event's name after a year or a
  /// capitalised name ("the 2005 general election", "the Hutton inquiry").
  static let eventNameHeads: WordSet = [
    "election", "elections", "by-election", "referendum", "summit", "conference", "convention",
    "inquiry", "tournament", "championship", "championships", "olympics", "cup",
    "festival", "awards", "talks", "war", "uprising", "earthquake", "tsunami", "bombings",
  ]

  /// Prepositions that make a year after them a time ("in 2005", "since 1998").
  static let timePrepositions: WordSet = [
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "throughout",
  ]

  /// The election nouns: an election is an event only with a year or a
  /// place ("the 2005 general election", "the Ohio by-election").
  static let electionHeads: WordSet = ["election", "elections", "by-election", "referendum"]

  /// Lower-case words that may stand inside an event's name between its
  /// year or name and its head ("general", "spring" in "the Labour Party
  /// spring conference").
  static let eventNameModifiers: WordSet = [
    "general", "presidential", "parliamentary", "legislative", "local", "mayoral", "municipal",
    "regional", "federal", "national", "leadership", "spring", "autumn", "summer", "winter",
    "annual", "party", "peace", "trade", "emergency", "special", "world",
  ]

  /// Common event nouns grouped into classes: mentions of one class in one
  /// document are taken as one event.
  static let eventNounClasses: WordMap<String> = [
    "war": "war", "wars": "war", "invasion": "war", "conflict": "war", "offensive": "war",
    "aggression": "war", "occupation": "war", "fighting": "war",
    "talks": "talks", "negotiations": "talks", "negotiation": "talks", "peace process": "talks",
    "ceasefire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire",
    "briefing": "briefing", "press conference": "briefing", "news conference": "briefing",
    "summit": "summit", "election": "election", "elections": "election", "vote": "election",
    "referendum": "referendum", "protests": "protest", "protest": "protest", "riots": "protest",
    "coup": "coup", "attack": "attack", "strike": "attack", "bombing": "attack",
    "by-election": "election", "inquiry": "inquiry", "conference": "conference",
  ]

  /// First words of the two-word event nouns ("peace" of "peace process"):
  /// a word and its neighbour are joined into a key only when they can match.
  static let eventNounFirstWords: WordSet = WordSet(
    eventNounClasses.keys.compactMap { key in key.firstIndex(of: " ").map { String(key[..<$0]) } })

  /// Modifiers kept in an event noun's name ("full-scale invasion").
  static let eventModifiers: WordSet = [
    "full-scale", "all-out", "peace", "ceasefire", "trade", "civil", "nuclear", "military",
    "border", "presidential", "parliamentary", "general", "local", "national", "first",
    "second", "third", "cold", "world", "bilateral", "direct", "formal", "brutal", "ongoing",
    "unprovoked", "large-scale", "ground", "air", "missile", "drone", "terrorist", "press",
    "news", "emergency", "joint", "regular", "weekly", "daily", "spring", "autumn", "annual",
  ]

  static let determiners: WordSet = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "any", "some", "every", "each",
  ]

  /// Words that may continue a capitalised name in lower case.
  static let nameParticles: WordSet = [
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn",
    "al", "el", "ben", "dos", "das", "y", "of", "and",
  ]

  /// Leading phrases whose comma introduces reported content in an
  /// "according to X, ..." statement.
  static let accordingTo = ["according", "to"]

  /// Verbs of wanting, intending, supporting and perceiving that attribute
  /// a stance or a perception, beyond the reporting verbs of the lexicon
  /// (as parse lemmas).
  static let attitudeCueLemmas: WordSet = [
    "want", "plan", "intend", "seek", "refuse", "decline", "support", "endorse", "oppose", "back",
    "show", "see", "favor", "favour", "prefer", "like", "love", "hate", "wish", "aim", "prove",
    "demonstrate", "hear", "learn", "view", "regard", "express", "champion", "embrace", "reveal",
    "offer", "vote", "decide", "choose", "refer",
  ]

  /// Cue lemmas whose content may be an infinitive or a small clause
  /// ("wants to ...", "urged voters to ...", "called the plan a mistake").
  static let infinitiveCueLemmas: WordSet = [
    "want", "plan", "intend", "seek", "refuse", "decline", "hope", "expect", "promise", "pledge",
    "vow", "threaten", "urge", "ask", "call", "call on", "tell", "order", "agree", "swear", "claim",
    "encourage", "invite", "warn", "advise", "beg", "implore", "demand", "offer", "propose",
    "decide", "choose", "aim", "wish", "prefer", "like", "love", "hate", "label", "dub", "brand",
    "term", "deem", "consider", "find", "see", "believe", "press", "push", "challenge", "instruct",
    "request", "exhort", "appeal", "plead", "vote",
  ]

  /// Cue lemmas whose content may be a plain object ("endorsed the
  /// senator", "announced his resignation", "criticized the plan").
  static let objectCueLemmas: WordSet = [
    "endorse", "support", "oppose", "back", "criticize", "criticise", "praise", "blame", "accuse",
    "announce", "propose", "defend", "dismiss", "reject", "deny", "predict", "promise", "cite",
    "describe", "want", "seek", "condemn", "denounce", "slam", "blast", "applaud", "welcome",
    "hail", "laud", "tout", "mock", "question", "dispute", "challenge", "recommend", "demand",
    "favor", "favour", "prefer", "like", "love", "hate", "fear", "expect", "see", "know",
    "acknowledge", "admit", "concede", "confirm", "reveal", "disclose", "recall", "ask", "express",
    "call for", "champion", "embrace", "suggest", "claim", "decry", "deplore", "lament",
    "lambast", "rebuke", "ridicule", "castigate", "chastise", "commend", "congratulate", "thank",
    "urge", "offer", "pledge", "vow", "warn", "threaten", "forecast", "estimate", "show",
    "highlight", "stress", "emphasize", "emphasise", "underscore", "outline", "detail", "explain",
    "mention", "note", "report", "insist", "regret", "apologize", "doubt", "suspect", "believe",
    "allege", "protest", "contest", "refute", "rebut", "contradict", "repeat", "reiterate",
    "reaffirm", "tweet", "retweet", "view", "regard",
  ]

  /// Nouns for documents that state findings: "in a poll released Monday".
  static let documentSourceNouns: WordSet = [
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis",
    "memo", "filing", "filings", "document", "documents", "record", "records", "data", "census",
    "tally", "estimate", "estimates", "projection", "projections", "audit", "review", "assessment",
    "indictment", "complaint", "lawsuit", "ruling", "opinion", "word", "words", "view", "judgment",
  ]

  /// Prepositions whose object can be what a cue verb reports ("called for
  /// a ban", "spoke about the economy", "referred to the convention").
  static let cuePrepositions: WordSet = ["for", "about", "of", "to", "against"]

  /// Nouns of time that a parser may take for a subject ("last month said").
  static let timeNouns: WordSet = [
    "day", "week", "month", "year", "today", "yesterday", "tomorrow", "tonight", "morning",
    "afternoon", "evening", "night", "weekend", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "time", "decade", "century", "hour", "minute",
  ]

  /// Cue lemmas whose open complement may be a small clause without "to"
  /// ("called the plan a mistake", "considers him a rival").
  static let smallClauseCueLemmas: WordSet = [
    "call", "label", "dub", "brand", "term", "deem", "consider", "find", "see", "describe", "declare",
  ]

  /// Plain speech verbs whose prepositional phrases tell the occasion, not
  /// the content ("said on a call", "told to reporters").
  static let plainSpeechLemmas: WordSet = [
    "say", "tell", "add", "write", "tweet", "post", "report", "state", "announce", "explain", "note",
  ]

  /// Cue lemmas whose object is the person addressed ("told reporters
  /// that ...").
  static let addresseeCueLemmas: WordSet = [
    "tell", "ask", "inform", "remind", "assure", "reassure", "warn", "urge", "notify", "advise",
    "caution", "brief", "promise", "convince", "persuade", "show", "teach", "email", "text", "write",
  ]

  /// Dependency relations of nominal words: a cue verb attached so is a
  /// tagging error.
  static let nominalRelations: Set<DependencyLabel> = [
    .compound, .amod, .nmod, .nmodPoss, .obj, .iobj, .nsubj, .nsubjPass, .obl, .det, .caseMarker, .flat, .appos,
    .nummod, .fixed,
  ]
}
