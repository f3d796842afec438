#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A stage of the model analysis, for timing.
package enum AnalysisStage: Int, CaseIterable, Sendable {
  /// Making the document, tokenizing and splitting sentences.
  case tokenize
  /// Computing each word's feature hashes.
  case features
  /// The two tagger passes.
  case tag
  /// Lemmas from tags.
  case lemmatize
  /// Transitions and arc labels.
  case parse
  /// Gazetteer matching, emissions and Viterbi.
  case recognize
  /// Writing the results into the token table.
  case store
}

/// Receives the end of each analysis stage.
///
/// Analysis code is generic over it, so the no-op ``NoAnalysisTimer`` costs
/// nothing and ``AnalysisClock`` measures the stages of a benchmark.
package protocol AnalysisTimer {
  /// Notes that `stage` has just finished.
  mutating func lap(_ stage: AnalysisStage)
}

/// A timer that does nothing.
package struct NoAnalysisTimer: AnalysisTimer {
  /// One byte of storage. Every instance of an empty struct has one shared
  /// address, so ThreadSanitizer's exclusivity checks took two documents
  /// analysed at once, each passing its own timer `inout`, for a race on
  /// one variable.
  private var storage: UInt8 = 0

  /// Creates the timer.
  package init() {}

  @inline(__always)
  package mutating func lap(_ stage: AnalysisStage) {}
}

/// Adds up the thread CPU time spent in each stage.
package struct AnalysisClock: AnalysisTimer {
  /// Seconds per stage, indexed by raw value.
  package private(set) var seconds = [Double](repeating: 0, count: AnalysisStage.allCases.count)
  /// The time of the last lap.
  private var last: Double

  /// Starts the clock now.
  package init() { last = Self.now() }

  /// Restarts the current lap without charging the time since the last one.
  package mutating func restart() { last = Self.now() }

  package mutating func lap(_ stage: AnalysisStage) {
    let time = Self.now()
    seconds[stage.rawValue] += time - last
    last = time
  }

  /// The seconds charged to a stage.
  package subscript(stage: AnalysisStage) -> Double { seconds[stage.rawValue] }

  /// This thread's CPU time in seconds.
  package static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
