/// A compact binary form of an ``Extraction`` for passing extractions
/// between processes (extraction workers and the build that stores them),
/// some twenty times cheaper to write and read than JSON.
///
/// It is private to one binary: a worker and its supervisor are the same
/// executable, so the form has no version and is never stored. Strings are
/// a varint byte count and their UTF-8; integers are zigzag varints;
/// optionals a presence byte (or, for strings, count + 1 with 0 for nil);
/// lists a varint count; enums their raw value. Every stored property of
/// every record is written, in declaration order (a test counts them, so a
/// new field cannot be forgotten here).
package enum ExtractionPacking {
  /// Why packed bytes could not be read.
  package struct Malformed: Error, Sendable, Equatable {
    /// What was wrong.
    package var reason: String
  }

  /// Packs an extraction.
  ///
  /// - Parameter extraction: The extraction.
  /// - Returns: Its bytes.
  package static func pack(_ extraction: Extraction) -> [UInt8] {
    var writer = Writer()
    writer.document(extraction.document)
    writer.list(extraction.entities) { $0.entity($1) }
    writer.list(extraction.groups) { $0.entity($1) }
    writer.list(extraction.statements) { $0.statement($1) }
    writer.list(extraction.relations) { $0.relation($1) }
    return writer.bytes
  }

  /// Reads packed bytes back.
  ///
  /// - Parameter bytes: Bytes from ``pack(_:)``.
  /// - Returns: An extraction equal to the one packed.
  /// - Throws: ``Malformed`` for truncated or damaged bytes.
  package static func unpack(_ bytes: [UInt8]) throws(Malformed) -> Extraction {
    var reader = Reader(bytes: bytes)
    let document = try reader.document()
    let entities = try reader.list { (reader) throws(Malformed) in try reader.entity() }
    let groups = try reader.list { (reader) throws(Malformed) in try reader.entity() }
    let statements = try reader.list { (reader) throws(Malformed) in try reader.statement() }
    let relations = try reader.list { (reader) throws(Malformed) in try reader.relation() }
    guard reader.offset == bytes.count else { throw Malformed(reason: "trailing bytes") }
    return Extraction(
      document: document, entities: entities, groups: groups, statements: statements, relations: relations)
  }

  /// How many stored properties each record type has; the packing writes
  /// exactly these (checked against the types by a test).
  package static let fieldCounts: [String: Int] = [
    "Extraction": 5, "DocumentInfo": 8, "EntityRecord": 8, "TextSpan": 3, "StatementRecord": 8,
    "Speaker": 4, "RelationRecord": 9,
  ]

  // MARK: - Writing

  struct Writer {
    var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
      var value = value
      while value >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
      }
      bytes.append(UInt8(value))
    }

    mutating func int(_ value: Int) {
      varint(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    mutating func string(_ value: String) {
      var value = value
      value.withUTF8 { utf8 in
        varint(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
      }
    }

    mutating func optional(_ value: String?) {
      guard var value else { return varint(0) }
      value.withUTF8 { utf8 in
        varint(UInt64(utf8.count) + 1)
        bytes.append(contentsOf: utf8)
      }
    }

    mutating func list<T>(_ values: [T], _ write: (inout Writer, T) -> Void) {
      varint(UInt64(values.count))
      for value in values { write(&self, value) }
    }

    mutating func span(_ span: TextSpan) {
      string(span.text)
      int(span.start)
      int(span.end)
    }

    mutating func document(_ info: DocumentInfo) {
      string(info.id)
      optional(info.path)
      optional(info.date)
      if let warnings = info.warnings {
        bytes.append(1)
        list(warnings) { $0.string($1) }
      } else {
        bytes.append(0)
      }
      if let duplicates = info.duplicates {
        bytes.append(1)
        list(duplicates) { $0.document($1) }
      } else {
        bytes.append(0)
      }
      optional(info.url)
      optional(info.title)
      optional(info.source)
    }

    mutating func entity(_ entity: EntityRecord) {
      string(entity.id)
      string(entity.type.rawValue)
      string(entity.name)
      list(entity.aliases) { $0.string($1) }
      list(entity.mentions) { $0.span($1) }
      optional(entity.date)
      optional(entity.place)
      optional(entity.affiliation)
    }

    mutating func statement(_ statement: StatementRecord) {
      if let speaker = statement.speaker {
        bytes.append(1)
        optional(speaker.entity)
        string(speaker.text)
        int(speaker.start)
        int(speaker.end)
      } else {
        bytes.append(0)
      }
      if let cue = statement.cue {
        bytes.append(1)
        span(cue)
      } else {
        bytes.append(0)
      }
      list(statement.content) { $0.span($1) }
      string(statement.kind.rawValue)
      list(statement.about) { $0.string($1) }
      optional(statement.date)
      optional(statement.rule)
      if let stance = statement.stance {
        bytes.append(1)
        list(stance.sorted { $0.key < $1.key }) { writer, entry in
          writer.string(entry.key)
          writer.string(entry.value.rawValue)
        }
      } else {
        bytes.append(0)
      }
    }

    mutating func relation(_ relation: RelationRecord) {
      string(relation.subject)
      string(relation.predicate.rawValue)
      string(relation.object)
      optional(relation.verb)
      optional(relation.title)
      optional(relation.date)
      optional(relation.place)
      span(relation.evidence)
      optional(relation.rule)
    }
  }

  // MARK: - Reading

  struct Reader {
    let bytes: [UInt8]
    var offset = 0

    mutating func byte() throws(Malformed) -> UInt8 {
      guard offset < bytes.count else { throw Malformed(reason: "truncated") }
      defer { offset += 1 }
      return bytes[offset]
    }

    mutating func varint() throws(Malformed) -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        let byte = try byte()
        guard shift < 64 else { throw Malformed(reason: "varint too long") }
        value |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { return value }
        shift += 7
      }
    }

    mutating func count() throws(Malformed) -> Int {
      let value = try varint()
      guard value <= UInt64(bytes.count - offset) else { throw Malformed(reason: "count past the end") }
      return Int(value)
    }

    mutating func int() throws(Malformed) -> Int {
      let raw = Int64(bitPattern: try varint())
      return Int((raw >> 1) ^ -(raw & 1))
    }

    mutating func utf8(_ count: Int) -> String {
      defer { offset += count }
      return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func string() throws(Malformed) -> String {
      utf8(try count())
    }

    mutating func optional() throws(Malformed) -> String? {
      let value = try varint()
      guard value > 0 else { return nil }
      guard value - 1 <= UInt64(bytes.count - offset) else { throw Malformed(reason: "string past the end") }
      return utf8(Int(value - 1))
    }

    mutating func flag() throws(Malformed) -> Bool {
      switch try byte() {
      case 0: return false
      case 1: return true
      default: throw Malformed(reason: "bad presence byte")
      }
    }

    mutating func list<T>(_ read: (inout Reader) throws(Malformed) -> T) throws(Malformed) -> [T] {
      let count = try count()
      var values: [T] = []
      values.reserveCapacity(count)
      for _ in 0..<count { values.append(try read(&self)) }
      return values
    }

    mutating func raw<T: RawRepresentable<String>>(_ type: T.Type) throws(Malformed) -> T {
      let text = try string()
      guard let value = T(rawValue: text) else { throw Malformed(reason: "unknown \(T.self) '\(text)'") }
      return value
    }

    mutating func span() throws(Malformed) -> TextSpan {
      TextSpan(text: try string(), start: try int(), end: try int())
    }

    mutating func document() throws(Malformed) -> DocumentInfo {
      let id = try string()
      let path = try optional()
      let date = try optional()
      let warnings = try flag() ? try list { (reader) throws(Malformed) in try reader.string() } : nil
      let duplicates = try flag() ? try list { (reader) throws(Malformed) in try reader.document() } : nil
      var info = DocumentInfo(
        id: id, path: path, date: date, warnings: warnings, url: try optional(), title: try optional(),
        source: try optional())
      info.duplicates = duplicates
      return info
    }

    mutating func entity() throws(Malformed) -> EntityRecord {
      let id = try string()
      let type = try raw(EntityType.self)
      let name = try string()
      let aliases = try list { (reader) throws(Malformed) in try reader.string() }
      let mentions = try list { (reader) throws(Malformed) in try reader.span() }
      let date = try optional()
      let place = try optional()
      let affiliation = try optional()
      return EntityRecord(
        id: id, type: type, name: name, aliases: aliases, mentions: mentions, date: date,
        affiliation: affiliation, place: place)
    }

    mutating func statement() throws(Malformed) -> StatementRecord {
      var speaker: StatementRecord.Speaker?
      if try flag() {
        let entity = try optional()
        speaker = StatementRecord.Speaker(
          entity: entity, span: TextSpan(text: try string(), start: try int(), end: try int()))
      }
      let cue = try flag() ? try span() : nil
      let content = try list { (reader) throws(Malformed) in try reader.span() }
      let kind = try raw(StatementKind.self)
      let about = try list { (reader) throws(Malformed) in try reader.string() }
      let date = try optional()
      let rule = try optional()
      var stance: [String: Stance]?
      if try flag() {
        let entries = try list { (reader) throws(Malformed) in (try reader.string(), try reader.raw(Stance.self)) }
        stance = Dictionary(entries, uniquingKeysWith: { first, _ in first })
      }
      return StatementRecord(
        speaker: speaker, cue: cue, content: content, kind: kind, about: about, date: date, rule: rule,
        stance: stance)
    }

    mutating func relation() throws(Malformed) -> RelationRecord {
      let subject = try string()
      let predicate = try raw(Predicate.self)
      let object = try string()
      return RelationRecord(
        subject: subject, predicate: predicate, object: object, verb: try optional(),
        title: try optional(), date: try optional(), place: try optional(), evidence: try span(),
        rule: try optional())
    }
  }
}
