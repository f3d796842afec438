extension KnowledgeGraph {
  /// The entities a name refers to, most likely first.
  ///
  /// A name matches an entity's canonical name, one of its other names, or
  /// (a one-word name) one word of its names ("Berg" finds "Tomas Berg"),
  /// compared as ``NameKey``s; an entity id matches itself. The ranking is
  /// ``EntityMatch``'s: a whole canonical name of two words or more first,
  /// then the most mentioned.
  /// - Parameters:
  ///   - name: A name or an entity id.
  ///   - role: What the name stands for; a speaker prefers people,
  ///     organizations, groups and countries.
  /// - Returns: The matching entities, possibly empty.
  public func entities(named name: String, as role: NameRole = .topic) -> [Entity] {
    if let entity = entitiesByID[name] { return [entity] }
    return GraphAnswerSource(graph: self).matches(for: NameKey(name)).ranked(for: name, role: role).map(\.entity)
  }

  /// The statements by a speaker and about a topic, as ``Answer`` finds
  /// them, in answer order (documents by date, then text order).
  ///
  /// - Parameters:
  ///   - speaker: A speaker's name, or nil for any speaker.
  ///   - about: A topic's name, or nil for any topic.
  /// - Returns: The matching statements.
  public func statements(speaker: String? = nil, about: String? = nil) -> [Statement] {
    guard speaker != nil || about != nil else { return statements }
    return Answer(speaker: speaker, about: about, source: GraphAnswerSource(graph: self)).groups.flatMap(\.statements)
  }

  /// The relations an entity takes part in, as subject or object.
  ///
  /// - Parameter id: An entity id.
  /// - Returns: The relations in graph order.
  public func relations(involving id: String) -> [Relation] {
    relations.filter { $0.subject == id || $0.object == id }
  }
}
