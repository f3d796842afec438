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
    func key(_ sentence: Int, _ range: Range<Int>) -> String {
      var words = document[sentence][range].map(String.init)
      if let first = words.first, ["the", "The"].contains(first), words.count > 1 { words.removeFirst() }
      if let last = words.last, ["'s", "’s", "'", "’"].contains(last), words.count > 1 { words.removeLast() }
      return words.joined(separator: " ")
    }
    var counts: [String: [NamedEntityType: Int]] = [:]
    // The first mention of each name: its place in the document and type.
    var firstSeen: [String: (order: Int, type: NamedEntityType)] = [:]
    var order = 0
    for (sentence, list) in spans.enumerated() {
      for span in list {
        let name = key(sentence, span.range)
        counts[name, default: [:]][span.type, default: 0] += 1
        if firstSeen[name] == nil { firstSeen[name] = (order, span.type) }
        order += 1
      }
    }
    // A surname alone is the person whose full name the document gives
    // ("Anna Berg" ... "Berg"): each full-name mention votes for it, and
    // counts as seen where the full name first is.
    for (name, byType) in counts {
      let parts = name.split(separator: " ")
      guard parts.count >= 2, let persons = byType[.person], let last = parts.last.map(String.init),
        persons * 2 > byType.values.reduce(0, +), counts[last] != nil, let full = firstSeen[name]
      else { continue }
      counts[last, default: [:]][.person, default: 0] += persons
      if let seen = firstSeen[last], full.order < seen.order { firstSeen[last] = (full.order, .person) }
    }
    var majority: [String: NamedEntityType] = [:]
    for (name, byType) in counts {
      let top = byType.values.max() ?? 0
      let candidates = byType.filter { $0.value == top }.map(\.key)
      majority[name] = candidates.count == 1 ? candidates[0] : (firstSeen[name]?.type ?? candidates[0])
    }
    var known = majority
    for (name, type) in majority where type == .person {
      let parts = name.split(separator: " ")
      if parts.count >= 2, let last = parts.last, known[String(last)] == nil {
        known[String(last)] = .person
      }
    }
    var result: [[NamedSpan]] = []
    for (sentence, list) in spans.enumerated() {
      var revised = list.map { span in
        NamedSpan(range: span.range, type: majority[key(sentence, span.range)] ?? span.type)
      }
      let words = document[sentence]
      let sentenceTags = tags[sentence]
      var covered = [Bool](repeating: false, count: words.count)
      for span in revised { for index in span.range { covered[index] = true } }
      var index = 0
      while index < words.count {
        guard !covered[index], sentenceTags[index].upos == "PROPN",
          words[index].first?.isUppercase == true
        else {
          index += 1
          continue
        }
        var end = index
        while end < words.count, !covered[end], sentenceTags[end].upos == "PROPN" { end += 1 }
        let name = words[index..<end].joined(separator: " ")
        if let type = known[name] {
          revised.append(NamedSpan(range: index..<end, type: type))
        }
        index = max(end, index + 1)
      }
      result.append(revised.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
    return result
  }
}
