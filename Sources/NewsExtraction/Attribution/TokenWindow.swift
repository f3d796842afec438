/// The token-window limits of the attribution rules, by name: how far a
/// rule looks from the token it starts at, in tokens.
enum TokenWindow {
  /// The most tokens of a speaker phrase ("Rep. Anna Berg (D-Ohio)").
  static let speakerPhrase = 9
  /// How far back from a cue (or the colon before a quote) a speaker's
  /// mention or phrase may start.
  static let speakerLookBack = 8
  /// How far back from a comma an appositive ("NAME, the mayor, said")
  /// may reach.
  static let apposition = 8
  /// How far after a cue (or a word after it) a that-clause may start.
  static let thatClause = 12
  /// How far after a reporting verb its complementizer may stand ("asked
  /// the senator in a letter if").
  static let complementizer = 10
  /// How far before a quoted fragment its cue may stand.
  static let fragmentCue = 16
  /// How far after a support verb its reporting noun may stand ("made
  /// strong comments").
  static let supportVerbNoun = 4
  /// The most tokens of a speaker that names no entity ("the state news
  /// agency").
  static let unnamedSpeaker = 4
  /// How far after a cue a colon may end the words before a quote ("told
  /// the council:").
  static let colonBeforeQuote = 5
  /// The most tokens from a signed quote's closing mark to the end of the
  /// name after its dash.
  static let signature = 8
}
