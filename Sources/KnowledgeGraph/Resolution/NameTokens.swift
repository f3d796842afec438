/// A name cut into words as ``NameKey`` cuts it, keeping where each word
/// starts in the name as written, so that a part of the name ("Boris
/// Johnson" of "Tory MP Boris Johnson") can be shown as written.
struct NameTokens: Sendable {
  /// The normalised words (``NameKey`` of each word), empty ones dropped.
  let words: [String]
  /// The scalar offset in the name where each word starts.
  let starts: [Int]
  /// Where each word ends (exclusive).
  let ends: [Int]
  /// The name's scalars.
  private let scalars: [Unicode.Scalar]

  /// Cuts a name into words at spaces, dashes and slashes.
  ///
  /// A leading "the" is dropped, as ``NameKey`` drops it.
  /// - Parameter name: A name as written.
  init(_ name: String) {
    let scalars = Array(name.unicodeScalars)
    var words: [String] = []
    var starts: [Int] = []
    var ends: [Int] = []
    var current = ""
    var start = 0
    func close(at end: Int) {
      if !current.isEmpty {
        words.append(current)
        starts.append(start)
        ends.append(end)
      }
      current = ""
    }
    for (index, scalar) in scalars.enumerated() {
      if scalar.isASCII {
        // The same rule without Unicode property lookups.
        let value = scalar.value
        if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
          if current.isEmpty { start = index }
          current.unicodeScalars.append(Unicode.Scalar(UInt8(value >= 65 && value <= 90 ? value + 32 : value)))
        } else if value == 32 || (value >= 9 && value <= 13) || value == 45 || value == 47 {
          close(at: index)
        }
        continue
      }
      let props = scalar.properties
      if props.isAlphabetic || props.numericType != nil {
        if current.isEmpty { start = index }
        current.unicodeScalars.append(contentsOf: props.lowercaseMapping.unicodeScalars)
      } else if props.isWhitespace || "–—".unicodeScalars.contains(scalar) {
        close(at: index)
      }
    }
    close(at: scalars.count)
    if words.count > 1, words[0] == "the" {
      words.removeFirst()
      starts.removeFirst()
      ends.removeFirst()
    }
    self.words = words
    self.starts = starts
    self.ends = ends
    self.scalars = scalars
  }

  /// The words in a range as written in the name, with what stood between
  /// them ("Kilroy-Silk").
  ///
  /// - Parameter range: Word indices.
  /// - Returns: The text, or "" for an empty range.
  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= words.count else { return "" }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[starts[range.lowerBound]..<ends[range.upperBound - 1]])
    return String(out)
  }

  /// Whether the word at an index is written in capitals only ("MP",
  /// "QC"), two letters or more.
  func isAllCapitals(_ index: Int) -> Bool {
    let word = scalars[starts[index]..<ends[index]]
    return word.count >= 2 && word.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
  }
}
