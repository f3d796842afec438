import Foundation
import NLPModels

/// One gold mention of GUM's coreference layer.
package struct GoldCorefMention: Sendable, Equatable {
  /// The 0-based sentence.
  package var sentence: Int
  /// The 0-based first word in the sentence.
  package var start: Int
  /// The word after the last one.
  package var end: Int
  /// The chain (entity) number; mentions of one chain corefer.
  package var chain: Int
  /// The entity type (`person`, `organization`, `abstract`, ...).
  package var type: String
}

/// A GUM document with its sentences (words, tags, parse) and the gold
/// mentions of its coreference layer, in document order.
package struct CorefDocument: Sendable {
  /// The document id (`GUM_news_iodine`).
  package var id: String
  /// The genre (`news`).
  package var genre: String
  /// The sentences read from the `.conllu` file.
  package var sentences: [CoNLLUSentence]
  /// The mentions, sorted by sentence, start, then longest first.
  package var mentions: [GoldCorefMention]
}

/// Reads GUM's coreference layer: a `.coref.conll` file (`index<TAB>word<TAB>
/// brackets`, one line per syntactic word of the whole document) aligned
/// word by word with the `.conllu` file of the same name.
///
/// Brackets are `(type-chain[-identity]` to open, `type-chain[-identity])` to
/// close, and `(type-chain)` for a one-word mention. Mentions that cross a
/// sentence break are dropped.
package enum CorefReader {
  /// Reads every `*.coref.conll` file of a folder with its `.conllu`, sorted by name.
  ///
  /// - Parameter directory: The folder.
  /// - Returns: The documents.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if a file is missing or malformed.
  package static func readDirectory(_ directory: URL) throws(ModelError) -> [CorefDocument] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .invalidData(path: directory.path, reason: "cannot list folder: \(error.localizedDescription)")
    }
    var documents: [CorefDocument] = []
    for name in names.sorted() where name.hasSuffix(".coref.conll") {
      let stem = String(name.dropLast(".coref.conll".count))
      let conllu = try CoNLLUReader.read(directory.appendingPathComponent(stem + ".conllu"))
      let url = directory.appendingPathComponent(name)
      let text: String
      do {
        text = try String(contentsOf: url, encoding: .utf8)
      } catch {
        throw .invalidData(path: url.path, reason: "cannot read: \(error.localizedDescription)")
      }
      documents.append(try parse(text, conllu: conllu, path: url.path))
    }
    return documents
  }

  /// Parses `.coref.conll` text against the document's CoNLL-U sentences.
  ///
  /// - Parameters:
  ///   - text: The `.coref.conll` file's contents.
  ///   - conllu: The same document read by ``CoNLLUReader``.
  ///   - path: The name used in error messages.
  /// - Returns: The document with its mentions.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if the word count differs.
  package static func parse(_ text: String, conllu: CoNLLUDocument, path: String = "<text>") throws(ModelError)
    -> CorefDocument
  {
    var brackets: [Substring] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 3 else { continue }
      brackets.append(columns[2].hasSuffix("\r") ? columns[2].dropLast() : columns[2])
    }
    // Document word number -> (sentence, word).
    var positions: [(sentence: Int, word: Int)] = []
    for (sentence, item) in conllu.sentences.enumerated() {
      for word in item.words.indices { positions.append((sentence, word)) }
    }
    guard positions.count == brackets.count else {
      throw .invalidData(
        path: path, reason: "\(brackets.count) words, but the CoNLL-U file has \(positions.count)")
    }
    var open: [Int: [(word: Int, type: String)]] = [:]
    var spans: [(start: Int, end: Int, chain: Int, type: String)] = []
    for (word, value) in brackets.enumerated() where value != "_" {
      parseBrackets(value, word: word, open: &open, spans: &spans)
    }
    var mentions: [GoldCorefMention] = []
    for span in spans {
      let first = positions[span.start]
      let last = positions[span.end - 1]
      guard first.sentence == last.sentence else { continue }
      mentions.append(
        GoldCorefMention(
          sentence: first.sentence, start: first.word, end: last.word + 1, chain: span.chain, type: span.type))
    }
    mentions.sort {
      ($0.sentence, $0.start, -$0.end, $0.chain) < ($1.sentence, $1.start, -$1.end, $1.chain)
    }
    return CorefDocument(id: conllu.id, genre: conllu.genre, sentences: conllu.sentences, mentions: mentions)
  }

  /// Parses one word's brackets, opening and closing mentions.
  private static func parseBrackets(
    _ value: Substring, word: Int,
    open: inout [Int: [(word: Int, type: String)]],
    spans: inout [(start: Int, end: Int, chain: Int, type: String)]
  ) {
    var rest = value[...]
    while !rest.isEmpty {
      let opens = rest.first == "("
      if opens { rest = rest.dropFirst() }
      let body = rest.prefix { $0 != "(" && $0 != ")" }
      rest = rest.dropFirst(body.count)
      let closes = rest.first == ")"
      if closes { rest = rest.dropFirst() }
      let fields = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count >= 2, let chain = Int(fields[1]) else { continue }
      let type = String(fields[0])
      if opens && closes {
        spans.append((word, word + 1, chain, type))
      } else if opens {
        open[chain, default: []].append((word, type))
      } else if closes, let start = open[chain]?.popLast() {
        spans.append((start.word, word + 1, chain, start.type))
      }
    }
  }
}
