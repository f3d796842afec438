@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// How the work of a step grows with its input, measured in this thread's
/// CPU time (other processes and tests running at the same time do not
/// count), for the complexity tests: work that is linear in its input about
/// doubles when the input doubles, quadratic work about quadruples.
enum ScalingProbe {
  /// The least CPU time of a few runs of `work`, in seconds.
  static func seconds(runs: Int = 3, _ work: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = AnalysisClock.now()
      try work()
      best = min(best, AnalysisClock.now() - start)
    }
    return best
  }

  /// How many times longer `work` takes on the larger input than on the
  /// smaller one.
  static func growth<Input>(_ small: Input, _ large: Input, _ work: (Input) throws -> Void) rethrows -> Double {
    // A first run of each warms caches and lazily loaded tables.
    try work(small)
    let smallSeconds = try seconds { try work(small) }
    let largeSeconds = try seconds { try work(large) }
    return largeSeconds / max(smallSeconds, 1e-6)
  }
}
