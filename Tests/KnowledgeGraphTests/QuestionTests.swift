import Testing

@testable import KnowledgeGraph

@Suite("Question")
struct QuestionTests {
  /// A question and the speaker and topic it must give.
  struct Understood: CustomTestStringConvertible, Sendable {
    let text: String
    let speaker: String?
    let about: String?
    init(_ text: String, _ speaker: String?, _ about: String?) {
      self.text = text
      self.speaker = speaker
      self.about = about
    }
    var testDescription: String { text.debugDescription }
  }

  static let understood: [Understood] = [
    .init("what did Maria Delgado say about Spain?", "Maria Delgado", "Spain"),
    .init("What did Delgado say about the River Council", "Delgado", "the River Council"),
    .init("WHAT DID DELGADO SAY ABOUT SPAIN", "DELGADO", "SPAIN"),
    .init("what does Berg say about the U.S.?", "Berg", "the U.S."),
    .init("what has Berg said about Delgado??", "Berg", "Delgado"),
    .init("what did Delgado say about Spain ?", "Delgado", "Spain"),
    .init("  what   did  Delgado   say  about   Spain  ", "Delgado", "Spain"),
    .init("what did Delgado say", "Delgado", nil),
    .init("what did Maria Delgado say?", "Maria Delgado", nil),
    .init("what did the Portuguese officials say?", "the Portuguese officials", nil),
    .init("who said what about Spain?", nil, "Spain"),
    .init("Who said what about Maria Delgado", nil, "Maria Delgado"),
    .init("who said anything about the summit?", nil, "the summit"),
    .init("who talked about Berg?", nil, "Berg"),
    .init("who spoke about Berg", nil, "Berg"),
    .init("who commented on the bridge?", nil, "the bridge"),
    .init("what was said about Portugal?", nil, "Portugal"),
    .init("who said about Portugal", nil, "Portugal"),
    .init("what did Delgado say about Russia/Ukraine?", "Delgado", "Russia/Ukraine"),
  ]

  static let rejected: [String] = [
    "", "   ", "?", "hello", "Delgado", "Delgado Spain", "what did say", "what did say about Spain",
    "what did Delgado say about", "what did Delgado say about?", "what did Delgado say on Spain",
    "what did Delgado think about Spain", "what did Delgado mean", "why did Delgado say that",
    "who said what about", "who said what about ?", "who said", "tell me about Spain",
    "what is the capital of Spain", "what did", "who talked to Berg",
  ]

  @Test(arguments: understood)
  func understoodForms(_ example: Understood) throws {
    let question = try #require(Question(parsing: example.text))
    #expect(question.speaker == example.speaker)
    #expect(question.about == example.about)
    #expect(question == Question(speaker: example.speaker, about: example.about))
  }

  @Test(arguments: rejected)
  func otherFormsAreRejectedNotGuessed(_ text: String) {
    #expect(Question(parsing: text) == nil)
  }

  @Test func usageListsTheUnderstoodForms() {
    for form in ["what did X say about Y", "what did X say", "who said what about Y", "--speaker", "--about"] {
      #expect(Question.usage.contains(form))
    }
  }

  @Test func parsedQuestionsAnswerThroughTheGraph() throws {
    let graph = try GraphFixtures.graph()
    let question = try #require(Question(parsing: "what did Delgado say about Spain?"))
    let answers = graph.statements(speaker: question.speaker, about: question.about)
    #expect(answers.map(\.text) == ["the bridge would reopen in March", "Spain had agreed to pay half"])
    let who = try #require(Question(parsing: "who said what about Delgado?"))
    #expect(Set(graph.statements(speaker: who.speaker, about: who.about).compactMap(\.speaker)) == [
      "person:tomas-berg", "person:anna-kowalski",
    ])
  }
}
