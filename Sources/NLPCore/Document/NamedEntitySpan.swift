/// A named-entity span found by the recognizer, in document token indices.
public struct NamedEntitySpan: Sendable, Hashable {
  /// The tokens covered.
  public var tokens: Range<Int>
  /// The recognizer's type.
  public var type: NamedEntityType

  /// Creates a span.
  ///
  /// - Parameters:
  ///   - tokens: The tokens covered.
  ///   - type: The recognizer's type.
  public init(tokens: Range<Int>, type: NamedEntityType) {
    self.tokens = tokens
    self.type = type
  }
}
