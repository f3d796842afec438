import Foundation

/// Finds date expressions in a token range and normalises them.
///
/// Understands "2014", "September 2022", "Feb. 13", "Feb. 12, 2025",
/// "13 February 2025". A date with a year becomes ISO 8601 ("2022-09",
/// "2025-02-12"); a day and month without a year stay as written.
struct DateFinder {
  let lexicon: Lexicon
  let document: Document

  /// A date found in the text.
  struct Found {
    /// The tokens it covers.
    var tokens: Range<Int>
    /// The text as written.
    var text: String
    /// The normalised form.
    var normalized: String
  }

  func word(_ i: Int) -> Substring { document.text(in: document.tokenTable[i].range) }

  func isYear(_ i: Int) -> Bool {
    let record = document.tokenTable[i]
    guard record.shape == .number, record.range.count == 4, let value = Int(word(i)) else { return false }
    return (1800...2100).contains(value)
  }

  func day(_ i: Int) -> Int? {
    let record = document.tokenTable[i]
    guard record.shape == .number, record.range.count <= 2, let value = Int(word(i)), (1...31).contains(value) else {
      return nil
    }
    return value
  }

  func month(_ i: Int) -> Int? {
    var text = word(i).lowercased()
    if text.hasSuffix(".") { text.removeLast() }
    guard let first = word(i).unicodeScalars.first, ScalarClass.isUppercase(first) else { return nil }
    // "May" and "March" are months only next to a number.
    return lexicon.months[text] ?? lexicon.months[text + "."]
  }

  /// The dates inside a token range, in order.
  func dates(in range: Range<Int>) -> [Found] {
    var found: [Found] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let date = date(at: i, limit: range.upperBound) {
        found.append(date)
        i = date.tokens.upperBound
      } else {
        i += 1
      }
    }
    return found
  }

  /// The date starting at token `i`, if one does.
  func date(at i: Int, limit: Int) -> Found? {
    func make(_ end: Int, _ normalized: String) -> Found {
      let text = String(document.text(in: document.tokenTable[i].range.lowerBound..<document.tokenTable[end - 1].range.upperBound))
      return Found(tokens: i..<end, text: text, normalized: normalized)
    }
    if let month = month(at: i) {
      // Month Day[, Year]
      if i + 1 < limit, let day = day(i + 1) {
        var end = i + 2
        if end + 1 < limit, word(end) == ",", isYear(end + 1) {
          end += 2
          return make(end, String(format: "%@-%02d-%02d", String(word(end - 1)), month, day))
        }
        if end < limit, isYear(end) {
          return make(end + 1, String(format: "%@-%02d-%02d", String(word(end)), month, day))
        }
        return make(end, make(end, "").text)
      }
      // Month Year
      if i + 1 < limit, isYear(i + 1) {
        return make(i + 2, String(format: "%@-%02d", String(word(i + 1)), month))
      }
      return nil
    }
    // Day Month [Year]
    if let day = day(i), i + 1 < limit, let month = month(at: i + 1) {
      if i + 2 < limit, isYear(i + 2) {
        return make(i + 3, String(format: "%@-%02d-%02d", String(word(i + 2)), month, day))
      }
      return make(i + 2, make(i + 2, "").text)
    }
    if isYear(i) {
      return make(i + 1, String(word(i)))
    }
    return nil
  }

  private func month(at i: Int) -> Int? {
    guard document.tokenTable[i].shape == .word else { return nil }
    let value = month(i)
    guard let value else { return nil }
    let plain = word(i).lowercased()
    if plain == "may" || plain == "march" || plain == "august" {
      // Only next to a number.
      let nextIsNumber = i + 1 < document.tokenCount && document.tokenTable[i + 1].shape == .number
      let previousIsNumber = i > 0 && document.tokenTable[i - 1].shape == .number
      return nextIsNumber || previousIsNumber ? value : nil
    }
    return value
  }
}
