#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the work of a step grows with its input, for the complexity tests.
///
/// Work is measured in this thread's CPU time, so other processes and tests
/// running at the same time count only through the caches they share. The
/// larger input is four times the smaller one: linear work grows about
/// four-fold (a little more when the larger input leaves the caches),
/// n·log n work about five-fold and quadratic work sixteen-fold, so
/// ``linearLimit`` separates them with room for a busy machine. (With
/// inputs twice as large, linear and quadratic work, 2 against 4, were too
/// close: a linear merge measured 3.4 once on a loaded CI machine.)
package enum ScalingProbe {
  /// How many times larger the larger input of a complexity test is.
  package static let inputFactor = 4

  /// The growth below which work counts as linear (or n·log n) when its
  /// input grows by ``inputFactor``.
  package static let linearLimit = 8.0

  /// This thread's CPU time in seconds.
  package static func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The least CPU time of a few runs of `work`, in seconds.
  package static func seconds(runs: Int = 3, _ work: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = threadSeconds()
      try work()
      best = min(best, threadSeconds() - start)
    }
    return best
  }

  /// How many times longer `work` takes on the larger input than on the
  /// smaller one; a first run of the smaller input warms caches and lazily
  /// loaded tables.
  package static func growth<Input>(_ small: Input, _ large: Input, _ work: (Input) throws -> Void) rethrows -> Double {
    try work(small)
    let smallSeconds = try seconds { try work(small) }
    let largeSeconds = try seconds { try work(large) }
    return largeSeconds / max(smallSeconds, 1e-6)
  }
}
