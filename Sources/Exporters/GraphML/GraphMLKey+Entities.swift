// MARK: - The entity-only projection

extension GraphMLKey {
  /// The entity's name, as the projection's display label.
  public static let entityLabel = GraphMLKey(
    id: "n_label", domain: .node, name: "label", type: .string,
    description: "A display label: the entity's name.")
  /// A node size for drawing, from the mention count.
  public static let entitySize = GraphMLKey(
    id: "n_size", domain: .node, name: "size", type: .double,
    description:
      "A node size for drawing (Gephi reads it as the node's size): 10 times the square root of the mention count, so that areas follow mentions; at least 10.")
  /// How many statements the entity made.
  public static let entityStatementsBy = GraphMLKey(
    id: "n_statements_by", domain: .node, name: "statements_by", type: .int,
    description: "How many statements the entity made.")
  /// How many statements are about the entity.
  public static let entityStatementsAbout = GraphMLKey(
    id: "n_statements_about", domain: .node, name: "statements_about", type: .int,
    description: "How many statements are about the entity.")
  /// `statements` or `relation`.
  public static let projectionEdgeKind = GraphMLKey(
    id: "e_kind", domain: .edge, name: "kind", type: .string,
    description:
      "What the edge is: statements (a speaker to a topic, standing for every statement the speaker made about it) or relation (a subject to an object, standing for every relation with that predicate between them).")
  /// `said` or the predicate.
  public static let projectionEdgeLabel = GraphMLKey(
    id: "e_label", domain: .edge, name: "label", type: .string,
    description: "A display label: said, or the relation's predicate.")
  /// How many statements or relations an edge stands for.
  public static let edgeCount = GraphMLKey(
    id: "e_count", domain: .edge, name: "count", type: .int,
    description: "How many statements or identical relations the edge stands for.")
  /// The documents of an edge's statements or relations (JSON text).
  public static let edgeDocuments = GraphMLKey(
    id: "e_documents", domain: .edge, name: "documents", type: .string,
    description:
      "The ids of the documents the edge's statements or relations come from, as a JSON array of strings.")

  /// Every key of `graph.entities.graphml`, in the order
  /// ``EntityGraphMLWriter`` declares them: node, then edge.
  public static let entityProjection: [GraphMLKey] = [
    entityLabel, originalID, entityType, entityName, entityAliases, entityMentions, entityDocuments,
    nodeDate, entityAffiliation, entityPlace, entitySize, entityStatementsBy,
    entityStatementsAbout,
    projectionEdgeKind, projectionEdgeLabel, predicate, weight, edgeCount, edgeDocuments,
  ]
}
