import NLPCore

/// Makes a document's entity mentions agree with each other.
///
/// News repeats names: "Anna Berg" then "Berg", "the Senate" several
/// times. A sentence-level tagger can type the same name differently or miss
/// some occurrences; this pass fixes both using the whole document.
enum DocumentConsistency {
  /// Applies the two document-level rules.
  ///
  /// 1. Every span whose words equal another's gets the type most often
  ///    predicted for those words in the document (ties: earliest); each
  ///    mention of a full person name also counts as a person vote for its
  ///    last word alone, made where the full name is.
  /// 2. A capitalized proper-noun word sequence that equals a predicted
  ///    name, or the last word of a predicted person name, and overlaps no
  ///    span, becomes a span of that type.
  /// - Parameters:
  ///   - spans: The spans of each sentence.
  ///   - document: The words of each sentence.
  ///   - tags: The tagger's predictions of each sentence.
  /// - Returns: The revised spans, sorted by start in each sentence.
  static func apply(
    _ spans: [[NamedSpan]], document: [[Substring]], tags: [[TagPrediction]]
  ) -> [[NamedSpan]] {
    apply(spans, words: { document[$0] }, properNouns: { tags[$0].map { $0.upos == "PROPN" } })
  }

  /// Applies the two document-level rules, reading each sentence's words
  /// and proper-noun tags when needed instead of from tables of the whole
  /// document.
  ///
  /// - Parameters:
  ///   - spans: The spans of each sentence.
  ///   - words: The words of a sentence, by sentence index.
  ///   - properNouns: Whether each word of a sentence is tagged `PROPN`.
  /// - Returns: The revised spans, sorted by start in each sentence.
  static func apply(
    _ spans: [[NamedSpan]], words sentenceWords: (Int) -> [Substring], properNouns: (Int) -> [Bool]
  ) -> [[NamedSpan]] {
    // Names are keyed by a hash of their words (no strings are built): a
    // span's words without a leading "the" and a trailing possessive.
    func words(_ sentence: [Substring], _ range: Range<Int>) -> ArraySlice<Substring> {
      var words = sentence[range]
      if let first = words.first, first == "the" || first == "The", words.count > 1 { words = words.dropFirst() }
      if let last = words.last, last == "'s" || last == "’s" || last == "'" || last == "’", words.count > 1 {
        words = words.dropLast()
      }
      return words
    }
    var counts: [UInt64: SIMD4<Int32>] = [:]
    // The first mention of each name: its place in the document and type.
    var firstSeen: [UInt64: (order: Int, type: NamedEntityType)] = [:]
    // Names of two words or more: the key of their last word.
    var lastWord: [UInt64: UInt64] = [:]
    // Each span's key, computed once.
    var keys: [[UInt64]] = []
    var order = 0
    for (sentence, list) in spans.enumerated() {
      var sentenceKeys: [UInt64] = []
      let wordsOfSentence = list.isEmpty ? [] : sentenceWords(sentence)
      for span in list {
        let name = words(wordsOfSentence, span.range)
        let key = Self.key(name)
        sentenceKeys.append(key)
        counts[key, default: .zero][span.type.index] += 1
        if firstSeen[key] == nil { firstSeen[key] = (order, span.type) }
        if name.count >= 2, let last = name.last { lastWord[key] = Self.key(CollectionOfOne(last)) }
        order += 1
      }
      keys.append(sentenceKeys)
    }
    // A surname alone is the person whose full name the document gives
    // ("Anna Berg" ... "Berg"): each full-name mention votes for it, and
    // counts as seen where the full name first is.
    let person = NamedEntityType.person.index
    for (key, last) in lastWord {
      guard let votes = counts[key], let full = firstSeen[key], votes[person] > 0,
        votes[person] * 2 > votes.wrappedSum(), counts[last] != nil
      else { continue }
      counts[last]![person] += votes[person]
      if let seen = firstSeen[last], full.order < seen.order { firstSeen[last] = (full.order, .person) }
    }
    var majority: [UInt64: NamedEntityType] = [:]
    for (key, votes) in counts {
      let top = votes.max()
      let tied = NamedEntityType.allCases.filter { votes[$0.index] == top }
      majority[key] = tied.count == 1 ? tied[0] : (firstSeen[key]?.type ?? tied[0])
    }
    var known = majority
    for (key, type) in majority where type == .person {
      if let last = lastWord[key], known[last] == nil { known[last] = .person }
    }
    var result: [[NamedSpan]] = []
    for (sentence, list) in spans.enumerated() {
      var revised = zip(list, keys[sentence]).map { span, key in
        NamedSpan(range: span.range, type: majority[key] ?? span.type)
      }
      let words = sentenceWords(sentence)
      let proper = properNouns(sentence)
      var covered = [Bool](repeating: false, count: words.count)
      for span in revised { for index in span.range { covered[index] = true } }
      var index = 0
      while index < words.count {
        guard !covered[index], proper[index],
          words[index].first?.isUppercase == true
        else {
          index += 1
          continue
        }
        var end = index
        while end < words.count, !covered[end], proper[end] { end += 1 }
        if let type = known[Self.key(words[index..<end])] {
          revised.append(NamedSpan(range: index..<end, type: type))
        }
        index = max(end, index + 1)
      }
      result.append(revised.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
    return result
  }

  /// The key of a name: a hash of its words, in order.
  static func key<Words: Collection>(_ words: Words) -> UInt64 where Words.Element == Substring {
    var hash = UInt64(words.count)
    for word in words { hash = FeatureHash.combine(hash, FeatureHash.string(word)) }
    return hash
  }
}

extension NamedEntityType {
  /// The type's position among all types (a lane of ``DocumentConsistency``'s vote counts).
  var index: Int {
    switch self {
    case .person: 0
    case .place: 1
    case .organization: 2
    case .event: 3
    }
  }
}
