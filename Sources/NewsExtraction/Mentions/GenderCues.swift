import Lexicon

/// Grammatical gender a pronoun needs from its antecedent, when the text
/// lets it be known: honorifics and gendered role nouns ("Mrs.",
/// "spokeswoman") and common given names. General knowledge only; a person
/// with none of these cues matches either pronoun.
enum GenderCues {
  enum Gender { case feminine, masculine }

  /// The gender a singular personal pronoun asks for.
  static func gender(ofPronoun word: String) -> Gender? {
    switch word {
    case "he", "him", "his", "himself": .masculine
    case "she", "her", "hers", "herself": .feminine
    default: nil
    }
  }

  /// The gender a title or role noun states, if any.
  static func gender(ofTitle title: String) -> Gender? {
    let words = title.lowercased().split(separator: " ")
    for word in words {
      let key = word.hasSuffix(".") ? String(word.dropLast()) : String(word)
      if feminineTitles.contains(key) || key.hasSuffix("woman") || key.hasSuffix("women") { return .feminine }
      if masculineTitles.contains(key) || key.hasSuffix("man") && !neutralManWords.contains(key) { return .masculine }
    }
    return nil
  }

  /// The gender a given name usually has, if it is a common one.
  static func gender(ofGivenName name: Substring) -> Gender? {
    let key = name.lowercased()
    if feminineNames.contains(key) { return .feminine }
    if masculineNames.contains(key) { return .masculine }
    return nil
  }

  static let feminineTitles: WordSet = [
    "mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame", "queen", "princess", "duchess", "countess",
    "baroness", "empress", "sister", "mother", "actress", "waitress", "hostess", "heiress", "widow", "wife",
    "daughter", "grandmother", "aunt", "niece", "girl", "mrs.", "first lady", "senora", "signora", "frau",
  ]

  static let masculineTitles: WordSet = [
    "mr", "sir", "lord", "king", "prince", "duke", "count", "baron", "emperor", "brother", "father", "actor",
    "husband", "son", "grandfather", "uncle", "nephew", "boy", "senor", "signor", "herr", "monsieur",
  ]

  /// Words ending in "man" that are no gendered role noun.
  static let neutralManWords: WordSet = ["german", "roman", "human", "shaman", "ottoman", "caiman", "oman"]

  /// Common given names, mostly feminine.
  static let feminineNames: WordSet = [
    "mary", "maria", "marie", "anna", "ana", "anne", "ann", "elizabeth", "sarah", "sara", "jennifer", "linda",
    "patricia", "barbara", "susan", "jessica", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
    "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura",
    "helen", "sharon", "cynthia", "kathleen", "amy", "angela", "shirley", "emma", "brenda", "pamela", "nicole",
    "katherine", "catherine", "christine", "samantha", "debra", "janet", "rachel", "carolyn", "virginia",
    "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren", "judith", "olivia", "martha",
    "cheryl", "megan", "andrea", "hannah", "jacqueline", "alice", "kathryn", "gloria", "teresa",
    "doris", "sophia", "sophie", "julia", "grace", "judy", "theresa", "beverly", "denise", "marilyn", "amber",
    "danielle", "rose", "brittany", "diana", "abigail", "natalie", "jane", "lori", "alexis", "tiffany", "kayla",
    "claire", "clara", "eva", "eve", "elena", "irina", "olga", "natalia", "tatiana", "svetlana", "ingrid",
    "astrid", "sofia", "isabel", "isabella", "carmen", "lucia", "paula", "monica", "silvia", "fatima",
    "aisha", "leila", "yasmin", "priya", "mei", "yuki", "keiko", "hana", "ursula", "nadia", "marta", "agnieszka",
    "katarzyna", "ewa", "magdalena", "francesca", "giulia", "chiara", "valentina", "camille", "chloe", "lea",
    "marine", "nathalie", "sylvie", "christiane", "petra", "sabine", "annalena", "ines", "beatriz", "mariana",
  ]

  /// Common given names, mostly masculine.
  static let masculineNames: WordSet = [
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "tomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "paul", "steven", "andrew", "kenneth", "joshua",
    "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary",
    "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
    "frank", "gregory", "raymond", "alexander", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
    "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold",
    "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence",
    "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan",
    "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby",
    "philip", "johnny", "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "ivan", "dmitry", "sergei",
    "sergey", "vladimir", "alexei", "mikhail", "nikolai", "pavel", "andrei", "oleg", "igor", "viktor", "hans",
    "klaus", "jurgen", "wolfgang", "friedrich", "pierre", "jean-pierre", "jacques", "francois", "emmanuel",
    "giuseppe", "giovanni", "marco", "luca", "matteo", "carlos", "luis", "miguel", "pedro", "antonio", "manuel",
    "jorge", "pablo", "diego", "rafael", "fernando", "ricardo", "hiroshi", "takeshi", "wei", "jin", "raj",
    "rahul", "arjun", "lars", "erik", "olaf", "sven", "jan", "piotr", "tomasz", "krzysztof", "andrzej", "pieter",
    "willem", "dirk", "mehmet", "mustafa", "recep", "yusuf", "ibrahim", "abdul", "tom", "tim", "jim", "bob",
    "bill", "mike", "steve", "dave", "dan", "rob", "ben", "max", "leo", "hugo", "oscar", "felix",
  ]
}
