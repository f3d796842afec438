/// One step of the analysis pipeline: it reads a document and adds to it.
///
/// Components are values with unique names, applied in order by
/// ``Pipeline``. A component never removes what an earlier one added.
public protocol Component: Sendable {
  /// A unique name, used in errors ("tokenizer", "tagger").
  var name: String { get }
  /// Adds this component's annotations to a document.
  ///
  /// - Parameter document: The document, annotated by earlier components.
  /// - Throws: ``PipelineError`` when the document cannot be processed.
  func process(_ document: inout Document) throws(PipelineError)
}
