import Testing

@testable import NewsExtraction

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
}
