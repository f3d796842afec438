extension IdentityResolver {
  /// Statistics of people's names over the whole corpus, read before any
  /// name is changed.
  struct NameStatistics {
    /// Full names (two words or more) of people, by how many documents
    /// name them so.
    private(set) var documents: [String: Set<Int>] = [:]
    /// For a word, the second words of the two-word names of people it
    /// starts.
    private(set) var givenIn: [String: Set<String>] = [:]
    /// For a word, the distinct names of people it ends.
    private(set) var surnameIn: [String: Set<String>] = [:]

    /// Counts the names of the people among some units.
    init(_ units: [DocumentEntity]) {
      for unit in units where unit.type == .person && unit.words.count >= 2 {
        let key = unit.key
        documents[key, default: []].insert(unit.document)
        if unit.words.count == 2, unit.words[0].unicodeScalars.count > 1 {
          givenIn[unit.words[0], default: []].insert(unit.words[1])
        }
        surnameIn[unit.words[unit.words.count - 1], default: []].insert(key)
      }
    }

    /// Whether some document names a person so.
    func isAttested(_ words: ArraySlice<String>) -> Bool {
      documents[words.joined(separator: " ")] != nil
    }

    /// Whether a word is used as a given name: it starts two or more
    /// two-word names of people whose second word is a surname (it ends
    /// two or more names), as "Ron" in "Ron Howard" and "Ron Atkinson"
    /// ("Academy" in "Academy Awards" does not).
    func isGivenName(_ word: String) -> Bool {
      (givenIn[word]?.filter { (surnameIn[$0]?.count ?? 0) >= 2 }.count ?? 0) >= 2
    }

    /// Whether a word ends some full name of a person.
    func isSurname(_ word: String) -> Bool { surnameIn[word] != nil }
  }

  /// The words that start people's names of two words or more, lower-cased:
  /// the candidates for ``CommonWords``.
  func firstWordsOfNames() -> Set<String> {
    Set(units.filter { $0.type == .person && $0.words.count >= 2 && $0.words[0].unicodeScalars.count > 1 }.map { $0.words[0] })
  }

  /// Reads every person's name without its descriptors.
  ///
  /// A name loses the words before a part that is itself some person's full
  /// name elsewhere in the corpus ("Tory MP Boris Johnson" → "Boris
  /// Johnson", "Man-of-the-match Stephen Jones" → "Stephen Jones"), unless
  /// what would go is one given name ("Robert De Niro" stays), or what
  /// would stay starts with an initial ("Hunter S Thompson" stays). A
  /// capitalised trailing abbreviation goes the same way ("Frank Field MP"),
  /// and so does "of ..." ("Yonca Brunini of Yahoo"). The words removed are
  /// kept as the role, and are then removed from other names too when what
  /// is left is a known name or surname ("Referee Poll" → "Poll"). Words
  /// before an honorific inside a name go ("Analysing Mr Brown" → "Brown").
  /// So is a
  /// first word the corpus mostly writes in lower case ("Injured Chelsea",
  /// "Fuming Robinson"), unless it is a given name, when what is left is a
  /// known name or surname.
  mutating func analyseNames() {
    let statistics = NameStatistics(units)
    var learned = Set<[String]>()
    var pending: [Int] = []
    for index in units.indices where units[index].type == .person {
      let tokens = NameTokens(units[index].core)
      guard tokens.words.count >= 2 else { continue }
      let (start, end) = Self.core(of: tokens, statistics: statistics)
      if start > 0 || end < tokens.words.count {
        if start > 0, !(start == 1 && statistics.isGivenName(tokens.words[0])) {
          learned.insert(Array(tokens.words[0..<start]))
        }
        strip(index, tokens: tokens, start: start, end: end)
      } else {
        pending.append(index)
      }
    }
    // Descriptors learned above, at the front of names not yet stripped.
    for index in pending {
      let tokens = NameTokens(units[index].core)
      let words = tokens.words
      for length in stride(from: min(3, words.count - 1), through: 1, by: -1)
      where learned.contains(Array(words[0..<length])) || (length == 1 && commonWords.contains(words[0])) {
        let rest = words[length...]
        let known = rest.count >= 2 ? statistics.isAttested(rest) : statistics.isSurname(rest[rest.startIndex])
        guard known, !(length == 1 && statistics.isGivenName(words[0])) else { continue }
        strip(index, tokens: tokens, start: length, end: words.count)
        break
      }
    }
  }

  /// Honorifics that, inside a name, end the descriptor before them
  /// ("Analysing Mr Brown" is "Brown"). Compared lower-cased.
  static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr"]

  /// The word range of a name's core: descriptors before it and
  /// abbreviations or "of ..." after it left out, when what stays is some
  /// person's full name in the corpus.
  static func core(of tokens: NameTokens, statistics: NameStatistics) -> (Int, Int) {
    let words = tokens.words
    var start = 0
    var end = words.count
    // An honorific inside a name ends its descriptor: "Analysing Mr Brown"
    // is "Brown".
    if words.count >= 3, let honorific = words[1..<(words.count - 1)].lastIndex(where: honorifics.contains) {
      start = honorific + 1
    }
    var changed = true
    while changed {
      changed = false
      if end - start >= 3, tokens.isAllCapitals(end - 1), statistics.isAttested(words[start..<(end - 1)]) {
        end -= 1
        changed = true
      }
      if let of = words[start..<end].firstIndex(of: "of"), of - start >= 2, statistics.isAttested(words[start..<of]) {
        end = of
        changed = true
      }
      guard end - start >= 3 else { continue }
      for cut in (start + 1)...(end - 2) where words[cut].unicodeScalars.count > 1 {
        guard statistics.isAttested(words[cut..<end]) else { continue }
        if cut - start == 1, statistics.isGivenName(words[start]) { break }
        start = cut
        changed = true
        break
      }
    }
    return (start, end)
  }

  /// Keeps only a word range of a unit's name, the rest as its role.
  private mutating func strip(_ index: Int, tokens: NameTokens, start: Int, end: Int) {
    let role = [tokens.text(0..<start), tokens.text(end..<tokens.words.count)].filter { !$0.isEmpty }
    units[index].core = tokens.text(start..<end)
    units[index].words = Array(tokens.words[start..<end])
    units[index].role = role.joined(separator: ", ")
    reasons[index, default: []].append(
      "\"\(units[index].name)\" is \"\(units[index].core)\" with the descriptor \"\(units[index].role ?? "")\"")
  }
}
