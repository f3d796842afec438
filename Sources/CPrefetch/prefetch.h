// Software prefetch hints for Swift code, which has no prefetch intrinsic.
//
// Used by the model weight tables: a scoring step computes all its feature
// hashes, asks for every bucket with ng_prefetch, then reads them, so that
// the cache misses overlap instead of waiting one after another.
#ifndef NG_PREFETCH_H
#define NG_PREFETCH_H

/// Asks the CPU to start loading the cache line holding `address` for reading;
/// never faults and returns at once.
static inline __attribute__((always_inline)) void ng_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
