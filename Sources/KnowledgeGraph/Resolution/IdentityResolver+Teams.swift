extension IdentityResolver {
  /// How far the words read around a mention may reach (``ScalarWindow``):
  /// a word or two and the spaces between.
  static let windowMargin = 80

  /// Types as an organization each place that its document uses as a
  /// sports team (``TeamSense``): "Liverpool" in "Liverpool manager Rafael
  /// Benitez" is the club, and stays apart from the city that other
  /// documents name. Reconciliation never changes the type back; a
  /// place the word lists know stays a place in the other documents
  /// (`reconcileTypes`).
  ///
  /// - Parameter texts: Each resolved document's text, by index; nil where
  ///   unknown.
  mutating func readTeams(texts: [String?]) {
    for (document, extraction) in extractions.enumerated() {
      guard document < texts.count, let text = texts[document] else { continue }
      let places = unitsOf[document].filter { units[$0].type == .location }
      guard !places.isEmpty else { continue }
      let records = Dictionary(extraction.allEntities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let clubEnds = Set(extraction.entities.filter { $0.type == .organization }.flatMap { $0.mentions.map(\.end) })
      let placeMentions = places.map { records[units[$0].localID]?.mentions ?? [] }
      var windows = ScalarWindow.windows(
        of: text, around: placeMentions.flatMap { $0.map { $0.start..<$0.end } }, margin: Self.windowMargin
      )[...]
      for (index, mentions) in zip(places, placeMentions) {
        let found = windows.prefix(mentions.count)
        windows = windows.dropFirst(mentions.count)
        for (mention, window) in zip(mentions, found) {
          guard
            let cue = TeamSense.cue(
              in: window.scalars, start: mention.start - window.base, end: mention.end - window.base,
              clubEnds: clubEnds, base: window.base)
          else { continue }
          units[index].type = .organization
          teams.insert(index)
          reasons[index, default: []].append(
            "its document uses \"\(mention.text)\" as a team's name (\"\(cue)\")")
          break
        }
      }
    }
  }
}
