/// Splits a document's text into tokens with exact scalar offsets.
///
/// Handles what news text throws at it: abbreviations and initials ("U.S.",
/// "Feb.", "Mr.", "J."), clitics ("'s", "n't", "'re"), hyphenated words
/// ("pre-2014", "full-scale"), numbers ("1,000", "3.5", "2014-15"), URLs and
/// e-mail addresses, straight and curly quotes and apostrophes, dashes,
/// ellipses and slashes ("Russia/Ukraine" is three tokens). Token text is
/// never copied: tokens are ranges into the document.
///
/// It also records where paragraphs start (after a line break).
public struct Tokenizer: Component {
  public let name = "tokenizer"

  /// Creates a tokenizer.
  public init() {}

  public func process(_ document: inout Document) throws(PipelineError) {
    var scanner = Scanner(scalars: document.scalars)
    scanner.run()
    document.tokenTable = scanner.tokens
    document.paragraphStarts = scanner.paragraphStarts
  }

  /// Lower-case abbreviations that keep their final period ("feb", "gen").
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "maj", "cmdr", "adm", "brig", "cpl", "pvt", "st", "ste", "mt", "ft", "rev", "hon", "pres",
    "supt", "insp", "det", "jr", "sr", "messrs", "mme", "mlle",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "inc", "ltd", "corp", "co", "bros", "plc", "llc", "dept", "univ", "assn", "est",
    "no", "nos", "vol", "vols", "p", "pp", "ch", "fig", "art", "sec", "ed", "eds",
    "vs", "etc", "approx", "ca", "cf", "al", "ave", "blvd", "rd", "hwy",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
  ]

  /// Abbreviations that may also end a sentence ("in the U.S. The...").
  static let sentenceFinalAbbreviations: Set<String> = [
    "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "corp", "co", "jr", "sr", "etc", "a.m", "p.m",
    "plc", "llc", "bros", "d.c",
  ]
}

// MARK: - Scanner

/// The tokenizer's single pass over the scalars.
private struct Scanner {
  let scalars: [Unicode.Scalar]
  var position = 0
  var tokens: [TokenRecord] = []
  var paragraphStarts: [Int] = [0]

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    tokens.reserveCapacity(scalars.count / 5)
  }

  func at(_ offset: Int) -> Unicode.Scalar? {
    offset >= 0 && offset < scalars.count ? scalars[offset] : nil
  }

  mutating func emit(_ start: Int, _ end: Int, _ shape: TokenShape) {
    guard end > start else { return }
    let space = at(end).map(ScalarClass.isSpace) ?? true
    tokens.append(TokenRecord(range: start..<end, spaceAfter: space, shape: shape))
  }

  mutating func run() {
    while position < scalars.count {
      let scalar = scalars[position]
      if ScalarClass.isSpace(scalar) {
        skipSpace()
      } else if let end = linkEnd(from: position) {
        emit(position, end, .link)
        position = end
      } else if ScalarClass.isWordStart(scalar) {
        scanWord()
      } else if ScalarClass.isQuote(scalar) {
        scanQuote()
      } else {
        scanPunctuation()
      }
    }
  }

  mutating func skipSpace() {
    var sawNewline = false
    while position < scalars.count, ScalarClass.isSpace(scalars[position]) {
      if ScalarClass.isNewline(scalars[position]) { sawNewline = true }
      position += 1
    }
    if sawNewline, position < scalars.count, paragraphStarts.last != position {
      paragraphStarts.append(position)
    }
  }

  // MARK: Links

  /// The end of a URL or e-mail address starting here, if one does.
  func linkEnd(from start: Int) -> Int? {
    var end = start
    var hasAt = false
    var hasDot = false
    while end < scalars.count, !ScalarClass.isSpace(scalars[end]),
      !ScalarClass.isQuote(scalars[end]) || scalars[end] == "'"
    {
      if scalars[end] == "@" { hasAt = true }
      if scalars[end] == "." { hasDot = true }
      end += 1
    }
    guard end - start >= 5 else { return nil }
    let isURL = hasPrefix("http://", at: start, before: end) || hasPrefix("https://", at: start, before: end)
      || hasPrefix("www.", at: start, before: end)
    var isEmail = false
    if !isURL && hasAt && hasDot, let first = at(start), ScalarClass.isWordStart(first) {
      isEmail = scalars[start..<end].firstIndex(of: "@").map { at($0 + 1).map(ScalarClass.isAlphanumeric) ?? false } ?? false
    }
    guard isURL || isEmail else { return nil }
    while end > start, let last = at(end - 1), ".,;:!?)]}'".unicodeScalars.contains(last) {
      end -= 1
    }
    return end
  }

  /// Whether the scalars from `start` (up to `end`) begin with `prefix`,
  /// ignoring the case of ASCII letters; `prefix` is lowercase ASCII.
  func hasPrefix(_ prefix: StaticString, at start: Int, before end: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard end - start >= count else { return false }
    return prefix.withUTF8Buffer { bytes in
      for offset in 0..<count {
        var value = scalars[start + offset].value
        if value >= 65 && value <= 90 { value += 32 }
        if value != UInt32(bytes[offset]) { return false }
      }
      return true
    }
  }

  // MARK: Words and numbers

  mutating func scanWord() {
    let start = position
    let startsWithDigit = ScalarClass.isDigit(scalars[position])
    let extent = wordExtent(from: start, startsWithDigit: startsWithDigit)
    var end = extent.end
    let letters = extent.letters
    let innerPeriods = extent.innerPeriods
    // n't: "don't" -> "do" + "n't"
    var wordEnd = end
    if let apostrophe = at(end), ScalarClass.isApostrophe(apostrophe),
      at(end + 1) == "t" || at(end + 1) == "T", end - start >= 2,
      scalars[end - 1] == "n" || scalars[end - 1] == "N",
      at(end + 2).map({ !ScalarClass.isLetter($0) }) ?? true
    {
      wordEnd = end - 1
      // "can't" -> "ca" + "n't" as in Penn; keep it.
    }
    // A final period that belongs to the word: initialisms and abbreviations.
    if wordEnd == end, at(end) == ".", !startsWithDigit {
      let lower = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
      let isInitial = letters == 1 && end - start == 1 && ScalarClass.isUppercase(scalars[start])
      if innerPeriods > 0 || isInitial || Tokenizer.abbreviations.contains(lower) {
        end += 1
        wordEnd = end
      }
    }
    emit(start, wordEnd, startsWithDigit ? .number : .word)
    position = wordEnd
    if wordEnd < end {  // n't
      emit(wordEnd, end + 2, .clitic)
      position = end + 2
    } else if isClitic(at: position) {
      let cliticEnd = cliticLength(at: position) + position
      emit(position, cliticEnd, .clitic)
      position = cliticEnd
    }
  }

  /// Where the word starting at `start` ends before its clitics and final
  /// period (letters, digits, marks, inner hyphens, digit groups, initialisms
  /// and inner apostrophes), with how many letters and inner periods it holds.
  @inline(__always)
  func wordExtent(from start: Int, startsWithDigit: Bool) -> (end: Int, letters: Int, innerPeriods: Int) {
    var end = start
    var letters = 0
    var innerPeriods = 0
    while end < scalars.count {
      let c = scalars[end]
      if ScalarClass.isAlphanumeric(c) || ScalarClass.isMark(c) {
        if ScalarClass.isLetter(c) { letters += 1 }
        end += 1
        continue
      }
      guard let next = at(end + 1) else { break }
      if (c == "-" || c == "\u{2010}" || c == "\u{2011}") && ScalarClass.isAlphanumeric(next) {
        end += 1
        continue
      }
      if startsWithDigit && letters == 0 && (c == "," || c == "." || c == ":" || c == "/")
        && ScalarClass.isDigit(next) && ScalarClass.isDigit(scalars[end - 1])
      {
        end += 1
        continue
      }
      // Initialisms: U.S, e.g, a.m (single letters between periods).
      if c == "." && ScalarClass.isLetter(next) && end - start >= 1
        && isSingleLetterRun(start: start, end: end) && (at(end + 2).map { !ScalarClass.isLetter($0) } ?? true)
      {
        innerPeriods += 1
        end += 1
        continue
      }
      // "don't": stop before the apostrophe so that "n't" becomes a clitic.
      if ScalarClass.isApostrophe(c), next == "t" || next == "T", end - start >= 2,
        scalars[end - 1] == "n" || scalars[end - 1] == "N", at(end + 2).map({ !ScalarClass.isLetter($0) }) ?? true
      {
        break
      }
      if ScalarClass.isApostrophe(c) && ScalarClass.isLetter(next) && !isClitic(at: end) {
        end += 1
        continue
      }
      break
    }
    return (end, letters, innerPeriods)
  }

  func isSingleLetterRun(start: Int, end: Int) -> Bool {
    // Letters alternate with periods: "U", "U.S", "e.g".
    var offset = start
    while offset < end {
      guard ScalarClass.isLetter(scalars[offset]) else { return false }
      if offset + 1 < end && scalars[offset + 1] != "." { return false }
      offset += 2
    }
    return true
  }

  func cliticLength(at offset: Int) -> Int {
    guard let apostrophe = at(offset), ScalarClass.isApostrophe(apostrophe) else { return 0 }
    let one = at(offset + 1).map { String($0).lowercased() } ?? ""
    let two = at(offset + 2).map { String($0).lowercased() } ?? ""
    let after1 = at(offset + 2).map(ScalarClass.isLetter) ?? false
    let after2 = at(offset + 3).map(ScalarClass.isLetter) ?? false
    if ["s", "d", "m"].contains(one) && !after1 { return 2 }
    if ["re", "ve", "ll"].contains(one + two) && !after2 { return 3 }
    // Plural possessive: "leaders' views".
    if offset > 0, scalars[offset - 1] == "s" || scalars[offset - 1] == "S",
      at(offset + 1).map(ScalarClass.isSpace) ?? false
    {
      return 1
    }
    return 0
  }

  func isClitic(at offset: Int) -> Bool { cliticLength(at: offset) > 0 }

  // MARK: Quotes and punctuation

  mutating func scanQuote() {
    let start = position
    // '90s: an apostrophe before two digits is part of the number.
    if ScalarClass.isApostrophe(scalars[start]), let d1 = at(start + 1), let d2 = at(start + 2),
      ScalarClass.isDigit(d1), ScalarClass.isDigit(d2), at(start + 3).map({ !ScalarClass.isDigit($0) }) ?? true
    {
      // The apostrophe joins the number, not a possessive mark scanned
      // after it ("the '15s' side": "'15s" then "'").
      let number = tokens.count
      position += 1
      scanWord()
      if number < tokens.count { tokens[number].range = start..<tokens[number].range.upperBound }
      return
    }
    // `` and '' as quotes.
    if (scalars[start] == "'" && at(start + 1) == "'") || (scalars[start] == "`" && at(start + 1) == "`") {
      emit(start, start + 2, .quote)
      position += 2
      return
    }
    emit(start, start + 1, .quote)
    position += 1
  }

  mutating func scanPunctuation() {
    let start = position
    let c = scalars[position]
    if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
      var end = start + 1
      while let next = at(end), next == "." || next == "!" || next == "?" || next == "\u{2026}" {
        end += 1
      }
      emit(start, end, .terminal)
      position = end
      return
    }
    if c == "-", at(start + 1) == "-" {
      var end = start + 2
      while at(end) == "-" { end += 1 }
      emit(start, end, .punctuation)
      position = end
      return
    }
    let shape: TokenShape = ScalarClass.isPunctuation(c) ? .punctuation : .symbol
    // Keep a grapheme (emoji with modifiers) together.
    var end = start + 1
    while let next = at(end), next == "\u{200D}" || ScalarClass.isMark(next)
      || next.properties.isEmojiModifier || next == "\u{FE0F}"
    {
      end += next == "\u{200D}" ? 2 : 1
    }
    emit(start, min(end, scalars.count), shape)
    position = min(end, scalars.count)
  }
}
