import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// The extractor end to end: entities and their resolution on invented
/// sentences, exact offsets, determinism, and one test on the seed article.
@Suite("Extractor")
struct ExtractorTests {
  // MARK: - Entities

  @Test func fullAndShortNamesAreOnePerson() throws {
    let text = "Maria Delgado arrived on Monday. Delgado met the council. Later Delgado left."
    let extraction = try TextFixtures.extract(text)
    let people = extraction.entities.filter { $0.type == .person }
    #expect(people.map(\.id) == ["person:maria-delgado"])
    let person = try #require(people.first)
    #expect(person.name == "Maria Delgado")
    #expect(person.aliases == ["Delgado"])
    #expect(person.mentions.map(\.text) == ["Maria Delgado", "Delgado", "Delgado"])
  }

  @Test func countriesCollectNamesDemonymsAndCapitals() throws {
    let text = "Poland said on Monday that Polish farmers would protest. Warsaw insists that Poles agree."
    let extraction = try TextFixtures.extract(text)
    let poland = try #require(extraction.entity("country:poland"))
    #expect(poland.name == "Poland")
    #expect(poland.mentions.map(\.text) == ["Poland", "Polish", "Warsaw", "Poles"])
    for alias in ["Polish", "Warsaw", "Poles"] { #expect(poland.aliases.contains(alias)) }
  }

  @Test func abbreviatedCountriesKeepTheirName() throws {
    let extraction = try TextFixtures.extract("The U.S. and the U.K. signed the deal with Germany.")
    #expect(extraction.entity("country:united-states")?.mentions.map(\.text) == ["U.S."])
    #expect(extraction.entity("country:united-kingdom")?.mentions.map(\.text) == ["U.K."])
    #expect(extraction.entity("country:germany") != nil)
  }

  @Test func organizationsByNameAliasAndSuffix() throws {
    let text = "NATO met on Monday. The alliance said that the Green Party of Testland would not attend."
    let extraction = try TextFixtures.extract(text)
    let nato = try #require(extraction.entities.first { $0.type == .organization && ($0.name == "NATO" || $0.aliases.contains("NATO")) })
    #expect(nato.mentions.map(\.text).contains("NATO"))
    #expect(nato.mentions.map(\.text).contains("The alliance"))
    #expect(extraction.statements.first?.speaker?.entity == nato.id)
    #expect(extraction.entities.contains { $0.type == .organization && $0.name == "Green Party of Testland" })
    #expect(!extraction.entities.contains { $0.type == .person })
  }

  @Test func namedEventsWithYears() throws {
    let extraction = try TextFixtures.extract("Leaders met at the 2024 Lisbon Summit to discuss trade.")
    let event = try #require(extraction.entities.first { $0.type == .event })
    #expect(event.name == "2024 Lisbon Summit")
    #expect(event.date == "2024")
  }

  @Test func singleCapitalisedWordsAreNotPeopleUnlessConfirmed() throws {
    let extraction = try TextFixtures.extract("Yesterday Harbourview opened a new school.")
    #expect(!extraction.entities.contains { $0.type == .person })
  }

  @Test func sentenceInitialWordsAreNotPartOfNames() throws {
    let extraction = try TextFixtures.extract("Meanwhile Maria Delgado arrived in Lisbon.")
    #expect(extraction.entity("person:maria-delgado") != nil)
    #expect(extraction.entities.filter { $0.type == .person }.count == 1)
  }

  // MARK: - Offsets and robustness

  @Test func offsetsStayExactAfterAstralCharactersAndCombiningMarks() throws {
    let text = """
      \u{1F600}\u{1F1FA}\u{1F1E6} Cafe\u{0301} news \u{2014} \u{201C}We will rebuild the bridge,\u{201D} Maria Delgado said.
      Jos\u{0065}\u{0301} Mart\u{00ED}nez said that the Portuguese would help, according to the memo.
      """
    let extraction = try TextFixtures.extract(text)
    let direct = try #require(extraction.statements.first)
    #expect(direct.content.first?.text == "We will rebuild the bridge,")
    #expect(direct.speaker?.entity == "person:maria-delgado")
    #expect(extraction.statements.count >= 2)
  }

  @Test func carriageReturnsInTheTextDoNotShiftOffsets() throws {
    let text = "Maria Delgado said that the bridge would reopen in March.\r\n\r\nTomas Berg said that it would not."
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.statements.count == 2)
  }

  @Test(arguments: ["", " ", "\n\n", ".", "\"", "...", "\u{1F600}", "A", "the", "Mr.", "said", "said that", ", said X."])
  func degenerateInputs(_ text: String) throws {
    let extraction = try TextFixtures.extract(text)
    #expect(extraction.document.id == "test")
  }

  /// Texts glued from hostile fragments by a seeded generator: no crash,
  /// and every span still matches the text.
  @Test func generatedTextsKeepExactSpans() throws {
    let fragments = [
      "Maria Delgado", " said", " that", " the bridge", " was safe", ",", ".", " \"", "\"", " \u{201C}", "\u{201D}",
      " '", "'", " \u{00AB}", "\u{00BB}", "\n", "\n\n", " according to", " Tomas Berg", " he", " she", " told reporters",
      " Russia", " Moscow", " Ukrainian officials", " \u{1F600}", " e\u{0301}", " U.S.", " Feb. 13", " invaded",
      " Poland", " in 2014", " \u{2014}", "...", " NATO members, including", " France", " and", " but expressed hope",
      " Prime Minister", " Jan Novak", ":", " saying", " \r\n", " Kyiv", "'s", " claim", " a spokesman", " 1,000.50",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let extractor = try TextFixtures.extractor()
    for index in 0..<150 {
      let text = (0..<(5 + next(40))).map { _ in fragments[next(fragments.count)] }.joined()
      let extraction = extractor.extract(DocumentInfo(id: "g\(index)"), text: text)
      TextFixtures.checkSpans(extraction, text: text)
    }
  }

  @Test func documentInfoIsCarriedThrough() throws {
    let info = DocumentInfo(id: "a1", path: "in/a1.txt", date: "2025-02-13", warnings: ["in/a1.txt: note"])
    let text = "Maria Delgado said that it would rain."
    let extraction = try TextFixtures.extractor().extract(info, text: text)
    TextFixtures.checkSpans(extraction, text: text)
    #expect(extraction.document == info)
  }

  @Test func extractionIsDeterministic() throws {
    let text = try TextFixtures.seedText()
    let extractor = try TextFixtures.extractor()
    let first = extractor.extract(DocumentInfo(id: "seed"), text: text)
    TextFixtures.checkSpans(first, text: text)
    for _ in 0..<3 {
      #expect(extractor.extract(DocumentInfo(id: "seed"), text: text) == first)
    }
  }

  @Test func oneExtractorServesManyTasks() async throws {
    let extractor = try TextFixtures.extractor()
    let texts = (0..<12).map { "Maria Delgado said that bridge number \($0) would reopen in March." }
    let results = await withTaskGroup(of: (Int, Extraction).self) { group in
      for (index, text) in texts.enumerated() {
        group.addTask { (index, extractor.extract(DocumentInfo(id: "\(index)"), text: text)) }
      }
      var results: [Int: Extraction] = [:]
      for await (index, extraction) in group { results[index] = extraction }
      return results
    }
    for (index, text) in texts.enumerated() {
      let extraction = try #require(results[index])
      TextFixtures.checkSpans(extraction, text: text)
      #expect(extraction.statements.count == 1)
    }
  }

  @Test func extractorWorksOnAnAlreadyAnalysedDocument() throws {
    let text = "Maria Delgado said that the bridge would reopen in March."
    let document = try TextFixtures.analyse(text, id: "pre")
    let extraction = try TextFixtures.extractor().extract(DocumentInfo(id: "pre"), document: document)
    TextFixtures.checkSpans(extraction, text: text)
    #expect(extraction == (try TextFixtures.extractor().extract(DocumentInfo(id: "pre"), text: text)))
  }

  @Test func entitiesAreSortedByIDAndMentionsByOffset() throws {
    let extraction = try TextFixtures.extract(try TextFixtures.seedText())
    #expect(extraction.entities.map(\.id) == extraction.entities.map(\.id).sorted())
    for entity in extraction.entities {
      #expect(entity.mentions == entity.mentions.sorted())
      #expect(Set(entity.mentions).count == entity.mentions.count)
      #expect(!entity.aliases.contains(entity.name))
      #expect(entity.id.hasPrefix(entity.type.rawValue + ":"))
    }
  }

  // MARK: - With the trained models

  /// One sentence per statement family, with its speaker and content: the
  /// trained models only decide what unknown capitalised words are, so the
  /// families must come out as with rules alone.
  static let families: [(text: String, speaker: String, content: String)] = [
    ("\"We will rebuild the bridge before winter,\" Maria Delgado said.", "person:maria-delgado",
     "We will rebuild the bridge before winter,"),
    ("Maria Delgado said: \"We will rebuild the bridge before winter.\"", "person:maria-delgado",
     "We will rebuild the bridge before winter."),
    ("Maria Delgado said that the bridge would reopen in March.", "person:maria-delgado",
     "that the bridge would reopen in March"),
    ("The bridge will reopen in March, Maria Delgado said.", "person:maria-delgado", "The bridge will reopen in March"),
    ("According to Maria Delgado, the bridge will reopen in March.", "person:maria-delgado",
     "the bridge will reopen in March"),
    ("Maria Delgado visited the site on Tuesday, saying that the bridge would reopen in March.",
     "person:maria-delgado", "that the bridge would reopen in March"),
    ("Maria Delgado made comments on Tuesday that the bridge would reopen in March.", "person:maria-delgado",
     "that the bridge would reopen in March"),
    ("Moscow insists that the sanctions must be lifted.", "country:russia", "that the sanctions must be lifted"),
    ("Brazilian officials said that the talks would resume next week.", "group:brazilian-officials",
     "that the talks would resume next week"),
    ("Prime Minister Jan Novak said that the talks would resume next week.", "person:jan-novak",
     "that the talks would resume next week"),
  ]

  @Test(arguments: families.indices)
  func statementFamiliesWithTheTrainedModels(_ index: Int) throws {
    let family = Self.families[index]
    let rules = try TextFixtures.extract(family.text)
    let models = try TextFixtures.extract(family.text, usingModels: true)
    for extraction in [rules, models] {
      let statement = try #require(extraction.statements.first)
      #expect(extraction.statements.count == 1)
      #expect(statement.speaker?.entity == family.speaker)
      #expect(statement.content.map(\.text) == [family.content])
    }
  }

  @Test func nameBeforeAColonWithTheTrainedModels() throws {
    let text = "Maria Delgado: \"We will rebuild the bridge before winter.\""
    for usingModels in [false, true] {
      let statement = try #require(try TextFixtures.extract(text, usingModels: usingModels).statements.first)
      #expect(statement.speaker?.entity == "person:maria-delgado")
      #expect(statement.cue == nil)
    }
  }

  // MARK: - The seed article, end to end

  /// Rules only, and with the trained models as the command line runs it.
  @Test(arguments: [false, true])
  func seedArticleEndToEnd(usingModels: Bool) throws {
    let text = try TextFixtures.seedText()
    let extraction = try TextFixtures.extract(text, id: "000_384b8cffc89ffb5d", usingModels: usingModels)

    let people = Set(extraction.entities.filter { $0.type == .person }.map(\.id))
    #expect(
      people == [
        "person:pete-hegseth", "person:vladimir-putin", "person:viktor-yanukovych", "person:donald-trump",
        "person:volodymyr-zelensky",
      ])
    for country in ["ukraine", "russia", "united-states", "germany", "hungary", "slovakia"] {
      #expect(extraction.entity("country:\(country)") != nil, "missing \(country)")
    }
    #expect(extraction.entity("country:ukraine")?.aliases.contains("Kyiv") == true)
    #expect(extraction.entity("country:russia")?.aliases.contains("Moscow") == true)

    // Statements: every one has a resolved speaker, and the hard ones are right.
    #expect(extraction.statements.count == 14)
    for statement in extraction.statements {
      #expect(statement.speaker?.entity != nil, "no speaker for \(statement.contentText.prefix(40))")
    }
    let realism = try #require(extraction.statements(containing: "I think realism").first)
    #expect(realism.kind == .direct)
    #expect(realism.speaker?.entity == "person:pete-hegseth")
    #expect(realism.cue?.text == "said")
    let recognition = try #require(extraction.statements(containing: "It's a recognition").first)
    #expect(recognition.speaker?.entity == "person:pete-hegseth")
    #expect(recognition.cue == nil)
    let kyiv = try #require(extraction.statements(containing: "no talks about Ukraine").first)
    #expect(kyiv.speaker?.text == "Kyiv")
    #expect(kyiv.speaker?.entity == "country:ukraine")
    let experts = try #require(extraction.statements(containing: "Hegseth's comments").first)
    #expect(experts.speaker?.text == "Experts and officials in Ukraine and Europe")
    #expect(experts.speaker?.entity?.hasPrefix("group:") == true)
    let fragment = try #require(extraction.statements(containing: "realistic outcome").first)
    #expect(fragment.kind == .mixed)
    let trump = try #require(extraction.statements(containing: "he did not believe").first)
    #expect(trump.speaker?.entity == "person:donald-trump")
    let cited = try #require(extraction.statements(containing: "as a justification for the invasion").first)
    #expect(cited.speaker?.text.hasPrefix("Russian officials") == true)
    withKnownIssue("without the parse, \"a track record\" is read as the reporting verb \"record\"") {
      #expect(cited.cue?.text == "cited")
      #expect(cited.speaker?.text == "Russian officials, as well as Western intellectuals with a track record of anti-Ukraine narratives")
    } when: {
      !usingModels
    }
    let hope = try #require(extraction.statements(containing: "Trump could sway support").first)
    #expect(hope.cue?.text == "expressed hope")
    #expect(hope.speaker?.entity == "person:volodymyr-zelensky")

    // Relations.
    func has(_ subject: String, _ predicate: Predicate, _ object: String) -> Bool {
      extraction.relations.contains { $0.subject == subject && $0.predicate == predicate && $0.object == object }
    }
    #expect(has("person:pete-hegseth", .holdsRole, "country:united-states"))
    #expect(has("person:vladimir-putin", .holdsRole, "country:russia"))
    #expect(has("country:russia", .invaded, "country:ukraine"))
    #expect(has("country:ukraine", .appliedToJoin, "organization:nato") || extraction.relations(.appliedToJoin).count == 1)
    // The word lists name no region that only this article needs, so the
    // rules alone cannot tell these two names are places; the recognizer can.
    withKnownIssue("without the models, unlisted region names are not typed as places") {
      #expect(has("country:russia", .occupied, "location:crimea"))
      #expect(has("location:donbas", .partOf, "country:ukraine"))
    } when: {
      !usingModels
    }
    #expect(has("person:donald-trump", .called, "person:vladimir-putin"))
    #expect(has("person:donald-trump", .called, "person:volodymyr-zelensky"))
    #expect(extraction.relations(.memberOf).count == 4)
    #expect(extraction.relations(.locatedIn).first?.object == "location:brussels")
    #expect(extraction.relations(.locatedIn).first?.date == "Feb. 13")
  }
}
