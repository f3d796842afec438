/// Which of some words the corpus mostly writes in lower case: "injured",
/// "fuming", "get" are ordinary words even when a headline or a recognizer
/// puts one before a name ("Injured Chelsea"), while "Gordon" is a name.
///
/// A word counts as common when the texts write it in lower case at least
/// three times and at least twice as often as capitalised away from the
/// start of a sentence. Only the words asked about are counted, in one
/// pass over the texts without making strings.
struct CommonWords {
  /// The common words among those asked about, lower-cased.
  let words: Set<String>

  /// Counts how the texts write some words.
  ///
  /// - Parameters:
  ///   - candidates: The words to decide about, lower-cased.
  ///   - texts: The corpus texts.
  init(candidates: Set<String>, texts: some Sequence<String>) {
    var slots: [UInt64: Int] = [:]
    let list = Array(candidates)
    for (index, word) in list.enumerated() { slots[Self.hash(word.unicodeScalars)] = index }
    var lower = Array(repeating: 0, count: list.count)
    var capital = Array(repeating: 0, count: list.count)
    guard !list.isEmpty else {
      words = []
      return
    }
    for text in texts {
      var sentenceStart = true
      var hash: UInt64 = Self.seed
      var inWord = false
      var first: Unicode.Scalar = " "
      var length = 0
      func close() {
        if inWord, let slot = slots[hash], length == list[slot].unicodeScalars.count {
          if first.properties.isLowercase {
            lower[slot] += 1
          } else if !sentenceStart {
            capital[slot] += 1
          }
        }
        if inWord { sentenceStart = false }
        inWord = false
        hash = Self.seed
        length = 0
      }
      for scalar in text.unicodeScalars {
        if MentionRecovery.isWordScalar(scalar), scalar != "'" {
          if !inWord {
            inWord = true
            first = scalar
          }
          hash = Self.step(hash, Self.lowercased(scalar))
          length += 1
        } else {
          close()
          if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || scalar == "\"" || scalar == ":" {
            sentenceStart = true
          }
        }
      }
      close()
    }
    var common = Set<String>()
    for (index, word) in list.enumerated() where lower[index] >= 3 && lower[index] >= 2 * capital[index] {
      common.insert(word)
    }
    words = common
  }

  private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  private static func step(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
    (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
  }

  private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
    }
    return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
  }

  private static func hash(_ scalars: String.UnicodeScalarView) -> UInt64 {
    scalars.reduce(seed) { step($0, lowercased($1)) }
  }
}
