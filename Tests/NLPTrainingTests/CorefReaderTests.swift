import Testing

@testable import NLPModels
@testable import NLPTraining

@Suite("GUM coreference reader")
struct CorefReaderTests {
  /// An invented two-sentence document in CoNLL-U.
  static let conllu = """
    # sent_id = GUM_news_toy-1
    1\tMaria\tMaria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
    4\tmill\tmill\tNOUN\tNN\t_\t2\tobj\t_\t_

    # sent_id = GUM_news_toy-2
    1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
    2\tliked\tlike\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_
    4\twheel\twheel\tNOUN\tNN\t_\t2\tobj\t_\t_

    """

  /// Its coreference layer: Maria/She, the mill/its, and "its wheel" holding "its".
  static let coref = """
    # begin document GUM_news_toy
    0\tMaria\t(person-1-Maria_Lopez)
    1\tvisited\t_
    2\tthe\t(place-2
    3\tmill\tplace-2)
    4\tShe\t(person-1)
    5\tliked\t_
    6\tits\t(object-3(place-2)
    7\twheel\tobject-3)
    # end document

    """

  @Test func readsChainsAlignedToSentences() throws {
    let sentences = try CoNLLUReader.parse(Self.conllu, id: "GUM_news_toy")
    let document = try CorefReader.parse(Self.coref, conllu: sentences)
    #expect(document.genre == "news")
    let spans = document.mentions.map { [$0.sentence, $0.start, $0.end, $0.chain] }
    #expect(spans == [[0, 0, 1, 1], [0, 2, 4, 2], [1, 0, 1, 1], [1, 2, 4, 3], [1, 2, 3, 2]])
    #expect(document.mentions.map(\.type) == ["person", "place", "person", "object", "place"])
  }

  @Test func rejectsAWordCountMismatch() throws {
    let sentences = try CoNLLUReader.parse(Self.conllu, id: "GUM_news_toy")
    let short = Self.coref.replacingOccurrences(of: "7\twheel\tobject-3)\n", with: "")
    #expect(throws: ModelError.self) { try CorefReader.parse(short, conllu: sentences) }
  }
}
