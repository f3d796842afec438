import ArgumentParser
import Exporters
import Foundation
import KnowledgeGraph
import NewsGraphBuild

extension NewsGraphCommand {
  /// `newsgraph ask`: who said what about whom.
  struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Ask who said what about whom in a built graph.",
      discussion: """
        Names match names, other names and surnames ("Blair" finds "Tony
        Blair"); the answer first says which entity each name was taken to
        mean and what else it could mean, or suggests close names. Answers
        are grouped by document, in date order, each with its source
        passage. Understood questions: "what did X say about Y", "what did X
        say", "who said what about Y". Or use --speaker and --about.

        Examples:
          newsgraph ask "what did Blair say about Brown"
          newsgraph ask --about "European Union" --kind direct --limit 5
          newsgraph ask "who said what about Chile" --json
        """)

    @Option(help: ArgumentHelp("Only statements by this speaker.", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only statements about this entity.", valueName: "name"))
    var about: String?

    @Option(help: ArgumentHelp("The graph to ask: newsgraph.sqlite, graph.json or graph.graphml (default: output/newsgraph.sqlite, else output/graph.json).", valueName: "file"))
    var graph: String?

    @Option(help: ArgumentHelp("Show at most N statements (default 20; with --json all; 0 for all).", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Only statements of these kinds, comma-separated: direct, indirect, mixed.", valueName: "kinds"))
    var kind: String?

    @Flag(help: "Write the answer as JSON: the entities chosen, total, and each statement's id, document, path, offsets and passage.")
    var json = false

    @Argument(help: ArgumentHelp("A question in plain English.", valueName: "question"))
    var question: [String] = []

    func validate() throws {
      if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
      _ = try kinds()
    }

    func kinds() throws -> Set<StatementKind>? {
      guard let kind else { return nil }
      var kinds = Set<StatementKind>()
      for name in kind.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
        guard let parsed = StatementKind(rawValue: name) else {
          throw ValidationError("Unknown kind '\(name)'. Use direct, indirect or mixed.")
        }
        kinds.insert(parsed)
      }
      return kinds
    }

    func run() async throws {
      var speaker = self.speaker
      var about = self.about
      if !question.isEmpty {
        guard let parsed = Question(parsing: question.joined(separator: " ")) else {
          Console.error("newsgraph: I did not understand \"\(question.joined(separator: " "))\".\n\(Question.usage)")
          throw ExitCode.validationFailure
        }
        speaker = speaker ?? parsed.speaker
        about = about ?? parsed.about
      }
      guard speaker != nil || about != nil else {
        Console.error("newsgraph: ask a question or name --speaker or --about.\n\(Question.usage)")
        throw ExitCode.validationFailure
      }
      let path = self.graph ?? GraphSource.defaultPath
      let answer: Answer
      let lookup: (String) -> Entity?
      do {
        let source = try GraphSource.answers(path)
        answer = Answer(speaker: speaker, about: about, kinds: try kinds(), source: source)
        lookup = { source.entity(id: $0) }
      } catch {
        Console.error("\(error)")
        throw ExitCode.failure
      }
      let effectiveLimit = limit == 0 ? nil : (limit ?? (json ? nil : 20))
      let formatted = StatementAnswer(
        answer: answer, limit: effectiveLimit, entity: lookup,
        baseFolder: URL(fileURLWithPath: path).deletingLastPathComponent())
      // A topic must be an entity; a speaker no entity has may still be
      // written so in statements ("a spokesman").
      let unknownTopic = about != nil && answer.topic?.chosen == nil
      let unknownSpeaker = speaker != nil && answer.speaker?.chosen == nil && answer.total == 0
      let unknown = unknownTopic || unknownSpeaker
      if json {
        print(try formatted.json())
      } else if unknown {
        Console.error(StatementAnswer.choiceLines(answer).map { "newsgraph: \($0)" }.joined(separator: "\n"))
      } else if answer.total == 0 {
        print(StatementAnswer.choiceLines(answer).joined(separator: "\n"))
        Console.error("newsgraph: no statements found" + (speaker.map { " by \($0)" } ?? "") + (about.map { " about \($0)" } ?? ""))
      } else {
        print(formatted.text(), terminator: "")
      }
      if unknown { throw ExitCode.failure }
    }
  }
}
