/// The stable name of the rule that made a statement or a relation:
/// `<pass>.<what it reads>`, such as `parse.clausal-complement`,
/// `quote.after-speaker-cue` or `relation.role`.
///
/// Every statement and relation carries one (spaCy's matcher gives each
/// match its rule key the same way); it is written to `extractions.jsonl`
/// as `"rule"`, shown by `newsgraph explain`, and counted per rule by
/// `scripts/polnear-errors.py` and `scripts/news-errors.py`. A name, once
/// written, is not reused for another rule.
package struct RuleName: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The name, such as `parse.infinitive`.
  package let rawValue: String

  /// Creates a name.
  ///
  /// - Parameter rawValue: The name.
  package init(rawValue: String) { self.rawValue = rawValue }

  /// Creates a name from a literal.
  ///
  /// - Parameter value: The name.
  package init(stringLiteral value: String) { self.rawValue = value }

  /// The part before the first period: the pass or family of the rule.
  package var family: Substring { rawValue.prefix { $0 != "." } }

  /// The name.
  package var description: String { rawValue }
}
