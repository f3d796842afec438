import Testing

@testable import NLPCore
@testable import NLPModels
@testable import NLPTraining

@Suite("CoNLL-U and CrossNER readers")
struct CoNLLUReaderTests {
  /// Two sentences in GUM's format, with a multi-word token and entities.
  static let fixture = """
    # newdoc id = GUM_news_sample
    # sent_id = GUM_news_sample-1
    # text = President Obama's visit to Paris
    1\tPresident\tpresident\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-x-x-x-x
    2-3\tObama's\t_\t_\t_\t_\t_\t_\t_\t_
    2\tObama\tObama\tPROPN\tNNP\t_\t4\tnmod:poss\t_\t_
    3\t's\t's\tPART\tPOS\t_\t2\tcase\t_\tEntity=1)
    4\tvisit\tvisit\tNOUN\tNN\t_\t0\troot\t_\t_
    5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_
    6\tParis\tParis\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=(2-place-new-x-x-x-x-x)

    # sent_id = GUM_news_sample-2
    1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(3-event-giv-x-x-x-x-x)
    2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_

    """

  @Test func readsWordsSkippingMultiWordTokens() throws {
    let document = try CoNLLUReader.parse(Self.fixture, id: "GUM_news_sample")
    #expect(document.genre == "news")
    #expect(document.sentences.count == 2)
    #expect(document.sentences[0].words.map(\.form) == ["President", "Obama", "'s", "visit", "to", "Paris"])
    #expect(document.sentences[0].words[1].deprel == "nmod:poss")
    #expect(document.sentences[0].words[3].head == 0)
  }

  @Test func readsEntityMentionsWithHeads() throws {
    let document = try CoNLLUReader.parse(Self.fixture, id: "GUM_news_sample")
    let mentions = document.sentences[0].mentions.sorted { $0.start < $1.start }
    #expect(mentions.count == 2)
    #expect(mentions[0] == EntityMention(start: 0, end: 3, type: "person", head: 1, isNamed: true))
    #expect(mentions[1] == EntityMention(start: 5, end: 6, type: "place", head: 5, isNamed: true))
    let pronoun = document.sentences[1].mentions
    #expect(pronoun.count == 1 && pronoun[0].isNamed == false)
  }

  @Test func gumGoldTagsAreBILOU() throws {
    let document = try CoNLLUReader.parse(Self.fixture, id: "GUM_news_sample")
    let tags = RecognizerTrainer.goldTags(document.sentences[0])
    #expect(EntityRecognizer.spans(tags) == [
      NamedSpan(range: 0..<3, type: .person), NamedSpan(range: 5..<6, type: .place),
    ])
  }

  @Test func rejectsMalformedLines() {
    #expect(throws: ModelError.self) {
      _ = try CoNLLUReader.parse("1\tonly\tthree\n", id: "bad", path: "bad.conllu")
    }
  }

  @Test func crossNERSpansFollowConlleval() {
    let text = "the\tO\nDemocratic\tB-politicalparty\nParty\tI-politicalparty\nmet\tO\nObama\tI-politician\n\nNext\tO\n"
    let sentences = CrossNERReader.parse(text)
    #expect(sentences.count == 2)
    #expect(sentences[0].spans.map(\.range) == [1..<3, 4..<5])
    #expect(sentences[0].spans.map(\.type) == ["politicalparty", "politician"])
    let tags = RecognizerTrainer.goldTags(sentences[0])
    #expect(EntityRecognizer.spans(tags) == [
      NamedSpan(range: 0..<3, type: .organization), NamedSpan(range: 4..<5, type: .person),
    ])
  }
}
