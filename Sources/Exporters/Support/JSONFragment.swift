/// A small JSON value read without Foundation: the lists and tables that
/// GraphML stores in attributes (`["a","b"]`, `{"doc":3}`,
/// `[{"end":9,"start":0,"text":"..."}]`).
///
/// ``GraphMLReader`` reads a few of these per node; making a `JSONDecoder`
/// and running it costs far more than the text itself (it was a third of
/// the time to read a 169 MB GraphML file). Only strings, integers, arrays
/// and objects are understood; anything else (fractions, exponents,
/// `true`, `null`, text after the value) gives nil, and the caller falls
/// back to `JSONDecoder`, so no valid document is read differently.
enum JSONFragment: Equatable {
  case string(String)
  case integer(Int)
  case array([JSONFragment])
  case object([(key: String, value: JSONFragment)])

  static func == (lhs: JSONFragment, rhs: JSONFragment) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  /// Parses a whole text as one value.
  ///
  /// - Parameter text: JSON text.
  /// - Returns: The value, or nil when the text is not a value of the kinds
  ///   above followed only by white space.
  static func parse(_ text: String) -> JSONFragment? {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = Scanner(bytes: bytes)
      guard let value = scanner.value(depth: 0) else { return nil }
      scanner.skipSpace()
      return scanner.index == bytes.count ? value : nil
    }
  }

  /// The value as a list of strings, if it is one.
  var strings: [String]? {
    guard case .array(let items) = self else { return nil }
    var out: [String] = []
    out.reserveCapacity(items.count)
    for item in items {
      guard case .string(let text) = item else { return nil }
      out.append(text)
    }
    return out
  }

  /// The value as a table of counts, if it is one (the last of repeated
  /// keys wins, as in `JSONDecoder`).
  var counts: [String: Int]? {
    guard case .object(let members) = self else { return nil }
    var out: [String: Int] = [:]
    for (key, value) in members {
      guard case .integer(let count) = value else { return nil }
      out[key] = count
    }
    return out
  }

  /// A member of an object, by key (the last one when repeated).
  subscript(key: String) -> JSONFragment? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// Reads one value at a time from UTF-8 bytes.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func value(depth: Int) -> JSONFragment? {
      guard depth < 64 else { return nil }
      skipSpace()
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "\""): return string().map(JSONFragment.string)
      case UInt8(ascii: "["):
        index += 1
        var items: [JSONFragment] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(items)
        }
        while true {
          guard let item = value(depth: depth + 1) else { return nil }
          items.append(item)
          skipSpace()
          guard index < bytes.count else { return nil }
          index += 1
          switch bytes[index - 1] {
          case UInt8(ascii: ","): continue
          case UInt8(ascii: "]"): return .array(items)
          default: return nil
          }
        }
      case UInt8(ascii: "{"):
        index += 1
        var members: [(key: String, value: JSONFragment)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(members)
        }
        while true {
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
          index += 1
          guard let item = value(depth: depth + 1) else { return nil }
          members.append((key, item))
          skipSpace()
          guard index < bytes.count else { return nil }
          index += 1
          switch bytes[index - 1] {
          case UInt8(ascii: ","): continue
          case UInt8(ascii: "}"): return .object(members)
          default: return nil
          }
        }
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return integer().map(JSONFragment.integer)
      default:
        return nil
      }
    }

    /// An integer without fraction or exponent, within `Int`.
    mutating func integer() -> Int? {
      let negative = bytes[index] == UInt8(ascii: "-")
      if negative { index += 1 }
      let start = index
      var magnitude = 0
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
        guard !overflow1, !overflow2 else { return nil }
        magnitude = sum
        index += 1
      }
      let digits = index - start
      guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
      if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
        return nil
      }
      return negative ? -magnitude : magnitude
    }

    /// A string starting at the opening quote; nil for control
    /// characters, bad escapes or lone surrogates (left to `JSONDecoder`).
    mutating func string() -> String? {
      index += 1
      let start = index
      // Fast path: no escapes.
      while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
        guard bytes[index] >= 0x20 else { return nil }
        index += 1
      }
      guard index < bytes.count else { return nil }
      var out = Array(bytes[start..<index])
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return String(validating: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard index < bytes.count else { return nil }
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "u"):
            guard var code = hex() else { return nil }
            if (0xD800...0xDBFF).contains(code) {
              guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
              else { return nil }
              index += 2
              guard let low = hex(), (0xDC00...0xDFFF).contains(low) else { return nil }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { return nil }
            out.append(contentsOf: String(Character(scalar)).utf8)
          default: return nil
          }
        default:
          guard byte >= 0x20 else { return nil }
          out.append(byte)
        }
      }
      return nil
    }

    /// Four hexadecimal digits.
    mutating func hex() -> UInt32? {
      guard index + 4 <= bytes.count else { return nil }
      var code: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        index += 1
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: return nil
        }
        code = code << 4 | UInt32(digit)
      }
      return code
    }
  }
}
