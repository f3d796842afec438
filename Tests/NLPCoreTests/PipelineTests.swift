import Testing

@testable import DocumentInput
@testable import NLPCore

/// A component that needs tokens and fails without them.
private struct NeedsTokens: Component {
  let name = "needs-tokens"
  func process(_ document: inout Document) throws(PipelineError) {
    guard document.tokenCount > 0 else {
      throw .componentFailed(component: name, document: document.id, reason: "no tokens")
    }
  }
}

/// A component that tags every token with a part of speech, so the last one
/// to run wins.
private struct Stamp: Component {
  let name: String
  /// The part of speech it gives: `NOUN` for "a", `VERB` for any other name.
  var tag: String { name == "a" ? "NOUN" : "VERB" }
  func process(_ document: inout Document) throws(PipelineError) {
    for index in document.tokenTable.indices { document.tokenTable[index].upos = tag }
  }
}

@Suite("Pipeline")
struct PipelineTests {
  @Test func standardPipelineTokenizesThenSplits() throws {
    #expect(Pipeline.standard.names == ["tokenizer", "sentence-splitter"])
    let document = try Pipeline.standard.run(id: "a1", text: "Hello there. General Kenobi.")
    #expect(document.id == "a1")
    #expect(document.tokenCount == 6)
    #expect(document.sentences.map { String($0.text) } == ["Hello there.", "General Kenobi."])
  }

  @Test func duplicateNamesAreRejected() {
    #expect(throws: PipelineError.duplicateComponent("tokenizer")) {
      try Pipeline([Tokenizer(), SentenceSplitter(), Tokenizer()])
    }
    #expect(throws: PipelineError.duplicateComponent("x")) {
      try Pipeline([Stamp(name: "x"), Stamp(name: "x")])
    }
  }

  @Test func componentsRunInTheGivenOrder() throws {
    let ab = try Pipeline([Tokenizer(), Stamp(name: "a"), Stamp(name: "b")])
    let ba = try Pipeline([Tokenizer(), Stamp(name: "b"), Stamp(name: "a")])
    #expect(ab.names == ["tokenizer", "a", "b"])
    #expect(try ab.run(id: "d", text: "one two").tokens.map(\.upos) == ["VERB", "VERB"])
    #expect(try ba.run(id: "d", text: "one two").tokens.map(\.upos) == ["NOUN", "NOUN"])
  }

  @Test func errorsNameTheComponentAndTheDocument() throws {
    let wrongOrder = try Pipeline([NeedsTokens(), Tokenizer()])
    #expect(throws: PipelineError.componentFailed(component: "needs-tokens", document: "doc-7", reason: "no tokens")) {
      try wrongOrder.run(id: "doc-7", text: "Some words.")
    }
    let rightOrder = try Pipeline([Tokenizer(), NeedsTokens()])
    #expect(try rightOrder.run(id: "doc-7", text: "Some words.").tokenCount == 3)
  }

  @Test func errorDescriptionsStartWithTheDocument() {
    let failed = PipelineError.componentFailed(component: "tagger", document: "doc-7", reason: "model missing")
    #expect(failed.description == "doc-7: tagger: model missing")
    #expect(PipelineError.duplicateComponent("tagger").description.contains("'tagger'"))
  }

  @Test func applyAnnotatesAnExistingDocument() throws {
    var document = Document(id: "d", text: "One. Two.")
    try Pipeline.standard.apply(to: &document)
    #expect(document.sentences.count == 2)
    // Applying again gives the same analysis.
    let tokens = document.tokenTable
    try Pipeline.standard.apply(to: &document)
    #expect(document.tokenTable == tokens)
    #expect(document.sentences.count == 2)
  }

  @Test func emptyPipelineLeavesTheDocumentBare() throws {
    let document = try Pipeline([]).run(id: "d", text: "One. Two.")
    #expect(document.tokenCount == 0)
    #expect(document.sentences.isEmpty)
  }

  @Test func pipelineIsSafeToShareBetweenTasks() async throws {
    let texts = (0..<16).map { "Document \($0) says hello. It ends here." }
    let counts = await withTaskGroup(of: (Int, Int).self) { group in
      for (index, text) in texts.enumerated() {
        group.addTask { (index, (try? Pipeline.standard.run(id: "\(index)", text: text).sentences.count) ?? -1) }
      }
      var results: [Int: Int] = [:]
      for await (index, count) in group { results[index] = count }
      return results
    }
    #expect(counts.count == 16)
    #expect(counts.values.allSatisfy { $0 == 2 })
  }
}
