import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Part-of-speech tagger and lemmatizer")
struct TaggerTests {
  @Test func tagsAndLemmatizesANewsSentence() throws {
    let models = try #require(ShippedModels.models)
    let words: [Substring] = ["Officials", "said", "the", "children", "were", "taken", "to", "London", "."]
    let tags = models.tagger.predict(words)
    #expect(tags.map(\.upos) == ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"])
    #expect(tags[1].xpos == "VBD")
    #expect(tags.map(\.lemma) == ["official", "say", "the", "child", "be", "take", "to", "London", "."])
  }

  @Test func emptySentence() throws {
    let models = try #require(ShippedModels.models)
    #expect(models.tagger.predict([]).isEmpty)
    #expect(models.parser.parse([], tags: []).isEmpty)
    #expect(models.recognizer.recognize([], tags: []).isEmpty)
  }

  @Test(arguments: [("announced", "VBD", "announce"), ("says", "VBZ", "say"), ("claimed", "VBN", "claim"),
    ("warning", "VBG", "warn"), ("told", "VBD", "tell")])
  func lemmatizesReportingVerbs(word: String, xpos: String, lemma: String) throws {
    let models = try #require(ShippedModels.models)
    #expect(models.tagger.lemmatizer.lemma(of: Substring(word), xpos: xpos) == lemma)
  }

  @Test(arguments: [
    ("studies", 3, "y"), ("said", 2, "y"), ("children", 3, ""), ("was", 3, "be"), ("a", 0, "n"), ("", 0, "x"),
    ("is", 3, ""),
  ])
  func asciiSuffixEditMatchesScalarEdit(base: String, strip: Int, append: String) {
    var scalars = base.unicodeScalars
    var expected: String?
    if strip <= scalars.count {
      scalars.removeLast(strip)
      scalars.append(contentsOf: append.unicodeScalars)
      expected = String(scalars)
    }
    #expect(Lemmatizer.asciiEdit(base, strip: strip, append: append) == expected)
  }

  @Test func nonASCIIWordsTakeTheScalarEdit() {
    #expect(Lemmatizer.asciiEdit("cafés", strip: 1, append: "") == nil)
    #expect(Lemmatizer.asciiEdit("naïve", strip: 0, append: "s") == nil)
  }
}
