/// One entity a statement is about, with its mentions in the content.
struct AboutTarget {
  /// The entity id.
  let id: String
  /// The entity's type.
  let type: EntityType
  /// The token ranges of its mentions inside the content, in text order.
  var mentions: [Range<Int>] = []
}
