extension IdentityResolver {
  /// Reads the title each document writes before a person's one-word name
  /// ("President Bush", "Chancellor Brown"): the capitalised word right
  /// before a mention, away from the start of a sentence, lower-cased.
  /// Honorifics ("Mr") say nothing of who it is and are left out.
  ///
  /// - Parameter texts: Each resolved document's text, by index; nil where
  ///   unknown.
  mutating func readTitles(texts: [String?]) {
    for (document, extraction) in extractions.enumerated() {
      guard document < texts.count, let text = texts[document] else { continue }
      let people = unitsOf[document].filter { units[$0].type == .person && units[$0].words.count == 1 }
      guard !people.isEmpty else { continue }
      for (index, mentions) in zip(people, mentionWindows(of: people, in: extraction, text: text)) {
        for (mention, window) in mentions {
          if let title = Self.title(in: window.scalars, before: mention.start - window.base) {
            titles[index, default: []].insert(title)
          }
        }
      }
    }
  }

  /// The capitalised word right before `start`, lower-cased, unless it
  /// starts a sentence or is an honorific.
  static func title(in text: [Unicode.Scalar], before start: Int) -> String? {
    guard start > 1, start <= text.count, text[start - 1] == " " else { return nil }
    var index = start - 1
    let end = index
    while index > 0, text[index - 1].properties.isAlphabetic { index -= 1 }
    guard index < end, text[index].properties.isUppercase else { return nil }
    var before = index
    while before > 0, text[before - 1] == " " { before -= 1 }
    guard before > 0, before < index, !".!?\n\"'“‘:".unicodeScalars.contains(text[before - 1]) else { return nil }
    let word = String(String.UnicodeScalarView(text[index..<end])).lowercased()
    return honorifics.contains(word) || word.unicodeScalars.count < 3 ? nil : word
  }

  /// The one candidate the unit's title names: the only one whose
  /// documents call it "the <title>" ("the president"), with the reason;
  /// nil when none or several do. Only full names the unit's name is the
  /// surname of count ("Prince Charles" is no "Charles Kennedy").
  func titled(_ index: Int, among candidates: [Int]) -> (Int, String)? {
    guard let written = titles[index], !written.isEmpty else { return nil }
    let surname = units[index].person.surname
    var matching: [(Int, String)] = []
    for cluster in Set(candidates.map(root)).sorted() where units[cluster].person.surname == surname {
      let names = (members[cluster] ?? []).flatMap { units[$0].aliases }.map { $0.lowercased() }
      let title = written.sorted().first { title in
        names.contains { $0.hasPrefix("the ") && $0.split(separator: " ").last.map(String.init) == title }
      }
      if let title { matching.append((cluster, title)) }
    }
    guard matching.count == 1, let (cluster, title) = matching.first else { return nil }
    let name = units[index].core
    return (cluster, "\"\(title.capitalized) \(name)\": only \"\(units[cluster].core)\" is called \"the \(title)\"")
  }
}
