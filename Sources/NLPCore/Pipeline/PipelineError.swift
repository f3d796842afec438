/// Errors raised while analysing a document.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Two components share a name.
  case duplicateComponent(String)
  /// A component failed on a document.
  case componentFailed(component: String, document: String, reason: String)

  public var description: String {
    switch self {
    case .duplicateComponent(let name):
      "pipeline: two components are named '\(name)'"
    case .componentFailed(let component, let document, let reason):
      "\(document): \(component): \(reason)"
    }
  }
}
