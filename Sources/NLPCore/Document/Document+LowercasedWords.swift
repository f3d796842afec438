extension Document {
  /// Computes every token's lower-case text once, so the extraction passes,
  /// which compare words against lower-case word lists many times per token,
  /// read it from a table instead of lower-casing again.
  package mutating func cacheLowercasedWords() {
    guard lowercasedWordTable.count != tokenTable.count else { return }
    lowercasedWordTable = tokenTable.map { record in
      let word = text(in: record.range)
      return Self.asciiLowercased(word) ?? word.lowercased()
    }
  }

  /// The lower-case form of an ASCII word, byte by byte (what
  /// `lowercased()` gives, without its Unicode machinery); `nil` if the
  /// word has a non-ASCII byte.
  static func asciiLowercased(_ word: Substring) -> String? {
    let result = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var high: UInt8 = 0
      for byte in bytes { high |= byte }
      guard high < 0x80 else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (index, byte) in bytes.enumerated() {
          buffer[index] = ScalarClass.asciiLowercased(byte)
        }
        return bytes.count
      }
    }
    return result ?? nil
  }

  /// The lower-case text of token `index`: from the table when
  /// ``cacheLowercasedWords()`` has run, computed otherwise.
  @inline(__always)
  package func lowercasedWord(_ index: Int) -> String {
    index < lowercasedWordTable.count ? lowercasedWordTable[index] : text(in: tokenTable[index].range).lowercased()
  }
}
