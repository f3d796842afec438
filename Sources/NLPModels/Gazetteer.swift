import Foundation
import NLPCore

/// Lists of names from general knowledge, matched in sentences as features.
///
/// Built at training time from the Lexicon files (countries, regions,
/// cities, titles, organizations...) and stored inside the recognizer model,
/// so prediction sees exactly the lists the model was trained with. Names are
/// keyed by their Unicode scalars with spaces removed, so that a match does
/// not depend on how a tokenizer splits "St. John's" or "Mazar-i-Sharif".
/// Matching is case-sensitive; lowercase variants are stored for titles.
package struct Gazetteer: Sendable {
  /// A category of names; raw values are bit positions.
  package enum Category: Int, CaseIterable, Sendable {
    case country = 0, demonym, city, region, title, organization, organizationWord, governmentSeat, person, event
  }

  /// The longest name, in words, that is looked up.
  static let maximumWords = 7

  /// Name key to a bit set of categories.
  let names: HashIndex
  /// The keys of ``names``, to skip most lookups of word runs that are no name.
  private let filter: KeyFilter

  /// Creates a gazetteer from name lists.
  ///
  /// - Parameter entries: Names with their category.
  package init(entries: [(String, Category)]) {
    var bits: [UInt64: UInt32] = [:]
    var order: [UInt64] = []
    for (name, category) in entries {
      let key = Self.key(name)
      if bits[key] == nil { order.append(key) }
      bits[key, default: 0] |= 1 << UInt32(category.rawValue)
    }
    names = HashIndex(keys: order, values: order.map { bits[$0] ?? 0 })
    filter = KeyFilter(keys: order)
  }

  /// Creates a gazetteer from a stored index.
  init(names: HashIndex) {
    self.names = names
    filter = KeyFilter(keys: names.keys)
  }

  /// The key of a name: its scalars without white space.
  static func key<S: StringProtocol>(_ name: S) -> UInt64 {
    var state = FeatureHash.seed
    for scalar in name.unicodeScalars where !isSpace(scalar) {
      state = FeatureHash.step(state, scalar.value)
    }
    return FeatureHash.finalize(state)
  }

  /// Finds every listed name in a sentence.
  ///
  /// - Parameter words: The sentence's words.
  /// - Returns: For each word, a bit set per position: bits `0..<16` say the
  ///   word begins a match of that category, `16..<32` inside, and so on
  ///   (see ``position(_:)``); 0 when no name covers the word.
  func match(_ words: [Substring]) -> [UInt64] {
    var result = [UInt64](repeating: 0, count: words.count)
    guard !names.keys.isEmpty else { return result }
    // Every word's scalars but spaces, read once: `scalars[ends[i - 1]..<ends[i]]`
    // are word i's.
    var scalars: [UInt32] = []
    var ends: [Int] = []
    var startsName: [Bool] = []
    scalars.reserveCapacity(words.count * 8)
    ends.reserveCapacity(words.count)
    startsName.reserveCapacity(words.count)
    for word in words {
      // ASCII words (nearly all) are read as bytes: each byte is its scalar.
      let isASCII = word.utf8.withContiguousStorageIfAvailable { bytes in
        for byte in bytes where byte >= 0x80 { return false }
        startsName.append(bytes.first.map { Self.startsName(Unicode.Scalar($0)) } ?? false)
        for byte in bytes where !Self.isSpace(Unicode.Scalar(byte)) { scalars.append(UInt32(byte)) }
        return true
      }
      if isASCII != true {
        startsName.append(word.unicodeScalars.first.map(Self.startsName) ?? false)
        for scalar in word.unicodeScalars where !Self.isSpace(scalar) { scalars.append(scalar.value) }
      }
      ends.append(scalars.count)
    }
    for start in words.indices where startsName[start] {
      var state = FeatureHash.seed
      var position = start == 0 ? 0 : ends[start - 1]
      for end in start..<min(words.count, start + Self.maximumWords) {
        while position < ends[end] {
          state = FeatureHash.step(state, scalars[position])
          position += 1
        }
        let key = FeatureHash.finalize(state)
        guard filter.mayContain(key), let bits = names[key] else { continue }
        let categories = UInt64(bits)
        if start == end {
          result[start] |= categories << 48
        } else {
          result[start] |= categories
          for inside in (start + 1)..<end { result[inside] |= categories << 16 }
          result[end] |= categories << 32
        }
      }
    }
    return result
  }

  /// Whether a word starting with this scalar can start a name (a letter or digit).
  @inline(__always)
  static func startsName(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }

  /// Whether a scalar is white space (ASCII fast path).
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) : scalar.properties.isWhitespace
  }

  /// Reads the place names of WordNet (Debian's `wordnet-base`): every
  /// lemma of a `noun.location` synset that is an instance ("Crimea",
  /// "Donets Basin", "Lake Geneva"), as a region.
  ///
  /// - Parameter directory: The folder holding WordNet's `data.noun`.
  /// - Returns: The entries; none when the file is missing.
  package static func entries(fromWordNet directory: URL) -> [(String, Category)] {
    guard let text = try? String(contentsOf: directory.appendingPathComponent("data.noun"), encoding: .utf8)
    else { return [] }
    var entries: [(String, Category)] = []
    for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
      // offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt pointers | gloss
      let fields = line.split(separator: " ", maxSplits: 64)
      guard fields.count > 4, fields[1] == "15", line.contains(" @i "), let count = Int(fields[3], radix: 16)
      else { continue }
      for index in 0..<count where 4 + 2 * index < fields.count {
        let name = fields[4 + 2 * index].replacingOccurrences(of: "_", with: " ")
        guard let first = name.unicodeScalars.first, ScalarClass.isUppercase(first) else { continue }
        entries.append((name, .region))
      }
    }
    return entries
  }

  /// Reads the Lexicon folder's TSV files into name entries.
  ///
  /// Knows `countries.tsv` (names, aliases, demonyms, capitals, cities,
  /// government seats), `regions.tsv`, `cities.tsv`, `titles.tsv` and
  /// `organizations.tsv`; for other files the `name` and `aliases` columns.
  /// - Parameter directory: The Lexicon folder; missing files are skipped.
  /// - Returns: The entries.
  package static func entries(fromLexicon directory: URL) -> [(String, Category)] {
    var entries: [(String, Category)] = []
    let files: [(String, [String: Category])] = [
      ("countries.tsv", ["name": .country, "aliases": .country, "demonyms": .demonym, "capital": .city, "cities": .city, "seats": .governmentSeat]),
      ("regions.tsv", ["name": .region, "aliases": .region]),
      ("cities.tsv", ["name": .city, "aliases": .city, "city": .city]),
      ("titles.tsv", ["name": .title, "title": .title, "aliases": .title, "variants": .title, "abbreviations": .title]),
      ("organizations.tsv", ["name": .organization, "aliases": .organization, "abbreviations": .organization]),
      ("organization_suffixes.tsv", ["name": .organizationWord, "suffix": .organizationWord]),
      ("events.tsv", ["name": .event, "aliases": .event]),
    ]
    for (file, columns) in files {
      guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      else { continue }
      var header: [String] = []
      for line in text.split(separator: "\n") {
        if line.hasPrefix("#") {
          let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
          if body.contains("\t") { header = body.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) } }
          continue
        }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        for (index, field) in fields.enumerated() {
          let name = index < header.count ? header[index] : (index == 0 ? "name" : "")
          guard let category = columns[name] else { continue }
          for value in field.split(separator: "|") {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            entries.append((trimmed, category))
            if category == .title || category == .organizationWord {
              entries.append((trimmed.lowercased(), category))
              entries.append((trimmed.prefix(1).uppercased() + trimmed.dropFirst(), category))
            }
          }
        }
      }
    }
    return entries
  }
}
