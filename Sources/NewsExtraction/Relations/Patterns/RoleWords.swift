import NLPCore
import Lexicon

/// General word lists of roles, for the relation patterns: the nouns that
/// end a title in organizations as well as in governments ("chairman",
/// "chief executive", "correspondent"), the nouns of membership ("peer",
/// "footballer"), the nouns that describe a company or agency ("firm",
/// "regulator") and words that mark a former role.
///
/// Common nouns of English news only; never names.
enum RoleWords {
  /// Nouns that end a title: "chairman", "deputy leader", "energy
  /// analyst", "director of research". Compared lower-cased; a hyphenated
  /// word counts by its last part ("vice-president", "director-general"
  /// also directly).
  static let heads: WordSet = [
    "chairman", "chairwoman", "chairperson", "chair", "co-chairman", "co-chair", "vice-chairman",
    "president", "vice-president", "chief", "boss", "head", "director", "director-general",
    "executive", "officer", "manager", "editor", "correspondent", "reporter", "presenter",
    "columnist", "commentator", "analyst", "economist", "strategist", "spokesman", "spokeswoman",
    "spokesperson", "leader", "secretary", "minister", "commissioner", "governor", "founder",
    "co-founder", "owner", "partner", "adviser", "advisor", "aide", "treasurer", "chancellor",
    "ambassador", "envoy", "general", "counsel", "lawyer", "attorney", "researcher", "scientist",
    "professor", "lecturer", "fellow", "dean", "principal", "coach", "captain", "trainer",
    "deputy", "whip", "speaker", "trustee", "administrator", "controller", "producer", "curator",
    "consultant", "vice-chair", "secretary-general",
    "representative", "negotiator", "inspector", "superintendent", "constable", "prosecutor",
    "judge", "auditor", "regulator", "ombudsman", "comptroller", "premier", "mayor", "official",
    "campaigner", "organiser", "organizer", "coordinator", "convenor", "convener", "chieftain",
  ]

  /// Nouns of membership rather than office: "Labour peer X", "Green
  /// councillor X", "United footballer X".
  static let members: WordSet = [
    "peer", "mp", "mep", "msp", "senator", "congressman", "congresswoman", "councillor",
    "councilor", "lawmaker", "legislator", "backbencher", "member", "members", "activist",
    "footballer", "footballers", "player", "players", "striker", "midfielder", "defender",
    "goalkeeper", "winger", "forward", "batsman", "bowler", "teammate", "team-mate",
    "assemblyman", "assemblywoman", "deputies", "peers", "mps", "senators", "councillors",
  ]

  /// Words that may stand inside a title before its head: "deputy",
  /// "shadow", "senior" (and any lower-case noun or adjective of a field:
  /// "energy analyst").
  static let modifiers: WordSet = [
    "deputy", "vice", "co", "acting", "interim", "shadow", "senior", "junior", "chief", "executive",
    "managing", "general", "assistant", "associate", "principal", "lead", "joint", "outgoing",
    "incoming", "founding", "honorary", "non-executive", "past", "present",
  ]

  /// Words that mark a role as past: "former", "ex-".
  static let former: WordSet = ["former", "ex", "ex-", "then", "erstwhile", "late"]

  /// Words that open a title but are not part of it: "current", "new".
  static let openers: WordSet = ["current", "new", "newly", "incumbent", "sitting"]

  /// Nouns for companies, agencies and media, the last word of a
  /// description before a name: "Russian gas giant X", "US insurance firm
  /// X", "UK broadcaster X".
  static let organizationNouns: WordSet = [
    "firm", "firms", "company", "companies", "group", "giant", "maker", "makers", "airline", "carrier",
    "bank", "lender", "insurer", "broadcaster", "agency", "regulator", "retailer", "operator",
    "producer", "manufacturer", "conglomerate", "newspaper", "daily", "tabloid", "publisher",
    "network", "channel", "rival", "rivals", "supermarket", "chain", "brewer", "utility", "watchdog",
    "developer", "provider", "supplier", "distributor", "exporter", "importer", "miner", "explorer",
    "refiner", "builder", "shipper", "carmaker", "automaker", "drugmaker", "pharmaceutical",
    "business", "corporation", "multinational", "subsidiary", "outfit", "start-up", "startup",
    "club", "side", "team", "party", "union", "charity", "organisation", "organization", "body",
    "authority", "ministry", "department", "office", "service", "magazine", "paper", "station",
    "website", "studio", "label", "institute", "university", "fund", "investor", "partner",
    "monopoly", "titan", "specialist", "house", "association", "federation", "council", "outlet",
    "airport", "brand", "platform", "consultancy", "exchange",
  ]

  /// Whether a lower-cased word ends a title: a head, or a hyphenated word
  /// whose last part is one ("vice-president", "ex-chairman").
  static func isHead(_ word: String) -> Bool {
    if heads.contains(word) { return true }
    if word.hasSuffix("s"), word.count > 3, heads.contains(String(word.dropLast())) { return true }
    guard let hyphen = word.lastIndex(of: "-") else { return false }
    return heads.contains(String(word[word.index(after: hyphen)...]))
  }

  /// Whether a lower-cased word is a noun of membership, also after a
  /// hyphen ("ex-footballer").
  static func isMember(_ word: String) -> Bool {
    if members.contains(word) { return true }
    guard let hyphen = word.lastIndex(of: "-") else { return false }
    return members.contains(String(word[word.index(after: hyphen)...]))
  }

  /// Whether a lower-cased word marks a past role ("former", "ex-chief").
  static func isFormer(_ word: String) -> Bool {
    former.contains(word) || word.hasPrefix("ex-")
  }
}
