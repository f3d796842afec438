extension IdentityResolver {
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
      let clubEnds = Set(extraction.entities.filter { $0.type == .organization }.flatMap { $0.mentions.map(\.end) })
      for (index, mentions) in zip(places, mentionWindows(of: places, in: extraction, text: text)) {
        for (mention, window) in mentions {
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
