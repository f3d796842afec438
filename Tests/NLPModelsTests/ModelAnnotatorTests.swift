import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("ModelAnnotator")
struct ModelAnnotatorTests {
  /// A long document is analysed a stretch of sentences at a time, several
  /// stretches at once; the annotations are those of one pass over all of it.
  @Test func stretchesAnalysedAtOnceAnnotateAsOnePass() throws {
    let models = try #require(ShippedModels.models)
    let annotator = ModelAnnotator(models: models)
    let text = (0..<24).map { index in
      index % 2 == 0
        ? "Anna Berg, the Chilean foreign minister, met officials of the European Union in Geneva on Monday."
        : "\u{201C}The talks were difficult,\u{201D} Berg said, adding that Chile would reply in March."
    }.joined(separator: " ")
    var whole = try Pipeline.standard.run(id: "d", text: text)
    var stretched = whole
    var timer = NoAnalysisTimer()
    try annotator.annotate(&whole, timer: &timer, lanes: 1, stretchWords: 1_000_000)
    try annotator.annotate(&stretched, timer: &timer, lanes: 4, stretchWords: 40)
    #expect(ModelAnnotator.stretches(of: stretched.sentenceTable, words: 40).count > 4)
    #expect(stretched.tokenTable == whole.tokenTable)
    #expect(stretched.namedEntityTable == whole.namedEntityTable)
    #expect(!whole.namedEntityTable.isEmpty && whole.hasModelAnnotations && stretched.hasModelAnnotations)
  }

  @Test func stretchesCoverEverySentenceOnce() {
    let sentences = [0..<10, 10..<12, 12..<40, 40..<41, 41..<90]
    #expect(ModelAnnotator.stretches(of: sentences, words: 12) == [0..<2, 2..<3, 3..<5])
    #expect(ModelAnnotator.stretches(of: sentences, words: 1) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5])
    #expect(ModelAnnotator.stretches(of: [], words: 12).isEmpty)
  }
}
