/// An ordered list of uniquely named components that turns text into an
/// analysed ``Document``.
///
/// ```swift
/// let pipeline = try Pipeline([Tokenizer(), SentenceSplitter()])
/// let document = try pipeline.run(id: "a1", text: "Hello. World.")
/// ```
public struct Pipeline: Sendable {
  /// The components, in the order they run.
  public let components: [any Component]

  /// Creates a pipeline.
  ///
  /// - Parameter components: The components in order.
  /// - Throws: ``PipelineError/duplicateComponent(_:)`` if two share a name.
  public init(_ components: [any Component]) throws(PipelineError) {
    var names = Set<String>()
    for component in components where !names.insert(component.name).inserted {
      throw .duplicateComponent(component.name)
    }
    self.components = components
  }

  /// The rule-based analysis: tokenizer, then sentence splitter.
  public static let standard = Pipeline(unchecked: [Tokenizer(), SentenceSplitter()])

  /// Creates a pipeline whose component names are known to be unique.
  package init(unchecked components: [any Component]) {
    self.components = components
  }

  /// The names of the components, in order.
  public var names: [String] { components.map(\.name) }

  /// Makes a document from text and applies every component.
  ///
  /// - Parameters:
  ///   - id: The document id.
  ///   - text: The text.
  /// - Returns: The analysed document.
  /// - Throws: ``PipelineError/componentFailed(component:document:reason:)``
  ///   naming the component and document.
  public func run(id: String, text: String) throws(PipelineError) -> Document {
    var document = Document(id: id, text: text)
    try apply(to: &document)
    return document
  }

  /// Applies every component to an existing document.
  ///
  /// - Parameter document: The document to annotate.
  /// - Throws: The first component's error.
  public func apply(to document: inout Document) throws(PipelineError) {
    for component in components {
      try component.process(&document)
    }
    document.checkInvariants()
  }
}
