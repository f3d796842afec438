/// A person's name split into the parts cross-document resolution compares:
/// given name (or its initial), middle names or initials, and surname.
///
/// Built from a ``NameKey``'s words, so case and punctuation are gone:
/// "George W. Bush" is `george w bush`, "B Cohen" is `b cohen`. A first word
/// of one letter is an initial ("B Cohen"); one-letter words after it are
/// middle initials ("George W Bush").
struct PersonName: Hashable, Sendable {
  /// The words of the name, normalised, descriptors already removed.
  let words: [String]

  /// Splits a normalised name.
  ///
  /// - Parameter words: The name's words, lower-cased (``NameKey`` words).
  init(words: [String]) {
    self.words = words
  }

  /// Whether the name is one word ("Blair", "Harry").
  var isSingle: Bool { words.count == 1 }

  /// The last word: the surname of a full or initialled name.
  var surname: String { words.last ?? "" }

  /// The first word.
  var first: String { words.first ?? "" }

  /// Whether the first word is an initial ("B Cohen", "S Williams").
  var isInitialled: Bool { words.count >= 2 && first.unicodeScalars.count == 1 }

  /// Whether the name has a given name and a surname ("Ben Cohen").
  var isFull: Bool { words.count >= 2 && !isInitialled }

  /// The middle words: between the first word and the surname.
  var middle: ArraySlice<String> { words.count > 2 ? words[1..<(words.count - 1)] : [] }

  /// The name without middle initials: `george bush` for `george w bush`.
  ///
  /// Middle names of two letters or more stay ("Jose Manuel Barroso").
  var withoutMiddleInitials: String {
    guard words.count > 2 else { return words.joined(separator: " ") }
    let kept = [first] + middle.filter { $0.unicodeScalars.count > 1 } + [surname]
    return kept.joined(separator: " ")
  }

  /// Whether a full name agrees with this initialled one: the same surname,
  /// a given name starting with the initial, and middle initials (if both
  /// have them) that agree.
  ///
  /// "B Cohen" agrees with "Ben Cohen"; "S Williams" never with "Martyn
  /// Williams".
  /// - Parameter full: A full name.
  /// - Returns: Whether the two can name the same person.
  func initialAgrees(with full: PersonName) -> Bool {
    guard isInitialled, full.isFull, surname == full.surname,
      let initial = first.unicodeScalars.first, full.first.unicodeScalars.first == initial
    else { return false }
    return middleAgrees(with: full)
  }

  /// Whether two full names are one person's: the same given name and
  /// surname, and middle parts that do not contradict each other (an
  /// initial agrees with a name it starts; a missing middle agrees with
  /// anything).
  ///
  /// - Parameter other: Another full name.
  /// - Returns: Whether they agree.
  func fullAgrees(with other: PersonName) -> Bool {
    guard isFull, other.isFull, first == other.first, surname == other.surname else { return false }
    return middleAgrees(with: other)
  }

  private func middleAgrees(with other: PersonName) -> Bool {
    let mine = Array(middle)
    let theirs = Array(other.middle)
    guard !mine.isEmpty, !theirs.isEmpty else { return true }
    guard mine.count == theirs.count else { return false }
    for (a, b) in zip(mine, theirs) {
      if a == b { continue }
      let shorter = a.unicodeScalars.count <= b.unicodeScalars.count ? a : b
      let longer = shorter == a ? b : a
      guard shorter.unicodeScalars.count == 1, longer.hasPrefix(shorter) else { return false }
    }
    return true
  }
}
