#!/usr/bin/env bash
# Runs the test suite under a sanitizer:
#
#   scripts/sanitize.sh address|thread [swift test arguments ...]
#
# Builds everything with `--sanitize=address` (AddressSanitizer, with
# LeakSanitizer) or `--sanitize=thread` (ThreadSanitizer) into its own
# scratch folder (.build-asan, .build-tsan), then runs `swift test` there.
# Any report fails the run (halt_on_error), in the test process and in the
# `newsgraph` processes the CLI tests start. Leaks inside the system
# libraries and the Swift toolchain's Foundation are suppressed by
# scripts/sanitizers/lsan.supp (each with its reason), never leaks in our
# code; tests that assert wall-clock budgets are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizer=${1:-}
case $sanitizer in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "sanitize.sh: address or thread" >&2; exit 2 ;;
esac
shift

scripts/setup.sh --python --browser
export NEWSGRAPH_REQUIRE_PYTHON=1
export NEWSGRAPH_REQUIRE_BROWSER=1
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:${TSAN_OPTIONS:-}"
# Tests that assert wall-clock budgets measure the sanitizer's slowdown (2-3
# times for ASan, 5-15 for TSan), not our code: they run in scripts/test.sh.
# So does the Spark local-mode test: 300 BBC articles through a JVM and two
# extractions would take most of CI's time under a sanitizer, and the merge
# and extract code it runs is covered here by the merge command tests.
timed="manyDocumentsMergeQuickly|largeSparseGraphWithSFDP|handlesLongInputQuickly|sparkLocalModeThenMergeEqualsBuild"
exec swift test --sanitize="$sanitizer" --scratch-path "$scratch" --skip "$timed" "$@"
