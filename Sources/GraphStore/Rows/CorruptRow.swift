/// A stored row that cannot be turned back into what was written: an
/// unknown enum value, JSON that does not decode, or rows out of order.
///
/// Thrown inside a read; ``GraphStore`` reports it as
/// ``StoreError/corrupt(path:reason:)`` with the store's path.
struct CorruptRow: Error {
  /// What is wrong, e.g. "entity person:x: unknown type 'alien'".
  var reason: String
}
