import NLPCore
import Lexicon

/// The mentions of a dateline (``Dateline``): its place as a location (or a
/// country), its region, and its agency as an organization.
extension MentionFinder {
  /// The mentions a dateline holds, in text order.
  func datelineMentions(_ dateline: Dateline) -> [Mention] {
    var found: [Mention] = []
    func placeMention(_ range: Range<Int>) -> Mention? {
      switch Self.datelinePlace(at: range, lexicon: lexicon, document: document) {
      case .location(let name, let code):
        return makeMention(range, .name, .location, canonical: name, code: code)
      case .country(let code):
        return makeMention(range, .name, .country, canonical: lexicon.countries[code]?.name ?? code, code: code)
      case .organization:
        return nil
      case .unknown:
        // A place the gazetteer does not know: one word ("HEMPSTEAD"), or
        // more with an agency or a date; several capitals alone may be a
        // section heading ("QUESTIONABLE CLAIMS —").
        guard range == dateline.place, range.count == 1 || dateline.agency != nil || dateline.dated else { return nil }
        return makeMention(range, .name, .location, canonical: Self.nameCase(text(range)))
      }
    }
    if let place = placeMention(dateline.place) { found.append(place) }
    if let region = dateline.region, let mention = placeMention(region) { found.append(mention) }
    if let agency = dateline.agency {
      if let match = gazetteerMatch(at: agency.lowerBound, end: agency.upperBound), match.length == agency.count,
        case .organization(let name) = match.entry
      {
        found.append(makeMention(agency, .name, .organization, canonical: name))
      } else if agency.count == 1, isAcronym(agency.lowerBound) || isCapitalized(agency.lowerBound) {
        found.append(makeMention(agency, .name, .organization, canonical: text(agency)))
      }
    }
    return found
  }

  /// A name in capitals written as a name ("LOS ANGELES" → "Los Angeles");
  /// other text as it is.
  static func nameCase(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: ScalarClass.isLetter),
      !text.unicodeScalars.contains(where: { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) })
    else { return text }
    return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
  }
}
