/// A plain-English question about who said what about whom.
///
/// Understood forms (case-insensitive, trailing "?" optional):
/// - "what did X say about Y"
/// - "who said what about Y", "who talked about Y", "what was said about Y"
/// - "what did X say"
/// Anything else is not parsed: the caller shows a usage hint, never a guess.
public struct Question: Sendable, Hashable {
  /// The speaker asked about, if any.
  public var speaker: String?
  /// The topic asked about, if any.
  public var about: String?

  /// Creates a question from its parts.
  ///
  /// - Parameters:
  ///   - speaker: The speaker name.
  ///   - about: The topic name.
  public init(speaker: String?, about: String?) {
    self.speaker = speaker
    self.about = about
  }

  /// Parses a question.
  ///
  /// - Parameter text: The question as typed.
  /// - Returns: nil when the question has none of the understood forms.
  public init?(parsing text: String) {
    var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    if var last = words.popLast() {
      while last.hasSuffix("?") { last.removeLast() }
      if !last.isEmpty { words.append(last) }
    }
    let lower = words.map { $0.lowercased() }
    func name(_ range: Range<Int>) -> String? {
      let joined = words[range].joined(separator: " ")
      return joined.isEmpty ? nil : joined
    }
    if lower.starts(with: ["what", "did"]) || lower.starts(with: ["what", "does"]) ||
      lower.starts(with: ["what", "has"])
    {
      guard let sayIndex = lower.firstIndex(where: { ["say", "said"].contains($0) }), sayIndex > 2,
        let speaker = name(2..<sayIndex)
      else { return nil }
      let rest = Array(lower[(sayIndex + 1)...])
      if rest.isEmpty {
        self.init(speaker: speaker, about: nil)
        return
      }
      guard rest.first == "about", let about = name((sayIndex + 2)..<words.count) else { return nil }
      self.init(speaker: speaker, about: about)
      return
    }
    let prefixes: [[String]] = [
      ["who", "said", "what", "about"], ["who", "said", "anything", "about"],
      ["who", "talked", "about"], ["who", "spoke", "about"], ["who", "commented", "on"],
      ["what", "was", "said", "about"], ["who", "said", "about"],
    ]
    for prefix in prefixes where lower.starts(with: prefix) {
      guard let about = name(prefix.count..<words.count) else { return nil }
      self.init(speaker: nil, about: about)
      return
    }
    return nil
  }

  /// The usage hint shown for a question that could not be parsed.
  public static let usage = """
    I understand questions of these forms:
      what did X say about Y
      what did X say
      who said what about Y
    or use --speaker NAME and --about NAME.
    """
}
