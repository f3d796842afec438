import NLPCore

/// A quotation in a document: the text between a pair of quotation marks,
/// or between an opening mark and the end of its paragraph when the quote
/// runs on or is never closed.
struct Quote {
  /// The token of the opening mark.
  var open: Int
  /// The token of the closing mark, or nil when the paragraph ended first.
  var close: Int?
  /// The scalar offsets of the quoted text, marks excluded.
  var content: Range<Int>
  /// The tokens of the quoted text.
  var tokens: Range<Int>
  /// Whether this quote continues the previous one across a paragraph break.
  var continuesPrevious = false
}

/// Pairs quotation marks into quotes, for every quoting style: straight and
/// curly double and single quotes, guillemets, and quotes that run across
/// paragraphs. Stray and unbalanced marks never discard text: an unclosed
/// quote ends at its paragraph's end.
struct QuoteFinder {
  let document: Document

  private enum Style { case double, single, guillemet }

  private func style(of scalar: Unicode.Scalar) -> Style? {
    switch scalar {
    case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": .double
    case "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": .single
    case "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}": .guillemet
    default: nil
    }
  }

  private func scalar(_ token: Int) -> Unicode.Scalar { document.scalars[document.tokenTable[token].range.lowerBound] }

  private func canOpen(_ token: Int) -> Bool {
    let c = scalar(token)
    if c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}" || c == "\u{203A}" { return false }
    let start = document.tokenTable[token].range.lowerBound
    let before = start > 0 ? document.scalars[start - 1] : " "
    let end = document.tokenTable[token].range.upperBound
    let after = end < document.length ? document.scalars[end] : " "
    if ScalarClass.isSpace(after) { return false }
    if c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}" || c == "\u{201E}" { return true }
    return ScalarClass.isSpace(before) || "([{-\u{2014}\u{2013}:".unicodeScalars.contains(before)
  }

  private func canClose(_ token: Int) -> Bool {
    let c = scalar(token)
    if c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}" || c == "\u{201E}" { return false }
    let start = document.tokenTable[token].range.lowerBound
    let before = start > 0 ? document.scalars[start - 1] : " "
    if ScalarClass.isSpace(before) { return c == "\u{201D}" || c == "\u{00BB}" }
    let end = document.tokenTable[token].range.upperBound
    let after = end < document.length ? document.scalars[end] : " "
    if style(of: c) == .single { return !ScalarClass.isLetter(after) }
    return true
  }

  func findQuotes() -> [Quote] {
    var quotes: [Quote] = []
    var open: (token: Int, style: Style)?
    var continuing = false
    let tokens = document.tokenTable
    var index = 0
    func paragraph(_ token: Int) -> Int { document.paragraphIndex(of: tokens[token].range.lowerBound) }
    func closeAtParagraphEnd(_ openToken: Int, before next: Int) {
      let last = next - 1
      guard last > openToken else { return }
      let range = tokens[openToken].range.upperBound..<tokens[last].range.upperBound
      quotes.append(Quote(open: openToken, close: nil, content: range, tokens: (openToken + 1)..<next, continuesPrevious: continuing))
    }
    while index < tokens.count {
      if let current = open, paragraph(index) != paragraph(current.token) {
        // The paragraph ended inside a quote: it continues if the next
        // paragraph opens with the same style, else it ends here.
        var last = index
        while last > current.token + 1, paragraph(last - 1) != paragraph(current.token) { last -= 1 }
        closeAtParagraphEnd(current.token, before: last)
        let nextContinues = tokens[index].shape == .quote && style(of: scalar(index)) == current.style && canOpen(index)
        open = nil
        continuing = nextContinues
      }
      guard tokens[index].shape == .quote, let style = style(of: scalar(index)) else {
        index += 1
        continue
      }
      if let current = open {
        if current.style == style && canClose(index) {
          let range = tokens[current.token].range.upperBound..<tokens[index].range.lowerBound
          if !range.isEmpty {
            quotes.append(Quote(open: current.token, close: index, content: range, tokens: (current.token + 1)..<index, continuesPrevious: continuing))
          }
          open = nil
          continuing = false
        } else if current.style == style && canOpen(index) && style == .double {
          // A new opening mark while one is open: the first was stray.
          open = (index, style)
          continuing = false
        }
      } else if canOpen(index) {
        open = (index, style)
      }
      index += 1
    }
    if let current = open { closeAtParagraphEnd(current.token, before: tokens.count) }
    return quotes
  }
}
