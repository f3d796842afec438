import Foundation
import Testing

@testable import NLPCore
@testable import NLPModels
@testable import NLPTraining

@Suite("GUM evaluation output")
struct GUMEvaluationTests {
  @Test func gumEvaluationLineHasTheScorersFields() throws {
    let models = try NLPModels.loadShipped()
    let document = try CoNLLUReader.parse(CoNLLUReaderTests.fixture, id: "GUM_news_sample")
    let line = GUMEvaluation.jsonLine(document, GUMEvaluation.predict(document, models: models))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["doc"] as? String == "GUM_news_sample")
    let sentences = try #require(object["sentences"] as? [[[String: Any]]])
    #expect(sentences.map(\.count) == [6, 2])
    #expect(sentences[0][0]["form"] as? String == "President")
    #expect(object["entities"] is [[String: Any]])
  }
}
