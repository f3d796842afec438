import Lexicon

extension MentionFinder {
  /// `mention.given-name-person`: a name of two or three capitalised words
  /// that opens with a common given name is a person, though the
  /// recognizer took it for a place or an organization ("Elena Marsh",
  /// "Tom W Hale", in result lists and credits especially), unless its
  /// last word heads names of organizations, places or works ("Victoria
  /// Street", "Christian Aid", "Doris Day Show") or the word lists know
  /// the whole name.
  func retypeGivenNamePeople(_ mentions: inout [Mention]) {
    for index in mentions.indices where mentions[index].kind == .name {
      let mention = mentions[index]
      guard mention.type == .location || mention.type == .organization, (2...3).contains(mention.tokens.count),
        GenderCues.gender(ofGivenName: word(mention.tokens.lowerBound)) != nil,
        mention.tokens.allSatisfy({ isCapitalized($0) })
      else { continue }
      let last = lower(mention.tokens.upperBound - 1)
      guard !lexicon.organizationSuffixes.contains(last), !Self.placeAndWorkHeads.contains(last),
        gazetteerMatch(at: mention.tokens.lowerBound, end: mention.tokens.upperBound)?.length != mention.tokens.count
      else { continue }
      mentions[index].type = .person
    }
  }

  /// Last words of names of places, buildings, events and works that may
  /// open with a given name ("Beverly Hills", "Victoria Park", "the
  /// Jesse Owens Award").
  static let placeAndWorkHeads: WordSet = [
    "hills", "hill", "street", "road", "avenue", "lane", "park", "square", "tower", "theatre", "theater",
    "centre", "center", "hall", "palace", "station", "bridge", "island", "islands", "bay", "valley", "lake",
    "river", "beach", "county", "city", "town", "airport", "stadium", "arena", "gardens", "court", "house",
    "hotel", "hilton", "show", "story", "award", "awards", "prize", "cup", "trophy", "diaries", "tree",
    "plain", "brothers", "fellowship", "aid", "line", "school", "college", "way", "place", "point",
  ]
}
