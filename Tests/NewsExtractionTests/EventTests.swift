import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

extension EntityRecord {
  /// The name and the aliases.
  var allNames: [String] { [name] + aliases }
}

/// Events as entities, with the date and place the text states, on short
/// invented sentences.
@Suite("Events")
struct EventTests {
  /// The one event entity whose name or aliases contain a phrase.
  func event(_ extraction: Extraction, _ phrase: String) throws -> EntityRecord {
    let events = extraction.entities.filter { $0.type == .event && $0.allNames.contains { $0.contains(phrase) } }
    #expect(events.count == 1, "events: \(extraction.entities.filter { $0.type == .event }.map(\.name))")
    return try #require(events.first)
  }

  @Test func namedSummitWithYearAndPlaceInItsName() throws {
    let extraction = try TextFixtures.extract("Leaders gathered at the 2019 Lima Summit to discuss trade.")
    let summit = try event(extraction, "Lima Summit")
    #expect(summit.name == "2019 Lima Summit")
    #expect(summit.date == "2019")
    #expect(summit.place == "location:lima")
  }

  @Test func briefingWithPlaceAndDateNormalisedAgainstTheDocumentDate() throws {
    let extraction = try TextFixtures.extract(
      "Reporters attended a briefing in Geneva on March 3 about the plan.", date: "2025-02-13")
    let briefing = try event(extraction, "briefing")
    #expect(briefing.date == "2025-03-03")
    #expect(briefing.place == "location:geneva")
    #expect(briefing.aliases.contains("briefing in Geneva") || briefing.name == "briefing in Geneva")
  }

  @Test func briefingDateAsWrittenWithoutADocumentDate() throws {
    let extraction = try TextFixtures.extract("Reporters attended a briefing in Geneva on March 3 about the plan.")
    let briefing = try event(extraction, "briefing")
    #expect(briefing.date == "March 3")
    #expect(briefing.place == "location:geneva")
  }

  @Test func heldInAPlaceInAYear() throws {
    let extraction = try TextFixtures.extract("The briefing held in Lisbon in 2007 ended without a deal.")
    let summit = try event(extraction, "briefing")
    #expect(summit.place == "location:lisbon")
    #expect(summit.date == "2007")
  }

  @Test func possessiveInvasionIsAnEventWithItsLongerName() throws {
    let extraction = try TextFixtures.extract("Chile's full-scale invasion began at dawn, officials said.")
    let invasion = try event(extraction, "full-scale invasion")
    #expect(invasion.allNames.contains("Chile's full-scale invasion"))
    #expect(invasion.date == nil)
  }

  @Test func namedRevolution() throws {
    let extraction = try TextFixtures.extract("Thousands took part in the Orange Revolution.")
    let revolution = try event(extraction, "Orange Revolution")
    #expect(revolution.name == "Orange Revolution")
    #expect(revolution.date == nil)
    #expect(revolution.place == nil)
  }

  @Test func lastYearsElectionTakesTheYearBeforeTheDocument() throws {
    let extraction = try TextFixtures.extract("Turnout fell sharply in last year's election.", date: "2025-06-01")
    #expect(try event(extraction, "election").date == "2024")
  }

  @Test func lastYearsElectionWithoutADocumentDateKeepsTheWords() throws {
    let extraction = try TextFixtures.extract("Turnout fell sharply in last year's election.")
    #expect(try event(extraction, "election").date == "last year")
  }

  @Test func yearBeforeAnEventNoun() throws {
    let extraction = try TextFixtures.extract("Turnout fell sharply in the 2019 presidential election.")
    #expect(try event(extraction, "election").date == "2019")
  }

  @Test func eventInACountryHasThatPlace() throws {
    let extraction = try TextFixtures.extract("The war in Sudan displaced millions of people.")
    let war = try event(extraction, "war")
    #expect(war.place == "country:sudan")
    #expect(war.allNames.contains("war in Sudan"))
  }

  @Test func placeFromTheParseWithModels() throws {
    // No place right after the event: only the parse links it, and an
    // event noun with neither place, date nor owner is no event
    // (``EventEnricher/anchoredNoun``).
    let text = "The war last year in Sudan displaced millions."
    #expect(try TextFixtures.extract(text).entities.filter { $0.type == .event }.isEmpty)
    let parsed = try TextFixtures.extract(text, usingModels: true).entities.first { $0.type == .event }?.place
    withKnownIssue("the parser reads \"The war last year\" as \"the war's year\"") {
      #expect(parsed == "country:sudan")
    }
    let passive = "A briefing was later held in Lisbon."
    #expect(try TextFixtures.extract(passive).entities.filter { $0.type == .event }.isEmpty)
    #expect(try event(TextFixtures.extract(passive, usingModels: true), "briefing").place == "location:lisbon")
  }
}

/// Dates normalised against a document date.
@Suite("DateFinder")
struct DateFinderTests {
  func dates(_ text: String, reference: String?) throws -> [String] {
    let document = try TextFixtures.analyse(text)
    let finder = DateFinder(
      lexicon: try TextFixtures.lexicon.get(), document: document, reference: ReferenceDate(iso: reference), relative: true)
    return finder.dates(in: 0..<document.tokenCount).map(\.normalized)
  }

  @Test(arguments: [
    ("It happened on Feb. 12, 2025.", "2025-02-12"),
    ("It happened in September 2022.", "2022-09"),
    ("It happened on 13 February 2025.", "2025-02-13"),
    ("It happened in 2014.", "2014"),
  ])
  func absoluteDates(_ text: String, _ expected: String) throws {
    #expect(try dates(text, reference: nil) == [expected])
    #expect(try dates(text, reference: "2030-01-01") == [expected])
  }

  @Test(arguments: [
    ("It happened on Feb. 12.", "2025-02-12", "Feb. 12"),
    ("It happened last year.", "2024", "last year"),
    ("It happened next month.", "2025-07", "next month"),
    ("It happened yesterday.", "2025-06-09", "yesterday"),
    ("It happened on Monday.", "2025-06-09", "Monday"),
    ("It happened in March.", "2025-03", "March"),
  ])
  func relativeDates(_ text: String, _ withReference: String, _ asWritten: String) throws {
    // 10 June 2025 is a Tuesday.
    #expect(try dates(text, reference: "2025-06-10") == [withReference])
    #expect(try dates(text, reference: nil) == [asWritten])
  }

  /// The first date of every token range, looked up among the tokens
  /// where a date may start, is the first date a scan of the range finds.
  @Test(arguments: [true, false])
  func firstDateInARangeIsTheFirstDateTheRangeHolds(_ relative: Bool) throws {
    let text = """
      On Feb. 12, 2025 and in March the talks of 13 February 2025 failed; last year, \
      yesterday and on Monday May 3 they met, in May, 2014 and September 2022 too. \
      The may 7 vote and August were set this month, next year or today.
      """
    let document = try TextFixtures.analyse(text)
    let lexicon = try TextFixtures.lexicon.get()
    let finder = DateFinder(
      lexicon: lexicon, document: document, reference: ReferenceDate(iso: "2025-06-10"), relative: relative)
    let starts = DateFinder.possibleStarts(in: document, lexicon: lexicon)
    #expect(starts.count < document.tokenCount)
    for lower in 0...document.tokenCount {
      for upper in lower...document.tokenCount {
        let scanned = finder.dates(in: lower..<upper).first
        let found = finder.firstDate(in: lower..<upper, starts: starts)
        #expect(found?.tokens == scanned?.tokens && found?.normalized == scanned?.normalized, "\(lower)..<\(upper)")
      }
    }
  }

  @Test func referenceDateReadsIsoPrefixes() {
    #expect(ReferenceDate(iso: "2025-02-13T10:00:00Z") == ReferenceDate(iso: "2025-02-13"))
    #expect(ReferenceDate(iso: "2025")?.month == nil)
    #expect(ReferenceDate(iso: "yesterday") == nil)
    #expect(ReferenceDate(iso: "2024-03-01")?.adding(days: -1) == "2024-02-29")
  }
}
