// libFuzzer's driver, for the NewsGraphFuzz harnesses.
//
// SwiftPM links an executable's entry point as its `main` (renamed
// `<Module>_main`), so libFuzzer's own `main` is never used; the harness's
// entry point calls the driver instead. The function is defined only in a
// build linked with `-sanitize=fuzzer`; other builds never call it.
#ifndef NG_LIBFUZZER_H
#define NG_LIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command-line arguments and the function that
/// tests one input; returns the process's exit status.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif
