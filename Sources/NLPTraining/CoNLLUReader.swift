import Foundation
import NLPModels

/// One syntactic word of a CoNLL-U sentence.
package struct CoNLLUWord: Sendable, Equatable {
  /// The word form.
  package var form: String
  /// The lemma.
  package var lemma: String
  /// The universal part of speech.
  package var upos: String
  /// The language-specific (Penn) tag.
  package var xpos: String
  /// The 1-based head index, 0 for the root, -1 if missing.
  package var head: Int
  /// The dependency relation, with subtype (`nsubj:pass`).
  package var deprel: String
}

/// An entity mention from GUM's `Entity=` annotation, within one sentence.
package struct EntityMention: Sendable, Equatable {
  /// The 0-based first word.
  package var start: Int
  /// The word after the last one.
  package var end: Int
  /// The entity type (`person`, `place`, `organization`, `event`, ...).
  package var type: String
  /// The 0-based syntactic head word: the first non-punctuation word whose
  /// head lies outside the span.
  package var head: Int
  /// Whether the head is a proper noun, i.e. the mention is named.
  package var isNamed: Bool
}

/// One sentence of a CoNLL-U file.
package struct CoNLLUSentence: Sendable {
  /// The `sent_id` comment, or an empty string.
  package var id: String = ""
  /// The syntactic words (multi-word token lines and empty nodes skipped).
  package var words: [CoNLLUWord] = []
  /// The entity mentions that start and end in this sentence.
  package var mentions: [EntityMention] = []
}

/// One CoNLL-U file: a GUM document.
package struct CoNLLUDocument: Sendable {
  /// The file name without `.conllu` (`GUM_news_iodine`).
  package var id: String
  /// The genre: the second `_`-separated part of the id (`news`).
  package var genre: String
  /// The sentences.
  package var sentences: [CoNLLUSentence]
}

/// Reads CoNLL-U files, including GUM's `Entity=` mentions in MISC.
///
/// Follows the rules of `eval_gum.py`: multi-word token ranges and empty
/// nodes are skipped, mentions are bracketed `(id-type...` … `id)` per entity
/// id, mentions crossing a sentence break are dropped, and a mention's head
/// is its first non-punctuation word whose head lies outside the span.
package enum CoNLLUReader {
  /// Reads every `*.conllu` file of a folder, sorted by name.
  ///
  /// - Parameter directory: The folder.
  /// - Returns: The documents.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if the folder cannot
  ///   be listed or a file is malformed.
  package static func readDirectory(_ directory: URL) throws(ModelError) -> [CoNLLUDocument] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .invalidData(path: directory.path, reason: "cannot list folder: \(error.localizedDescription)")
    }
    var documents: [CoNLLUDocument] = []
    for name in names.sorted() where name.hasSuffix(".conllu") {
      documents.append(try read(directory.appendingPathComponent(name)))
    }
    return documents
  }

  /// Reads one CoNLL-U file.
  ///
  /// - Parameter url: The file.
  /// - Returns: The document.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if unreadable or malformed.
  package static func read(_ url: URL) throws(ModelError) -> CoNLLUDocument {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .invalidData(path: url.path, reason: "cannot read: \(error.localizedDescription)")
    }
    let id = url.deletingPathExtension().lastPathComponent
    return try parse(text, id: id, path: url.path)
  }

  /// Parses CoNLL-U text.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - id: The document id.
  ///   - path: The name used in error messages.
  /// - Returns: The document.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` on a malformed word line.
  package static func parse(_ text: String, id: String, path: String = "<text>") throws(ModelError) -> CoNLLUDocument {
    var sentences: [CoNLLUSentence] = []
    var current = CoNLLUSentence()
    var open: [String: [(sentence: Int, word: Int, type: String)]] = [:]
    var raw: [(sentence: Int, start: Int, end: Int, type: String)] = []
    var lineNumber = 0
    func flush() {
      if !current.words.isEmpty { sentences.append(current) }
      current = CoNLLUSentence()
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
      if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) {
        flush()
        continue
      }
      if trimmed.hasPrefix("#") {
        if trimmed.hasPrefix("# sent_id = ") {
          current.id = String(trimmed.dropFirst("# sent_id = ".count))
        }
        continue
      }
      let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 10 else {
        throw .invalidData(path: path, reason: "line \(lineNumber): expected 10 columns, found \(columns.count)")
      }
      if columns[0].contains(".") || columns[0].contains("-") { continue }
      guard let wordID = Int(columns[0]), wordID == current.words.count + 1 else {
        throw .invalidData(path: path, reason: "line \(lineNumber): unexpected word id \(columns[0])")
      }
      let word = CoNLLUWord(
        form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
        xpos: String(columns[4]), head: Int(columns[6]) ?? -1, deprel: String(columns[7]))
      let sentenceIndex = sentences.count
      let wordIndex = current.words.count
      current.words.append(word)
      for item in columns[9].split(separator: "|") where item.hasPrefix("Entity=") {
        parseEntities(
          item.dropFirst("Entity=".count), sentence: sentenceIndex, word: wordIndex,
          open: &open, raw: &raw)
      }
    }
    flush()
    for mention in raw where mention.sentence < sentences.count {
      let words = sentences[mention.sentence].words
      let range = mention.start..<mention.end
      let heads = range.filter { !range.contains(words[$0].head - 1) || words[$0].head == 0 }
      let head = heads.first(where: { words[$0].upos != "PUNCT" }) ?? heads.first ?? mention.start
      sentences[mention.sentence].mentions.append(
        EntityMention(
          start: mention.start, end: mention.end, type: mention.type, head: head,
          isNamed: words[head].upos == "PROPN"))
    }
    let parts = id.split(separator: "_")
    let genre = parts.count > 1 ? String(parts[1]) : ""
    return CoNLLUDocument(id: id, genre: genre, sentences: sentences)
  }

  /// Parses one `Entity=` value: opening `(id-type-...`, closing `id)`, or both.
  private static func parseEntities(
    _ value: Substring, sentence: Int, word: Int,
    open: inout [String: [(sentence: Int, word: Int, type: String)]],
    raw: inout [(sentence: Int, start: Int, end: Int, type: String)]
  ) {
    var rest = value[...]
    while !rest.isEmpty {
      if rest.first == "(" {
        rest = rest.dropFirst()
        let body = rest.prefix { $0 != "(" && $0 != ")" }
        rest = rest.dropFirst(body.count)
        let fields = body.split(separator: "-", omittingEmptySubsequences: false)
        let entity = String(fields.first ?? "")
        let type = fields.count > 1 ? String(fields[1]) : ""
        if rest.first == ")" {
          rest = rest.dropFirst()
          raw.append((sentence, word, word + 1, type))
        } else {
          open[entity, default: []].append((sentence, word, type))
        }
      } else {
        let digits = rest.prefix { $0 != "(" && $0 != ")" }
        rest = rest.dropFirst(digits.count)
        if rest.first == ")" { rest = rest.dropFirst() }
        let entity = String(digits)
        guard !entity.isEmpty, let start = open[entity]?.popLast() else { continue }
        if start.sentence == sentence {
          raw.append((sentence, start.word, word + 1, start.type))
        }
      }
    }
  }
}
