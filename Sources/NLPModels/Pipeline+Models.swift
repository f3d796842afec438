import NLPCore

extension Pipeline {
  /// The analysis with the trained models: tokenizer, sentence splitter,
  /// then the tagger, parser and recognizer (``ModelAnnotator``).
  ///
  /// ```swift
  /// let pipeline = Pipeline.annotating(with: try NLPModels.loadShipped())
  /// let document = try pipeline.run(id: "a1", text: "Anna Berg said so.")
  /// ```
  /// - Parameter models: The loaded models.
  /// - Returns: The pipeline.
  public static func annotating(with models: NLPModels) -> Pipeline {
    Pipeline(unchecked: [Tokenizer(), SentenceSplitter(), ModelAnnotator(models: models)])
  }
}
