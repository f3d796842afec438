/// Finds, in each document's text, the names the rest of the corpus
/// resolved and the document's own extraction missed ("Wales scrum-half
/// Dwayne Peel" where the title hid the name from the recognizer).
///
/// Only names that identify one graph entity are looked for, written with
/// a capital or a digit first: a full name of a person (never a bare
/// surname or first name), or a name of an organization, place, country or
/// event (of one word only when at least ``minimumDocuments`` documents
/// name the entity); a name two entities share is
/// skipped, and so is a one-word name at the start of a sentence (where any
/// word is capitalised). A match must be written exactly so (case
/// included), stand between word boundaries and overlap no mention the
/// document already has.
struct MentionRecovery {
  /// How many documents must name a one-word name before it is looked for.
  static let minimumDocuments = 3

  /// A name looked for, and the entity it is.
  struct Name {
    var text: [Unicode.Scalar]
    var entity: String
  }

  /// Names by the hash of their first word as written (``wordHash``).
  private var names: [UInt64: [Name]] = [:]
  /// The type and canonical name of each entity a name may add.
  private var entities: [String: (type: EntityType, name: String)] = [:]

  /// Collects the names to look for.
  ///
  /// - Parameters:
  ///   - entities: Each graph entity with its type, canonical name, the
  ///     names its documents use for it and how many documents name it.
  init(entities candidates: [(id: String, type: EntityType, name: String, names: [String], documents: Int)]) {
    var owners: [String: Set<String>] = [:]
    for entity in candidates where entity.type != .group {
      for name in Set(entity.names + [entity.name]) where Self.isSearchable(name, type: entity.type, documents: entity.documents) {
        owners[name, default: []].insert(entity.id)
      }
      entities[entity.id] = (entity.type, entity.name)
    }
    for (name, ids) in owners where ids.count == 1 {
      guard let id = ids.first else { continue }
      let scalars = Array(name.unicodeScalars)
      let firstEnd = scalars.firstIndex { !Self.isWordScalar($0) } ?? scalars.count
      names[Self.wordHash(scalars[0..<firstEnd]), default: []].append(Name(text: scalars, entity: id))
    }
    for key in names.keys { names[key]?.sort { ($0.text.count, $0.entity) > ($1.text.count, $1.entity) } }
  }

  /// A hash of a word's scalars (FNV-1a), so that the text's words are
  /// looked up without making strings.
  static func wordHash(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in word {
      hash ^= UInt64(scalar.value)
      hash &*= 0x100_0000_01b3
    }
    return hash
  }

  /// Whether a name identifies well enough to be looked for.
  static func isSearchable(_ name: String, type: EntityType, documents: Int) -> Bool {
    let words = NameTokens(name).words
    guard let first = name.unicodeScalars.first, isUppercase(first) || isDigit(first), !words.isEmpty else { return false }
    if type == .person { return words.count >= 2 }
    return words.count >= 2 || (documents >= minimumDocuments && words[0].unicodeScalars.count >= 3)
  }

  /// Whether there is nothing to look for.
  var isEmpty: Bool { names.isEmpty }

  /// A document's extraction with the names found in its text added as
  /// mentions (of an entity record already there, or of a new one).
  ///
  /// - Parameters:
  ///   - extraction: The extraction, in graph ids.
  ///   - text: The document's text.
  /// - Returns: The extraction with the recovered mentions.
  func recover(in extraction: Extraction, text: String) -> Extraction {
    var taken: [Range<Int>] = extraction.allEntities.flatMap { $0.mentions.map(\.range) }
    let scalars = Array(text.unicodeScalars)
    var found: [String: [TextSpan]] = [:]
    var offset = 0
    var sentenceStart = true
    while offset < scalars.count {
      let scalar = scalars[offset]
      guard Self.isWordScalar(scalar) else {
        if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" { sentenceStart = true }
        offset += 1
        continue
      }
      var end = offset + 1
      while end < scalars.count, Self.isWordScalar(scalars[end]) { end += 1 }
      if Self.isUppercase(scalar) || Self.isDigit(scalar), let candidates = names[Self.wordHash(scalars[offset..<end])] {
        for name in candidates where matches(name.text, in: scalars, at: offset) {
          let range = offset..<(offset + name.text.count)
          let oneWord = !name.text.contains { $0 == " " || $0 == "-" }
          if (oneWord && sentenceStart) || taken.contains(where: { $0.overlaps(range) }) { break }
          found[name.entity, default: []].append(
            TextSpan(text: String(String.UnicodeScalarView(name.text)), start: range.lowerBound, end: range.upperBound))
          taken.append(range)
          break
        }
      }
      sentenceStart = false
      offset = end
    }
    guard !found.isEmpty else { return extraction }
    var result = extraction
    var entities = result.entities
    for (id, spans) in found {
      if let at = entities.firstIndex(where: { $0.id == id }) {
        entities[at].mentions = (entities[at].mentions + spans).sorted()
      } else if let known = self.entities[id] {
        entities.append(EntityRecord(id: id, type: known.type, name: known.name, mentions: spans.sorted()))
      }
    }
    result.entities = entities.sorted { $0.id < $1.id }
    return result
  }

  /// Whether a name is written at an offset, between word boundaries.
  private func matches(_ name: [Unicode.Scalar], in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
    let end = offset + name.count
    guard end <= scalars.count else { return false }
    for (index, scalar) in name.enumerated() where scalars[offset + index] != scalar { return false }
    return end == scalars.count || !Self.isWordScalar(scalars[end])
  }

  /// Letters, digits and apostrophes inside words.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
        || value == 39
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "\u{2019}"
  }

  /// Whether a scalar is an ASCII digit.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

  /// Whether a scalar is a capital letter.
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
  }
}
