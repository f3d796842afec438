import Testing

@testable import NewsExtraction

/// Every attribution and relation rule, each with an invented text that it
/// (and no earlier rule) reads: the statement or relation carries the
/// rule's name.
@Suite("RuleProvenance")
struct RuleProvenanceTests {
  /// (rule name, with the models, text).
  static let cases: [(rule: String, models: Bool, text: String)] = [
    ("parse.clausal-complement", true, "Maria Delgado said the bridge would reopen in March."),
    ("parse.complementizer", true, "The engineers asked the mayor if the old bridge could carry heavy trucks."),
    ("parse.infinitive", true, "Maria Delgado wants to rebuild the old bridge before the winter."),
    ("parse.object", true, "Maria Delgado endorsed the new housing plan for the northern district."),
    ("parse.prepositional", true, "Maria Delgado called for a new bridge across the northern river."),
    ("parse.host-clause", true, "The plan failed badly, she told reporters on Monday."),
    ("parse.leading-clause", true, "The plan failed badly, she told reporters."),
    ("parse.trailing-report", true, "The old bridge will reopen in March, Maria Delgado said."),
    ("parse.noun-clause", true, "Maria Delgado's claim that the bridge was unsafe angered the engineers."),
    ("parse.stance-adjective", true, "Maria Delgado is eager to rebuild the old bridge."),
    ("parse.mistagged-cue", true, "Delgado plans to rebuild the old bridge before the winter."),
    ("parse.headline-colon", true, "Senator Smith: The old bridge must stay open for the trucks."),
    ("parse.impression", true, "The old bridge seems unsafe for heavy trucks."),
    ("parse.question", true, "Asked whether the old bridge would reopen, Maria Delgado smiled."),
    ("parse.document-source", true, "In a poll released Monday, most voters backed the new bridge over the river."),
    ("parse.stance-holder", true, "For Maria Delgado, the old bridge is the most important issue this year."),
    ("pattern.according-to", true, "According to Maria Delgado, the old bridge will reopen in March."),
    ("pattern.according-to", false, "According to Maria Delgado, the old bridge will reopen in March."),
    ("pattern.cue-content", false, "Maria Delgado said that the old bridge would reopen in March."),
    ("pattern.content-cue", false, "The old bridge will reopen in March, Maria Delgado said."),
    ("quote.transcript", true, "\"DELGADO: We will rebuild the old bridge before the winter.\""),
    ("quote.signed", true, "\"We will rebuild the old bridge before the winter.\" - Maria Delgado"),
    ("quote.according-to-after", true,
     "\"We will rebuild the old bridge before the winter,\" according to Maria Delgado."),
    ("quote.after-cue-speaker", true, "\"We will rebuild the old bridge before the winter,\" said Maria Delgado."),
    ("quote.after-speaker-cue", true, "\"We will rebuild the old bridge before the winter,\" Maria Delgado said."),
    ("quote.before-cue", true, "Maria Delgado said: \"We will rebuild the old bridge before the winter.\""),
    ("quote.before-cue-speaker", true, "Continued Delgado: \"We will rebuild the old bridge before the winter.\""),
    ("quote.before-clause-comma", true, "The mayor smiled, \"We will rebuild the old bridge before the winter.\""),
    ("quote.before-name-colon", true,
     "In a statement, Maria Delgado: \"We will rebuild the old bridge before the winter.\""),
    ("quote.before-heading-colon", true, "Our Verdict: \"We will rebuild the old bridge before the winter.\""),
    ("quote.before-clause-colon", true,
     "The mayor fired back at them: \"We will rebuild the old bridge before the winter.\""),
    ("quote.according-to-before", true,
     "According to Maria Delgado, \"we will rebuild the old bridge before the winter.\""),
    ("quote.trailing-clause", true, "\"Will we ever rebuild the old bridge?\" Delgado laughed."),
    ("quote.fragment-after", true, "The plan was \"a terrible and costly mistake,\" Delgado said."),
    ("quote.sentence-cue", true, "Delgado called the plan \"a terrible and costly mistake\" on Monday."),
    ("quote.previous-speaker", true,
     "Maria Delgado said the bridge would reopen in March.\n\n\"We have waited far too long for this bridge to open again.\""),
    ("relation.role", true, "Chilean President Anna Berg visited the old bridge on Monday."),
    ("relation.verb", true, "Iraq invaded Kuwait in August 1990."),
    ("relation.applied-to-join", true, "Ukraine applied to join the European Union in 2022."),
    ("relation.encounter", true, "Anna Berg held talks with Vladimir Putin in Moscow."),
    ("relation.membership", true, "NATO members, including France, Italy and Spain, sent troops."),
    ("relation.part-of", true, "Russia's Kursk region was attacked on Sunday."),
    ("relation.event-place", true, "The Winter Olympics in Beijing opened on Friday."),
    ("relation.role.prenominal-title", true, "Acme Steel chairman and chief executive Tom Hale said the firm would grow."),
    ("relation.role.appositive-title", true, "Nadia Perez, chief executive of Brennix Mining, spoke first."),
    ("relation.member.party-modifier", true, "Tom Hale said his ruling Labour party would win."),
    ("relation.member.party-abbreviation", true, "Ana Ruiz (D-Ohio) said the Democratic Party would win the vote."),
    ("relation.location.nationality", true, "Portuguese oil firm Brennix Energy said profits rose."),
    ("relation.location.place-apposition", true, "Students at Delmar University, Manchester, protested on Monday."),
    ("relation.part.sub-body", true, "The Kessler Institute at Delmar University published a report."),
    ("relation.stance.reporting-verb", true, "Sandra Lowe welcomed Tom Hale's announcement on Monday."),
    ("relation.stance.critic-noun", true, "Tom Hale, a fierce critic of Ana Ruiz, said the plan would fail."),
    ("relation.participation.event", true, "Ana Ruiz won her opening match at the 2019 Lima Open."),
    ("relation.met.conjoined-verb", true, "Ana Ruiz met and thanked Tom Hale on Monday."),
  ]

  @Test(arguments: cases.indices)
  func ruleNamesItsFacts(_ index: Int) throws {
    let (rule, models, text) = Self.cases[index]
    let extraction = try TextFixtures.extract(text, usingModels: models)
    let rules = extraction.statements.map(\.rule) + extraction.relations.map(\.rule)
    #expect(rules.contains(rule), "\(rule): \(text) gave \(rules)")
  }

  @Test func everyFactCarriesARegisteredRule() throws {
    let names = Set((AttributionRules.names + RelationRules.names).map(\.rawValue))
    for (_, models, text) in Self.cases {
      let extraction = try TextFixtures.extract(text, usingModels: models)
      for statement in extraction.statements { #expect(statement.rule.map(names.contains) == true, "\(text)") }
      for relation in extraction.relations { #expect(relation.rule.map(names.contains) == true, "\(text)") }
    }
  }

  @Test func everyRegisteredNameHasItsTestAndIsWellFormed() {
    let registered = (AttributionRules.names + RelationRules.names).map(\.rawValue)
    let written = registered.filter { name in
      // The rules whose statements carry a branch's name, never their own.
      !["parse.verb", "pattern.cue", "quote.before"].contains(name)
    }
    #expect(Set(registered).count == registered.count, "a name is registered twice")
    let tested = Set(Self.cases.map(\.rule))
    for name in written { #expect(tested.contains(name), "\(name) has no test") }
    for name in registered {
      // `pass.rule`, or `relation.kind.variant` for the relation patterns.
      let parts = name.split(separator: ".")
      #expect(
        (parts.count == 2 || parts.count == 3 && parts[0] == "relation")
          && ["parse", "pattern", "quote", "relation"].contains(String(parts[0])), "\(name)")
      #expect(name.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" }, "\(name)")
    }
  }

  @Test func eachPassListsEachRuleOnce() {
    let parse = AttributionRules.parse.map(\.name)
    let pattern = AttributionRules.pattern.map(\.name)
    let opening = AttributionRules.openingQuote.map(\.name)
    let fragment = AttributionRules.fragmentQuote.map(\.name)
    for list in [parse, pattern, opening, fragment, RelationRules.all.map(\.name)] {
      #expect(Set(list).count == list.count)
    }
    #expect(AttributionRules.parse.allSatisfy { $0.pass == .parse })
    #expect(AttributionRules.afterQuote.allSatisfy { rule in opening.contains(rule.name) })
  }
}
