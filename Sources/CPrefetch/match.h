// Fingerprint comparison for the model weight tables' hash buckets.
//
// A bucket keeps its slots' fingerprints side by side in its first 16 bytes
// (eight 16-bit or four 32-bit ones), so one vector compare tests them all.
// Swift's SIMD comparisons do not compile to one instruction, and Swift has
// no way to turn a vector mask into an integer, hence these helpers. They
// use SSE2, part of every x86-64 CPU, and plain C elsewhere.
#ifndef NG_MATCH_H
#define NG_MATCH_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Compares the eight 16-bit values at `values` (16-byte aligned) with `tag`:
/// bits 2i and 2i+1 of the result are set when value i equals `tag`.
static inline __attribute__((always_inline)) uint32_t ng_match_u16x8(const void *values, uint16_t tag) {
#if defined(__SSE2__)
  __m128i lanes = _mm_load_si128((const __m128i *)values);
  return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi16(lanes, _mm_set1_epi16((short)tag)));
#else
  const uint16_t *lanes = (const uint16_t *)values;
  uint32_t mask = 0;
  for (int i = 0; i < 8; i++) mask |= (lanes[i] == tag ? 3u : 0u) << (2 * i);
  return mask;
#endif
}

/// Compares the four 32-bit values at `values` (16-byte aligned) with `tag`:
/// bits 4i to 4i+3 of the result are set when value i equals `tag`.
static inline __attribute__((always_inline)) uint32_t ng_match_u32x4(const void *values, uint32_t tag) {
#if defined(__SSE2__)
  __m128i lanes = _mm_load_si128((const __m128i *)values);
  return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi32(lanes, _mm_set1_epi32((int)tag)));
#else
  const uint32_t *lanes = (const uint32_t *)values;
  uint32_t mask = 0;
  for (int i = 0; i < 4; i++) mask |= (lanes[i] == tag ? 15u : 0u) << (4 * i);
  return mask;
#endif
}

#endif
