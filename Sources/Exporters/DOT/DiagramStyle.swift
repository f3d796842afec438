import KnowledgeGraph

/// The look of diagrams: fonts, node shapes and fills by entity type, edge
/// colours by kind.
enum DiagramStyle {
  /// The font of every label.
  static let font = "Helvetica"
  /// The outline colour of nodes and the colour of small print.
  static let ink = "#4d5656"
  /// The colour of statement edges.
  static let statementColor = "#7f8c8d"
  /// The colour of `about` edges in full diagrams.
  static let aboutColor = "#aab7b8"
  /// The fill of statement nodes in full diagrams.
  static let statementFill = "#f2f3f4"

  /// The Graphviz node shape for an entity type.
  static func shape(_ type: EntityType) -> String {
    switch type {
    case .person: "ellipse"
    case .country: "box"
    case .organization: "hexagon"
    case .event: "note"
    case .location: "house"
    case .group: "octagon"
    }
  }

  /// The pastel fill colour for an entity type.
  static func fill(_ type: EntityType) -> String {
    switch type {
    case .person: "#aed6f1"
    case .country: "#f9e79f"
    case .organization: "#d7bde2"
    case .event: "#f5b7b1"
    case .location: "#abebc6"
    case .group: "#fad7a0"
    }
  }

  /// An edge width that grows slowly with the number of facts drawn as one
  /// edge, as text (so output never depends on float formatting).
  static func penWidth(count: Int) -> String {
    switch count {
    case ...1: "1"
    case 2: "1.5"
    case 3...4: "2"
    case 5...8: "2.5"
    default: "3"
    }
  }
}
