import Testing

@testable import Exporters

@Suite("GraphMLKey")
struct GraphMLKeyTests {
  @Test func idsAreUniqueNameTokensWithTheirDomainsPrefix() {
    let ids = GraphMLKey.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for key in GraphMLKey.all {
      #expect(XMLText.isNameToken(key.id) && XMLText.isNameToken(key.name))
      let prefix = key.id.prefix(2)
      switch key.domain {
      case .graph: #expect(prefix == "g_")
      case .node: #expect(prefix == "n_" || prefix == "s_")
      case .edge: #expect(prefix == "e_")
      }
      #expect(!key.description.isEmpty)
    }
  }

  @Test func namesAreUniqueWithinADomain() {
    for domain in GraphMLKey.Domain.allCases {
      let names = GraphMLKey.all.filter { $0.domain == domain }.map(\.name)
      #expect(Set(names).count == names.count, "\(domain)")
    }
  }

  @Test func listAttributesSayTheyAreJSON() {
    for key in [GraphMLKey.entityAliases, .entityDocuments, .statementSpans, .documents] {
      #expect(key.type == .string && key.description.contains("JSON array"))
    }
    for key in [
      GraphMLKey.entityMentions, .statementStart, .statementEnd, .evidenceStart, .evidenceEnd,
    ] {
      #expect(key.type == .int)
    }
  }
}
