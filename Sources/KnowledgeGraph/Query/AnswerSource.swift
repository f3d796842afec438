/// Where answers to who-said-what questions come from: a graph in memory,
/// or the store's indexes (`GraphStore`), which answer without building the
/// graph.
///
/// A source only finds; ``Answer/init(speaker:about:kinds:source:)``
/// ranks, chooses and orders, so every source answers alike.
public protocol AnswerSource {
  /// The entities a name matches, unranked: by canonical name, by another
  /// name, or (for a one-word name) by one word of a name.
  ///
  /// - Parameter key: The name, normalised.
  /// - Returns: The matches, possibly several per entity.
  func matches(for key: NameKey) -> [EntityMatch]

  /// Entities whose names are close to an unknown one, most mentioned
  /// first ("did you mean").
  ///
  /// - Parameter key: The name, normalised.
  /// - Returns: Up to a few entities.
  func suggestions(for key: NameKey) -> [Entity]

  /// The statements by a speaker and about a topic.
  ///
  /// A statement is about the topic when the topic is among the entities
  /// it is about, or when its content writes one of `names` (the topic's
  /// distinctive names) as a whole word and its document is one of
  /// `documents` (those that name the topic).
  /// - Parameters:
  ///   - speaker: The speaker's entity id, or nil for any speaker.
  ///   - speakerText: When no entity was found: the speaker as written.
  ///   - topic: The topic's entity id, or nil for any topic.
  ///   - names: Names of the topic to look for in contents.
  ///   - documents: The documents where a name in a content counts.
  /// - Returns: The statements, in any order.
  func statements(
    speaker: String?, speakerText: String?, topic: String?, names: [String], documents: Set<String>
  ) -> [Statement]

  /// An entity by id.
  func entity(id: String) -> Entity?

  /// A document by id.
  func document(id: String) -> DocumentInfo?
}

extension Entity {
  /// The names of an entity that, written in a statement's content, say it
  /// is about this entity: the canonical name and other names of two words
  /// or more; for a person also the surname; for a country every name; for
  /// others the one-word names that are a word of the canonical name
  /// ("Labour") or an abbreviation in capitals ("BBC"). Names of fewer than
  /// three letters other than abbreviations are left out.
  public var distinctiveNames: [String] {
    var names: [String] = [name]
    let nameWords = NameTokens(name).words
    if type == .person, nameWords.count >= 2, let surname = name.split(separator: " ").last {
      let written = String(surname).trimmingWhitespace
      if written.unicodeScalars.count >= 3 { names.append(written) }
    }
    for alias in aliases {
      let words = NameTokens(alias).words
      guard let first = alias.unicodeScalars.first, first.properties.isUppercase || first.properties.numericType != nil
      else { continue }
      let capitals = alias.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
      if words.count >= 2 {
        if type != .person || !NameTokens(alias).words.contains(where: { $0.unicodeScalars.count == 1 }) {
          names.append(alias)
        }
      } else if words.count == 1 {
        let long = alias.unicodeScalars.count >= 3
        switch type {
        case .country: if long || capitals { names.append(alias) }
        case .person: break
        default: if (capitals && alias.unicodeScalars.count >= 2) || (long && nameWords.contains(words[0])) { names.append(alias) }
        }
      }
    }
    var seen = Set<String>()
    return names.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}

extension Statement {
  /// Whether the content writes one of some names as a whole word, case
  /// included.
  ///
  /// - Parameter names: Names as written.
  /// - Returns: Whether one of them appears.
  public func contentNames(any names: [String]) -> Bool {
    guard !names.isEmpty else { return false }
    for span in content {
      let scalars = Array(span.text.unicodeScalars)
      for name in names {
        let target = Array(name.unicodeScalars)
        guard !target.isEmpty, target.count <= scalars.count else { continue }
        var start = 0
        while start + target.count <= scalars.count {
          if scalars[start] == target[0], scalars[start..<(start + target.count)].elementsEqual(target) {
            let before = start == 0 || !Self.isWordScalar(scalars[start - 1])
            let after = start + target.count == scalars.count || !Self.isWordScalar(scalars[start + target.count])
            if before && after { return true }
          }
          start += 1
        }
      }
    }
    return false
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
