import Foundation
import NLPModels

/// Scores pronoun resolution on gold mentions: antecedent accuracy and B³.
///
/// Non-pronoun mentions are clustered either by their gold chains
/// (``NameClustering/gold``, isolating the pronoun decisions) or by exact
/// lowercased text (``NameClustering/exactText``, a realistic name
/// clustering); pronouns are then joined to chains by the resolver or by the
/// baseline (the nearest preceding mention that agrees in number and gender).
package enum CorefEvaluation {
  /// How non-pronoun mentions are put into chains before pronouns are resolved.
  package enum NameClustering: String, Sendable, CaseIterable {
    /// Their gold chains.
    case gold
    /// Equal lowercased mention text.
    case exactText
  }

  /// The figures of one system on a set of documents.
  package struct Score: Sendable, Equatable {
    /// Pronouns with a gold antecedent earlier in the document.
    package var anaphoric = 0
    /// Of those, how many were linked to a mention of their gold chain.
    package var correct = 0
    /// Pronouns with no earlier mention of their chain.
    package var nonAnaphoric = 0
    /// Of those, how many started a new chain.
    package var correctNew = 0
    /// Sums of per-mention B³ precision and recall, and the mention count.
    package var precisionSum = 0.0, recallSum = 0.0, mentions = 0

    /// Antecedent accuracy over anaphoric pronouns.
    package var accuracy: Double { Double(correct) / Double(max(anaphoric, 1)) }
    /// B³ F1 over all gold mentions.
    package var b3: Double {
      let p = precisionSum / Double(max(mentions, 1))
      let r = recallSum / Double(max(mentions, 1))
      return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// Adds another score's counts to this one.
    package mutating func merge(_ other: Score) {
      anaphoric += other.anaphoric
      correct += other.correct
      nonAnaphoric += other.nonAnaphoric
      correctNew += other.correctNew
      precisionSum += other.precisionSum
      recallSum += other.recallSum
      mentions += other.mentions
    }

    /// A one-line summary.
    package var summary: String {
      String(
        format: "antecedent accuracy %.3f (%d/%d), new-chain accuracy %.3f (%d/%d), B3 F1 %.3f (P %.3f R %.3f, %d mentions)",
        accuracy, correct, anaphoric, Double(correctNew) / Double(max(nonAnaphoric, 1)), correctNew,
        nonAnaphoric, b3, precisionSum / Double(max(mentions, 1)), recallSum / Double(max(mentions, 1)), mentions)
    }
  }

  /// Scores the resolver and the baseline on documents.
  ///
  /// - Parameters:
  ///   - documents: Gold mentions and chains, as from ``CorefMentions/build(_:)``.
  ///   - resolver: The trained resolver.
  ///   - clustering: How non-pronoun mentions are clustered.
  /// - Returns: The resolver's and the baseline's scores.
  package static func evaluate(
    _ documents: [CorefTrainer.Example], resolver: CoreferenceResolver, clustering: NameClustering
  ) -> (model: Score, baseline: Score) {
    var model = Score()
    var baseline = Score()
    for (mentions, gold) in documents {
      let given = givenChains(mentions, gold: gold, clustering: clustering)
      add(resolver.resolve(mentions, givenChains: given), gold: gold, mentions: mentions, to: &model)
      var typed = mentions
      resolver.nounTypes.annotate(&typed)
      add(CorefBaseline.resolve(typed, givenChains: given), gold: gold, mentions: mentions, to: &baseline)
    }
    return (model, baseline)
  }

  /// The chain numbers given to non-pronoun mentions.
  package static func givenChains(_ mentions: [CorefMention], gold: [Int], clustering: NameClustering) -> [Int?] {
    switch clustering {
    case .gold:
      return mentions.indices.map { mentions[$0].isAnaphor ? nil : gold[$0] }
    case .exactText:
      var numbers: [String: Int] = [:]
      return mentions.map { mention in
        if mention.isAnaphor { return nil }
        if let number = numbers[mention.text] { return number }
        numbers[mention.text] = numbers.count
        return numbers.count - 1
      }
    }
  }

  /// Adds one document's decisions to a score.
  static func add(_ result: CorefResult, gold: [Int], mentions: [CorefMention], to score: inout Score) {
    for (index, mention) in mentions.enumerated() where mention.isAnaphor {
      let hasAntecedent = gold[..<index].contains(gold[index])
      if hasAntecedent {
        score.anaphoric += 1
        if let chosen = result.antecedents[index], gold[chosen] == gold[index] { score.correct += 1 }
      } else {
        score.nonAnaphoric += 1
        if result.antecedents[index] == nil { score.correctNew += 1 }
      }
    }
    var goldSizes: [Int: Int] = [:]
    var systemSizes: [Int: Int] = [:]
    var overlaps: [[Int]: Int] = [:]
    for index in mentions.indices {
      goldSizes[gold[index], default: 0] += 1
      systemSizes[result.chains[index], default: 0] += 1
      overlaps[[gold[index], result.chains[index]], default: 0] += 1
    }
    for index in mentions.indices {
      let overlap = Double(overlaps[[gold[index], result.chains[index]]] ?? 0)
      score.precisionSum += overlap / Double(systemSizes[result.chains[index]] ?? 1)
      score.recallSum += overlap / Double(goldSizes[gold[index]] ?? 1)
      score.mentions += 1
    }
  }
}
