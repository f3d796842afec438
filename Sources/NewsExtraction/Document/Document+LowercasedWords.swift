extension Document {
  /// Computes every token's lower-case text once, so the extraction passes,
  /// which compare words against lower-case word lists many times per token,
  /// read it from a table instead of lower-casing again.
  package mutating func cacheLowercasedWords() {
    guard lowercasedWordTable.count != tokenTable.count else { return }
    lowercasedWordTable = tokenTable.map { text(in: $0.range).lowercased() }
  }

  /// The lower-case text of token `index`: from the table when
  /// ``cacheLowercasedWords()`` has run, computed otherwise.
  @inline(__always)
  package func lowercasedWord(_ index: Int) -> String {
    index < lowercasedWordTable.count ? lowercasedWordTable[index] : text(in: tokenTable[index].range).lowercased()
  }
}
