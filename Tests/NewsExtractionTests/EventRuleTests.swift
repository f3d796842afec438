import Testing

@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// The named-event rules (``EventRules``), each alone on invented
/// sentences, and the rule that keeps an event named by a common noun only
/// when the text anchors it.
@Suite("Event rules")
struct EventRuleTests {
  /// The name `rule` finds at the first token written `word`, on the
  /// standard (rules-only) analysis or with the trained models.
  func match(_ rule: EventRule, _ text: String, at word: String, usingModels: Bool = false) throws -> String? {
    var document =
      usingModels ? try Pipeline.annotating(with: TextFixtures.models.get()).run(id: "test", text: text) : try TextFixtures.analyse(text)
    document.cacheLowercasedWords()
    let finder = MentionFinder(lexicon: try TextFixtures.lexicon.get(), document: document)
    let token = try #require(document.tokens.firstIndex { $0.text == word })
    let sentence = document.sentenceTable[document.sentenceIndex(ofToken: token)]
    return rule.apply(finder, sentence, token)?.canonical
  }

  /// The event entities of a text, by name.
  func events(_ text: String, usingModels: Bool = false) throws -> [String: String?] {
    let extraction = try TextFixtures.extract(text, usingModels: usingModels)
    return Dictionary(uniqueKeysWithValues: extraction.entities.filter { $0.type == .event }.map { ($0.name, $0.date) })
  }

  @Test func registryNamesAreUniqueEventNames() {
    let names = EventRules.names.map(\.rawValue)
    #expect(Set(names).count == names.count)
    #expect(names.allSatisfy { $0.hasPrefix("event.") })
    #expect(!names.contains(EventEnricher.anchoredNoun.rawValue))
  }

  @Test func capitalisedHead() throws {
    #expect(try match(.capitalisedHead, "Leaders met at the 2019 Osaka Summit on trade.", at: "2019") == "2019 Osaka Summit")
    #expect(try match(.capitalisedHead, "She sang at the 47th Grammy Awards in May.", at: "47th") == "47th Grammy Awards")
    #expect(try match(.capitalisedHead, "He reached the US Open final.", at: "US") == "US Open")
    #expect(try match(.capitalisedHead, "Thousands joined the Orange Revolution.", at: "Orange") == "Orange Revolution")
    #expect(try match(.capitalisedHead, "Ana Ruiz said the plan would work.", at: "Ana") == nil)
  }

  @Test func datedHead() throws {
    #expect(try match(.datedHead, "Labour won the 2005 general election easily.", at: "2005") == "2005 general election")
    #expect(try match(.datedHead, "He won the 1904 Horsham by-election aged 21.", at: "1904") == "1904 Horsham by-election")
    #expect(try match(.datedHead, "It was the 12th annual summit of the bloc.", at: "12th") == "12th annual summit")
    #expect(try match(.datedHead, "The club has 2005 members.", at: "2005") == nil)
    #expect(try match(.datedHead, "In 2005 elections were held.", at: "2005") == nil)
  }

  @Test func namedLowerCaseHead() throws {
    #expect(try match(.namedLowerCaseHead, "The Hutton inquiry reported in January.", at: "The") == "Hutton inquiry")
    #expect(try match(.namedLowerCaseHead, "Leaders met at the G8 summit in Scotland.", at: "the") == "G8 summit")
    #expect(
      try match(.namedLowerCaseHead, "He spoke as the Tory Party spring conference began.", at: "the")
        == "Tory Party spring conference")
    #expect(try match(.namedLowerCaseHead, "Turnout rose in the Ohio by-election.", at: "the") == "Ohio by-election")
    // An election needs a place in its name; a noun that only modifies
    // another names no event.
    #expect(try match(.namedLowerCaseHead, "Critics said the Tory election was close.", at: "the") == nil)
    // (The parse tells a compound modifier.)
    #expect(try match(.namedLowerCaseHead, "She booked the Acme conference room.", at: "the", usingModels: true) == nil)
  }

  @Test func editionsOfOneEventStayApart() throws {
    let found = try events("The 1998 World Cup was held in France, and the 2006 World Cup in Germany.")
    #expect(found["1998 World Cup"] == "1998")
    #expect(found["2006 World Cup"] == "2006")
    #expect(found.count == 2)
  }

  @Test func electionWithAYearIsAnEventWithoutOneIsNot() throws {
    #expect(try events("Labour won the 2005 general election.")["2005 general election"] == "2005")
    #expect(try events("Taxes will rise after the general election, critics said.").isEmpty)
    #expect(try events("She will lead the party's election campaign.", usingModels: true).isEmpty)
  }

  @Test func unanchoredEventNounsAreNoEvents() throws {
    #expect(try events("The two sides agreed to begin talks on ending subsidies.").isEmpty)
    #expect(try events("He opened the forum with an attack on the government's record.").isEmpty)
    #expect(try events("Officials held a news conference every morning.").isEmpty)
    // Anchored: a party to the talks, a place, an owner.
    #expect(try events("Officials said peace talks with Chile had not started.").keys.contains("peace talks"))
    #expect(try events("The war in Sudan displaced millions.").keys.contains("war"))
    #expect(try events("Mrs Ortiz spoke at Labour's spring conference.").keys.contains("spring conference"))
  }

  @Test func verbsAreNoEventNouns() throws {
    #expect(try events("The Liberal Democrats will vote against the measure.", usingModels: true).isEmpty)
    #expect(try events("The virus can strike computers running old software.", usingModels: true).isEmpty)
  }
}
