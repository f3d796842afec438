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

  public func process(_ document: inout Document) throws(PipelineError) {
    var timer = NoAnalysisTimer()
    try process(&document, timer: &timer)
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
    let sentenceWords = document.sentenceTable.map { sentence in
      sentence.map { document.text(in: document.tokenTable[$0].range) }
    }
    // The document's names agree: the same words get one type, and a
    // surname alone is the person named in full before.
    let analyses = models.analyze(document: sentenceWords, timer: &timer)
    var named: [NamedEntitySpan] = []
    for (sentence, (words, analysis)) in zip(document.sentenceTable, zip(sentenceWords, analyses)) {
      guard analysis.tags.count == words.count, analysis.arcs.count == words.count else {
        throw .componentFailed(
          component: name, document: document.id,
          reason: "the models returned \(analysis.tags.count) tags for \(words.count) words")
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
      for span in analysis.entities where span.range.upperBound <= words.count {
        named.append(NamedEntitySpan(
          tokens: (sentence.lowerBound + span.range.lowerBound)..<(sentence.lowerBound + span.range.upperBound),
          type: span.type))
      }
    }
    timer.lap(.store)
    document.namedEntityTable = named
    document.hasModelAnnotations = true
  }
}

/// A named-entity span found by the recognizer, in document token indices.
public struct NamedEntitySpan: Sendable, Hashable {
  /// The tokens covered.
  public var tokens: Range<Int>
  /// The recognizer's type.
  public var type: NamedEntityType
}
