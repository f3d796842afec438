import Foundation
import NLPCore

/// Runs the trained models over each sentence: part-of-speech tags and
/// lemmas, a dependency tree, and named-entity spans.
///
/// The pipeline component that joins the statistical models (``NLPModels``)
/// to a ``Document``: it reads the sentences the ``SentenceSplitter`` made
/// and writes the token table's `upos`, `xpos`, `lemma`, `headOffset` and
/// `dependency`, and the document's named-entity table.
public struct ModelAnnotator: Component {
  public let name = "models"
  /// The loaded models.
  public let models: NLPModels

  /// Creates the component.
  ///
  /// - Parameter models: The loaded tagger, parser and recognizer.
  public init(models: NLPModels) {
    self.models = models
  }

  /// Annotates a document; a long one on every core, a few stretches of
  /// sentences at once (the results are the same: sentences never see each
  /// other in the models).
  public func process(_ document: inout Document) throws(PipelineError) {
    var timer = NoAnalysisTimer()
    try annotate(&document, timer: &timer, lanes: ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Annotates a document like ``process(_:)``, timing each stage.
  ///
  /// - Parameters:
  ///   - document: The tokenized, sentence-split document.
  ///   - timer: Told when each stage ends.
  /// - Throws: ``PipelineError/componentFailed(component:document:reason:)``.
  package func process<Timer: AnalysisTimer>(
    _ document: inout Document, timer: inout Timer
  ) throws(PipelineError) {
    try annotate(&document, timer: &timer, lanes: 1)
  }

  /// Annotates a document, analysing up to `lanes` stretches of about
  /// `stretchWords` words at once.
  func annotate<Timer: AnalysisTimer>(
    _ document: inout Document, timer: inout Timer, lanes: Int, stretchWords: Int = Self.stretchWords
  ) throws(PipelineError) {
    // A few thousand words at a time: each model runs over every sentence
    // of a stretch before the next model starts (so its weights stay in the
    // caches), and a long document never holds the models' intermediate
    // results for all its words at once. Sentences never see each other
    // there, so the stretches change nothing.
    let stretches = Self.stretches(of: document.sentenceTable, words: stretchWords)
    var spans: [[NamedSpan]] = []
    spans.reserveCapacity(document.sentenceTable.count)
    let lanes = max(1, min(lanes, stretches.count))
    var next = 0
    while next < stretches.count {
      let batch = stretches[next..<min(next + lanes, stretches.count)]
      let batchWords = batch.map { stretch in document.sentenceTable[stretch].map { words(of: $0, in: document) } }
      let analyses: [[SentenceAnalysis]]
      if batch.count == 1 {
        analyses = [models.analyze(sentences: batchWords[0], timer: &timer)]
      } else {
        analyses = analyzeConcurrently(batchWords)
      }
      for (stretch, stretchAnalyses) in zip(batch, analyses) {
        for (sentence, analysis) in zip(document.sentenceTable[stretch], stretchAnalyses) {
          try store(analysis, of: sentence, in: &document)
          spans.append(analysis.entities)
        }
      }
      timer.lap(.store)
      next += batch.count
    }
    // The document's names agree: the same words get one type, and a
    // surname alone is the person named in full before.
    let sentences = document.sentenceTable
    let consistent = DocumentConsistency.apply(
      spans, words: { words(of: sentences[$0], in: document) },
      properNouns: { sentences[$0].map { document.tokenTable[$0].upos == "PROPN" } })
    timer.lap(.recognize)
    var named: [NamedEntitySpan] = []
    for (sentence, list) in zip(sentences, consistent) {
      for span in list where span.range.upperBound <= sentence.count {
        named.append(NamedEntitySpan(
          tokens: (sentence.lowerBound + span.range.lowerBound)..<(sentence.lowerBound + span.range.upperBound),
          type: span.type))
      }
    }
    timer.lap(.store)
    document.namedEntityTable = named
    document.hasModelAnnotations = true
  }

  /// About how many words the models analyse at a time.
  static let stretchWords = 4096

  /// The document's sentences in stretches of about `words` words (at
  /// least one sentence each), as ranges of sentence indices.
  static func stretches(of sentences: [Range<Int>], words: Int = stretchWords) -> [Range<Int>] {
    var stretches: [Range<Int>] = []
    var first = 0
    while first < sentences.count {
      var end = first
      var wordCount = 0
      while end < sentences.count, end == first || wordCount < words {
        wordCount += sentences[end].count
        end += 1
      }
      stretches.append(first..<end)
      first = end
    }
    return stretches
  }

  /// Analyses several stretches at once, one per core.
  private func analyzeConcurrently(_ stretches: [[[Substring]]]) -> [[SentenceAnalysis]] {
    let results = ConcurrentResults<[SentenceAnalysis]>(count: stretches.count)
    let models = self.models
    DispatchQueue.concurrentPerform(iterations: stretches.count) { index in
      var timer = NoAnalysisTimer()
      results.set(index, models.analyze(sentences: stretches[index], timer: &timer))
    }
    return results.values
  }

  /// The words of a sentence, as views into the text.
  private func words(of sentence: Range<Int>, in document: Document) -> [Substring] {
    sentence.map { document.text(in: document.tokenTable[$0].range) }
  }

  /// Writes one sentence's tags, lemmas and arcs into the token table.
  private func store(_ analysis: SentenceAnalysis, of sentence: Range<Int>, in document: inout Document) throws(PipelineError) {
    guard analysis.tags.count == sentence.count, analysis.arcs.count == sentence.count else {
      throw .componentFailed(
        component: name, document: document.id,
        reason: "the models returned \(analysis.tags.count) tags for \(sentence.count) words")
    }
    for (offset, token) in sentence.enumerated() {
      let tag = analysis.tags[offset]
      document.tokenTable[token].upos = tag.upos
      document.tokenTable[token].xpos = tag.xpos
      document.tokenTable[token].lemma = tag.lemma
      let arc = analysis.arcs[offset]
      // Heads are 0-based within the sentence; nil is the root.
      if let head = arc.head {
        document.tokenTable[token].headOffset = (sentence.lowerBound + head) - token
      } else {
        document.tokenTable[token].headOffset = 0
      }
      document.tokenTable[token].dependency = arc.label
    }
  }
}

/// Results filled in from several threads, one slot each.
private final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
  /// Guards `slots`.
  private let lock = NSLock()
  /// The results by index.
  private var slots: [Value?]

  init(count: Int) {
    slots = [Value?](repeating: nil, count: count)
  }

  /// Records the result of one index.
  func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
  }

  /// Every result, once all are set.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
