import Foundation
import NLPCore
import Lexicon

/// Finds date expressions in a token range and normalises them.
///
/// Understands "2014", "September 2022", "Feb. 13", "Feb. 12, 2025",
/// "13 February 2025". A date with a year becomes ISO 8601 ("2022-09",
/// "2025-02-12"). With a reference date (the document's), a day and month
/// without a year take the reference's year, and, when `relative` is set,
/// "last year", "this month", "yesterday", "on Monday" and "in March" are
/// dates too, normalised against the reference. Without a reference they
/// stay as written.
struct DateFinder {
  let lexicon: Lexicon
  let document: Document
  /// The document's date, when known.
  var reference: ReferenceDate?
  /// Whether relative expressions ("last year", "on Monday") count.
  var relative = false

  /// A date found in the text.
  struct Found {
    /// The tokens it covers.
    var tokens: Range<Int>
    /// The text as written.
    var text: String
    /// The normalised form, or the text as written when it cannot be.
    var normalized: String
  }

  init(lexicon: Lexicon, document: Document, reference: ReferenceDate? = nil, relative: Bool = false) {
    self.lexicon = lexicon
    self.document = document
    self.reference = reference
    self.relative = relative
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
    guard document.isCapitalised(i) else { return nil }
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

  /// The tokens at which a date may start, in order: numbers, and words
  /// that are months, weekdays or the first words of relative dates. Every
  /// token where ``date(at:limit:)`` finds a date is one of them, so
  /// ``firstDate(in:starts:)`` looks at these instead of every token.
  ///
  /// - Parameters:
  ///   - document: A tokenised document.
  ///   - lexicon: The word lists holding the month names.
  /// - Returns: Token indices, ascending.
  static func possibleStarts(in document: Document, lexicon: Lexicon) -> [Int] {
    var starts: [Int] = []
    for i in 0..<document.tokenCount {
      let record = document.tokenTable[i]
      if record.shape == .number {
        starts.append(i)
        continue
      }
      let lower = document.lowercasedWord(i)
      if shifts[lower] != nil || dayWords[lower] != nil {
        starts.append(i)
        continue
      }
      // Months and weekdays count only capitalised.
      guard document.isCapitalised(i) else { continue }
      let stem = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
      if lexicon.monthStems.contains(stem) || lexicon.months[stem] != nil || weekdays[lower] != nil {
        starts.append(i)
      }
    }
    return starts
  }

  /// The first date inside a token range: what `dates(in: range).first`
  /// gives, looking only at the possible starts inside the range.
  ///
  /// - Parameters:
  ///   - range: Token indices.
  ///   - starts: ``possibleStarts(in:lexicon:)`` of the document.
  /// - Returns: The date, or nil.
  func firstDate(in range: Range<Int>, starts: [Int]) -> Found? {
    var low = starts.partitioningIndex { $0 >= range.lowerBound }
    while low < starts.count, starts[low] < range.upperBound {
      if let found = date(at: starts[low], limit: range.upperBound) { return found }
      low += 1
    }
    return nil
  }

  /// The date starting at token `i`, if one does.
  func date(at i: Int, limit: Int) -> Found? {
    func make(_ end: Int, _ normalized: String?) -> Found {
      let text = String(document.text(in: document.tokenTable[i].range.lowerBound..<document.tokenTable[end - 1].range.upperBound))
      return Found(tokens: i..<end, text: text, normalized: normalized ?? text)
    }
    func dayInReferenceYear(_ month: Int, _ day: Int) -> String? {
      reference.map { String(format: "%04d-%02d-%02d", $0.year, month, day) }
    }
    // "in March": the reference's year ("May", "March" too after "in").
    if relative, i > 0, document.tokenTable[i].shape == .word, let month = month(i),
      ["in", "since", "until", "by", "early", "late", "mid"].contains(word(i - 1).lowercased()),
      !(i + 1 < limit && (day(i + 1) != nil || isYear(i + 1)))
    {
      return make(i + 1, reference.map { String(format: "%04d-%02d", $0.year, month) })
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
        return make(end, dayInReferenceYear(month, day))
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
      return make(i + 2, dayInReferenceYear(month, day))
    }
    if isYear(i) {
      return make(i + 1, String(word(i)))
    }
    if relative { return relativeDate(at: i, limit: limit) }
    return nil
  }

  /// "last year", "this month", "yesterday", "(on) Monday".
  private func relativeDate(at i: Int, limit: Int) -> Found? {
    let first = word(i).lowercased()
    func make(_ end: Int, _ normalized: String?) -> Found {
      let text = String(document.text(in: document.tokenTable[i].range.lowerBound..<document.tokenTable[end - 1].range.upperBound))
      return Found(tokens: i..<end, text: text, normalized: normalized ?? text)
    }
    if let shift = DateFinder.shifts[first], i + 1 < limit {
      switch word(i + 1).lowercased() {
      case "year": return make(i + 2, reference.map { String(format: "%04d", $0.year + shift) })
      case "month":
        return make(i + 2, reference.flatMap { $0.month == nil ? nil : $0.adding(months: shift) })
      default: break
      }
    }
    if let days = DateFinder.dayWords[first] {
      return make(i + 1, reference.flatMap { $0.adding(days: days) })
    }
    if let weekday = DateFinder.weekdays[first], i > 0, ["on", "last"].contains(word(i - 1).lowercased()),
      document.isCapitalised(i)
    {
      return make(i + 1, reference.flatMap { $0.previous(weekday: weekday) })
    }
    return nil
  }

  static let shifts: [String: Int] = ["last": -1, "this": 0, "next": 1]
  static let dayWords: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1]
  /// Weekday names, Sunday = 1 as in `Calendar`.
  static let weekdays: [String: Int] = [
    "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
  ]

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

/// A document's date, the reference for relative dates: year, and month
/// and day when known.
struct ReferenceDate: Hashable {
  var year: Int
  var month: Int?
  var day: Int?

  /// Reads `2025`, `2025-02` or `2025-02-13` (anything after the day, such
  /// as a time, is ignored); nil for anything else.
  init?(iso: String?) {
    guard let iso else { return nil }
    let parts = iso.prefix(10).split(separator: "-")
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    self.year = year
    month = parts.count > 1 ? Int(parts[1]).flatMap { (1...12).contains($0) ? $0 : nil } : nil
    day = month != nil && parts.count > 2 ? Int(parts[2]).flatMap { (1...31).contains($0) ? $0 : nil } : nil
  }

  private var components: DateComponents? {
    guard let month, let day else { return nil }
    return DateComponents(year: year, month: month, day: day)
  }

  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  private static func format(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// The day `days` after the reference, when it has a day.
  func adding(days: Int) -> String? {
    guard let components, let date = Self.calendar.date(from: components),
      let shifted = Self.calendar.date(byAdding: .day, value: days, to: date)
    else { return nil }
    return Self.format(shifted)
  }

  /// The year-month `months` after the reference's month.
  func adding(months: Int) -> String? {
    guard let month else { return nil }
    let index = year * 12 + (month - 1) + months
    return String(format: "%04d-%02d", index / 12, index % 12 + 1)
  }

  /// The latest day on or before the reference that falls on `weekday`
  /// (Sunday = 1): news reports mostly what already happened.
  func previous(weekday: Int) -> String? {
    guard let components, let date = Self.calendar.date(from: components) else { return nil }
    let current = Self.calendar.component(.weekday, from: date)
    let back = (current - weekday + 7) % 7
    return adding(days: -back)
  }
}
