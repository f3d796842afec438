#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The buckets of a ``WeightTable``'s hash table: 64-byte cache lines,
/// aligned, backed by huge pages where the system allows, because the
/// tables are read at random.
///
/// Each bucket keeps its slots' fingerprints side by side at its start, so
/// one vector compare (`ng_match_u32x4`, `ng_match_u16x8`) tests all of
/// them, and the rest of a slot sits at an offset computed from the lane
/// that matched (structure of arrays). Two layouts, little-endian:
///
/// - ``Sparse``, four slots: bytes 0–15 the four 32-bit fingerprints,
///   16–31 the four 32-bit `meta` words, 32–63 the four 64-bit `weights`.
///   `meta` bit 31 marks an occupied slot. In a dense table (at most four
///   classes) `weights` holds one 16-bit weight per class. In a sparse
///   table, a row of up to three entries keeps its length in bits 24–30 of
///   `meta`, its labels in bits 0–23 (eight bits each) and its weights in
///   `weights`; a longer row has 4 in bits 24–30, its length in bits 0–23
///   and in `weights` the index of its first entry in the table's
///   ``WeightTable/longRows``.
/// - ``Compact``, eight slots for tables of at most three classes: bytes
///   0–15 the eight 16-bit fingerprints, then slot `j`'s three 16-bit
///   weights at bytes `16 + 6j ..< 22 + 6j`, so that the 64-bit word at
///   `14 + 6j`, shifted right by 16, holds them (class `c` in bits
///   `16c ..< 16c + 16`) without reading past the bucket.
///
/// A fingerprint of 0 marks an empty slot (fingerprints are never 0).
/// Also holds a table's long rows (``WeightTable/longRows``), 16 entries
/// per line. Owned by one ``WeightTable``; immutable after the owner fills it.
final class SlotStorage: @unchecked Sendable {
  /// The bytes of one bucket (one cache line).
  static let bucketBytes = 64

  /// The four-slot layout's offsets.
  enum Sparse {
    /// The slots per bucket.
    static let slots = 4
    /// Where the `meta` words start.
    static let metaOffset = 16
    /// Where the `weights` words start.
    static let weightsOffset = 32
  }

  /// The eight-slot layout's offsets.
  enum Compact {
    /// The slots per bucket.
    static let slots = 8
    /// Where slot 0's weights start.
    static let weightsOffset = 16
    /// The bytes of one slot's weights.
    static let weightsStride = 6
  }

  /// The first bucket.
  let base: UnsafeMutableRawPointer
  /// The number of buckets.
  let count: Int

  /// Allocates `count` zeroed (empty) buckets.
  ///
  /// The owner fills them through ``base`` before sharing the storage.
  /// - Parameter requested: The number of buckets.
  init(buckets requested: Int) {
    count = max(1, requested)
    let bytes = count * Self.bucketBytes
    let huge = 1 << 21
    // Whole huge pages, so that the end of the table is on one too.
    let allocated = bytes >= huge ? (bytes + huge - 1) / huge * huge : bytes
    base = UnsafeMutableRawPointer.allocate(byteCount: allocated, alignment: bytes >= huge ? huge : Self.bucketBytes)
    #if canImport(Glibc)
      if bytes >= huge { _ = madvise(base, allocated, 14) }  // MADV_HUGEPAGE
    #endif
    base.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
  }

  /// The start of bucket `index`.
  @inline(__always)
  func bucket(_ index: Int) -> UnsafeMutableRawPointer { base + index &* Self.bucketBytes }

  deinit { base.deallocate() }
}
