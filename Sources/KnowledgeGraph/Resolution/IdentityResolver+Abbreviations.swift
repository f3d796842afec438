extension IdentityResolver {
  /// Joins an organization whose name abbreviates, word by word, the name
  /// of exactly one other organization: "Man Utd" is "Manchester United",
  /// "Man City" "Manchester City".
  ///
  /// Each word of the short name is the long name's word at the same place,
  /// or shortened from it (``shortens(_:_:)``): its first three letters or
  /// more ("man" of "manchester", "corp" of "corporation"), or a
  /// contraction keeping the first and last letters and consonants between
  /// ("utd" of "united", "ltd" of "limited"). Initials ("M United", "LG"
  /// for "Liggett") and a word ending another ("bank" in "bundesbank") are
  /// not enough. At least one word must be shortened, and the long name
  /// must be the only one the short one fits; otherwise nothing joins.
  mutating func joinAbbreviations() {
    var byLength: [Int: [Int: [String]]] = [:]
    for index in units.indices where units[index].type == .organization && !dropped.contains(index) && !alone.contains(index) {
      let words = units[index].words
      guard words.count >= 2 else { continue }
      let cluster = root(index)
      if byLength[words.count]?[cluster] == nil { byLength[words.count, default: [:]][cluster] = words }
    }
    for (_, clusters) in byLength.sorted(by: { $0.key < $1.key }) {
      let names = Dictionary(grouping: clusters, by: \.value).mapValues { $0.map(\.key).sorted() }
      // A short name and the long one it fits begin every word with the
      // same letter: compare only names of one such signature, so the work
      // stays near linear in the number of names.
      let bySignature = Dictionary(grouping: names.keys, by: Self.initials)
      for (short, shortClusters) in names.sorted(by: { $0.key.joined() < $1.key.joined() }) {
        let fitting = (bySignature[Self.initials(short)] ?? []).filter { long in long != short && Self.abbreviates(short, long) }
          .map { (key: $0, value: names[$0] ?? []) }
        guard fitting.count == 1, let longClusters = fitting.first?.value, longClusters.count == 1 else { continue }
        let target = longClusters[0]
        for cluster in shortClusters {
          join(cluster, into: target, reason: "\"\(units[cluster].core)\" abbreviates \"\(units[target].core)\"")
        }
      }
    }
  }

  /// The first letter of each word: what a name and its abbreviation share.
  static func initials(_ words: [String]) -> [Unicode.Scalar?] {
    words.map { $0.unicodeScalars.first }
  }

  /// Whether every word of `short` is the word of `long` at its place or
  /// shortened from it, and one at least is shortened.
  static func abbreviates(_ short: [String], _ long: [String]) -> Bool {
    guard short.count == long.count else { return false }
    var shortened = false
    for (a, b) in zip(short, long) where a != b {
      guard shortens(a, b) else { return false }
      shortened = true
    }
    return shortened
  }

  /// Whether `a` is `b` shortened: its first three letters or more, or a
  /// contraction (the first and last letters, and only consonants between,
  /// found in `b` in order).
  static func shortens(_ a: String, _ b: String) -> Bool {
    let short = Array(a.unicodeScalars)
    let long = Array(b.unicodeScalars)
    guard short.count >= 3, short.count < long.count, short.allSatisfy(\.properties.isAlphabetic) else { return false }
    if long.starts(with: short) { return true }
    guard short.first == long.first, short.last == long.last,
      short.dropFirst().allSatisfy({ !"aeiouy".unicodeScalars.contains($0) })
    else { return false }
    var rest = long[1...]
    for scalar in short.dropFirst() {
      guard let found = rest.firstIndex(of: scalar) else { return false }
      rest = long[(found + 1)...]
    }
    return true
  }
}
