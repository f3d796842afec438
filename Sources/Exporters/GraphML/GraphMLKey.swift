/// One `<key>` declaration of NewsGraph's GraphML: an attribute with a
/// readable id, the kind of element it belongs to, a name and a type.
///
/// Our schema is fixed, so the keys are one static table, ``all``, shared by
/// ``GraphMLWriter`` (which declares every key, used or not) and
/// ``GraphMLReader`` (which looks attributes up by `attr.name`, so files
/// re-saved by tools that renumber keys still read). Lists are stored as
/// JSON-array strings, and the key's `<desc>` says so.
///
/// Entity and statement nodes share the node domain: entity-only keys have
/// ids starting `n_`, statement-only keys `s_`, and edge keys `e_`.
public struct GraphMLKey: Sendable, Hashable {
  /// The kind of GraphML element a key applies to (`for=`).
  public enum Domain: String, Sendable, Hashable, CaseIterable {
    /// The `<graph>` element itself.
    case graph
    /// `<node>` elements.
    case node
    /// `<edge>` elements.
    case edge
  }

  /// A GraphML attribute type (`attr.type=`).
  public enum ValueType: String, Sendable, Hashable, CaseIterable {
    /// Text, possibly JSON.
    case string
    /// A 32-bit integer.
    case int
    /// A 64-bit integer.
    case long
    /// A 32-bit float.
    case float
    /// A 64-bit float.
    case double
    /// `true` or `false`.
    case boolean
  }

  /// The key's XML id, used by `<data key=...>`.
  public let id: String
  /// The elements it applies to.
  public let domain: Domain
  /// The attribute name (`attr.name`) that tools show.
  public let name: String
  /// The attribute type (`attr.type`).
  public let type: ValueType
  /// The human-readable description written as the key's `<desc>`.
  public let description: String

  /// Creates a key declaration.
  ///
  /// - Parameters:
  ///   - id: The XML id, unique in the file.
  ///   - domain: The elements it applies to.
  ///   - name: The attribute name, unique within its domain.
  ///   - type: The attribute type.
  ///   - description: The `<desc>` text.
  public init(id: String, domain: Domain, name: String, type: ValueType, description: String) {
    self.id = id
    self.domain = domain
    self.name = name
    self.type = type
    self.description = description
  }
}

// MARK: - The table

extension GraphMLKey {
  /// The source documents (graph attribute, JSON text).
  public static let documents = GraphMLKey(
    id: "g_documents", domain: .graph, name: "documents", type: .string,
    description:
      "The source documents, as a JSON array of objects with id, path, date and warnings.")

  /// `entity` or `statement`.
  public static let nodeKind = GraphMLKey(
    id: "n_kind", domain: .node, name: "kind", type: .string,
    description: "What the node is: entity or statement.")
  /// A display label: the entity name, or the statement text clipped.
  public static let nodeLabel = GraphMLKey(
    id: "n_label", domain: .node, name: "label", type: .string,
    description:
      "A display label: the entity's name, or the statement's text clipped to 80 characters.")
  /// The node's id when it is not a valid XML name token.
  public static let originalID = GraphMLKey(
    id: "n_original_id", domain: .node, name: "original_id", type: .string,
    description:
      "The NewsGraph id, present only when it is not a valid XML NMTOKEN and the node id is a sanitized form."
  )
  /// The entity type: person, country, organization, event, location, group.
  public static let entityType = GraphMLKey(
    id: "n_type", domain: .node, name: "type", type: .string,
    description: "Entity type: person, country, organization, event, location or group.")
  /// The entity's canonical name.
  public static let entityName = GraphMLKey(
    id: "n_name", domain: .node, name: "name", type: .string,
    description: "The entity's canonical name.")
  /// The entity's other names (JSON text).
  public static let entityAliases = GraphMLKey(
    id: "n_aliases", domain: .node, name: "aliases", type: .string,
    description: "The entity's other names, as a JSON array of strings.")
  /// How often the entity is mentioned.
  public static let entityMentions = GraphMLKey(
    id: "n_mentions", domain: .node, name: "mentions", type: .int,
    description: "How many times the entity is mentioned, over all documents.")
  /// The documents mentioning the entity (JSON text).
  public static let entityDocuments = GraphMLKey(
    id: "n_documents", domain: .node, name: "documents", type: .string,
    description: "The ids of the documents mentioning the entity, as a JSON array of strings.")
  /// How often each document mentions the entity (JSON text).
  public static let entityMentionsPerDocument = GraphMLKey(
    id: "n_mentions_per_document", domain: .node, name: "mentions_per_document", type: .string,
    description: "How many times each document mentions the entity, as a JSON object from document id to count.")
  /// The earliest date the entity was seen.
  public static let entityFirstSeen = GraphMLKey(
    id: "n_first_seen", domain: .node, name: "first_seen", type: .string,
    description: "The earliest date of a dated document mentioning the entity.")
  /// The latest date the entity was seen.
  public static let entityLastSeen = GraphMLKey(
    id: "n_last_seen", domain: .node, name: "last_seen", type: .string,
    description: "The latest date of a dated document mentioning the entity.")
  /// The event's or the statement's date.
  public static let nodeDate = GraphMLKey(
    id: "n_date", domain: .node, name: "date", type: .string,
    description: "For events and statements: the date as normalised or as written.")
  /// The entity a group belongs to.
  public static let entityAffiliation = GraphMLKey(
    id: "n_affiliation", domain: .node, name: "affiliation", type: .string,
    description: "For groups: the id of the entity they belong to.")
  /// Where an event happened.
  public static let entityPlace = GraphMLKey(
    id: "n_place", domain: .node, name: "place", type: .string,
    description: "For events: the id of the place where it happened, when stated.")
  /// What was said.
  public static let statementText = GraphMLKey(
    id: "s_text", domain: .node, name: "text", type: .string,
    description: "What was said: the content spans joined with ' … '.")
  /// direct, indirect or mixed.
  public static let statementKind = GraphMLKey(
    id: "s_statement_kind", domain: .node, name: "statement_kind", type: .string,
    description: "How the statement is reported: direct, indirect or mixed.")
  /// The reporting verb.
  public static let statementCue = GraphMLKey(
    id: "s_cue", domain: .node, name: "cue", type: .string,
    description: "The reporting verb or phrase as written.")
  /// The speaker mention as written.
  public static let statementSpeakerText = GraphMLKey(
    id: "s_speaker_text", domain: .node, name: "speaker_text", type: .string,
    description: "The speaker's mention as written (it may be a pronoun).")
  /// The statement's document.
  public static let statementDocument = GraphMLKey(
    id: "s_document", domain: .node, name: "document", type: .string,
    description: "The id of the document the statement comes from.")
  /// Where the content starts.
  public static let statementStart = GraphMLKey(
    id: "s_start", domain: .node, name: "start", type: .int,
    description: "Unicode code-point offset where the content starts in the document.")
  /// Where the content ends.
  public static let statementEnd = GraphMLKey(
    id: "s_end", domain: .node, name: "end", type: .int,
    description: "Unicode code-point offset where the content ends (exclusive).")
  /// The content spans (JSON text).
  public static let statementSpans = GraphMLKey(
    id: "s_spans", domain: .node, name: "spans", type: .string,
    description: "The content spans, as a JSON array of objects with text, start and end.")

  /// `said`, `about` or `relation`.
  public static let edgeKind = GraphMLKey(
    id: "e_kind", domain: .edge, name: "kind", type: .string,
    description:
      "What the edge is: said (speaker to statement), about (statement to entity) or relation.")
  /// A display label: said, about, or the predicate.
  public static let edgeLabel = GraphMLKey(
    id: "e_label", domain: .edge, name: "label", type: .string,
    description: "A display label: said, about, or the relation's predicate.")
  /// The speaker's stance toward the entity, on about edges.
  public static let stance = GraphMLKey(
    id: "e_stance", domain: .edge, name: "stance", type: .string,
    description:
      "For about edges, when judged: the speaker's stance in the statement toward the entity: supports, opposes or neutral.")
  /// The relation type.
  public static let predicate = GraphMLKey(
    id: "e_predicate", domain: .edge, name: "predicate", type: .string,
    description: "For relations: the predicate, one of NewsGraph's closed set.")
  /// The verb as written.
  public static let verb = GraphMLKey(
    id: "e_verb", domain: .edge, name: "verb", type: .string,
    description: "For relations: the verb or phrase as written.")
  /// The title, for holds_role.
  public static let title = GraphMLKey(
    id: "e_title", domain: .edge, name: "title", type: .string,
    description: "For holds_role relations: the title.")
  /// The relation's date.
  public static let edgeDate = GraphMLKey(
    id: "e_date", domain: .edge, name: "date", type: .string,
    description: "For relations: the date when stated.")
  /// The relation's place.
  public static let edgePlace = GraphMLKey(
    id: "e_place", domain: .edge, name: "place", type: .string,
    description: "For relations: the id of the place where it happened, when stated.")
  /// The relation's document.
  public static let edgeDocument = GraphMLKey(
    id: "e_document", domain: .edge, name: "document", type: .string,
    description: "For relations: the id of the document it was read from.")
  /// The evidence text.
  public static let evidence = GraphMLKey(
    id: "e_evidence", domain: .edge, name: "evidence", type: .string,
    description: "For relations: the sentence or clause it was read from.")
  /// Where the evidence starts.
  public static let evidenceStart = GraphMLKey(
    id: "e_evidence_start", domain: .edge, name: "evidence_start", type: .int,
    description: "Unicode code-point offset where the evidence starts in the document.")
  /// Where the evidence ends.
  public static let evidenceEnd = GraphMLKey(
    id: "e_evidence_end", domain: .edge, name: "evidence_end", type: .int,
    description: "Unicode code-point offset where the evidence ends (exclusive).")

  /// The edge's weight: 1 for each edge of `graph.graphml`; in the
  /// entity-only projection, how many statements or relations it stands for.
  public static let weight = GraphMLKey(
    id: "e_weight", domain: .edge, name: "weight", type: .double,
    description:
      "The edge's weight for layouts and metrics: 1 for each said, about and relation edge; in graph.entities.graphml, how many statements or identical relations the edge stands for.")

  /// Every key, in the order the writer declares them: graph, node, edge.
  public static let all: [GraphMLKey] = [
    documents,
    nodeKind, nodeLabel, originalID, entityType, entityName, entityAliases, entityMentions,
    entityDocuments, entityMentionsPerDocument, entityFirstSeen, entityLastSeen, nodeDate,
    entityAffiliation, entityPlace, statementText, statementKind, statementCue,
    statementSpeakerText, statementDocument, statementStart, statementEnd, statementSpans,
    edgeKind, edgeLabel, stance, predicate, verb, title, edgeDate, edgePlace, edgeDocument, evidence,
    evidenceStart, evidenceEnd, weight,
  ]
}
