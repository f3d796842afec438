extension KnowledgeGraph: Codable {
  private enum CodingKeys: String, CodingKey {
    case documents, entities, statements, relations, merges, assignments
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      documents: container.decodeIfPresent([DocumentInfo].self, forKey: .documents) ?? [],
      entities: container.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
      statements: container.decodeIfPresent([Statement].self, forKey: .statements) ?? [],
      relations: container.decodeIfPresent([Relation].self, forKey: .relations) ?? [])
    merges = try container.decodeIfPresent([MergeDecision].self, forKey: .merges) ?? []
    assignments = try container.decodeIfPresent([MergeDecision].self, forKey: .assignments) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(documents, forKey: .documents)
    try container.encode(entities, forKey: .entities)
    try container.encode(statements, forKey: .statements)
    try container.encode(relations, forKey: .relations)
    if !merges.isEmpty { try container.encode(merges, forKey: .merges) }
    if !assignments.isEmpty { try container.encode(assignments, forKey: .assignments) }
  }
}
