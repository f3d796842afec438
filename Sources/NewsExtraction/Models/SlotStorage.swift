#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One 16-byte slot of a ``WeightTable``'s hash table.
///
/// `meta` bit 31 marks an occupied slot. In a dense table (at most four
/// classes) `weights` holds one 16-bit weight per class. In a sparse table,
/// a row of up to three entries keeps its length in bits 24–30 of `meta`,
/// its labels in bits 0–23 (eight bits each) and its weights in `weights`;
/// a longer row has 4 in bits 24–30, its length in bits 0–23 and the index
/// of its first entry in `weights`.
struct Slot: Sendable {
  /// The low 32 bits of the feature hash.
  var fingerprint: UInt32
  /// Occupancy, row length and inline labels.
  var meta: UInt32
  /// Inline weights, or the index of the first entry of a long row.
  var weights: UInt64

  /// The occupied bit of `meta`.
  static let occupied: UInt32 = 1 << 31
}

/// The memory of a hash table of slots, aligned to cache lines and backed
/// by huge pages where the system allows, because the tables are read at
/// random.
///
/// Owned by one ``WeightTable``; immutable after the owner fills it.
/// `Element` is ``Slot`` for 16-byte slots or `UInt64` for compact ones.
final class SlotStorage<Element>: @unchecked Sendable {
  /// The first slot.
  let base: UnsafeMutablePointer<Element>
  /// The number of slots.
  let count: Int

  /// Allocates `count` slots set to `empty`.
  ///
  /// The owner fills them through ``base`` before sharing the storage.
  /// - Parameters:
  ///   - count: The number of slots.
  ///   - empty: The value of an empty slot.
  init(count requested: Int, empty: Element) {
    count = max(1, requested)
    let bytes = count * MemoryLayout<Element>.stride
    let alignment = bytes >= 1 << 21 ? 1 << 21 : 64
    let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: alignment)
    #if canImport(Glibc)
      if bytes >= 1 << 21 { _ = madvise(raw, bytes, 14) }  // MADV_HUGEPAGE
    #endif
    base = raw.bindMemory(to: Element.self, capacity: count)
    base.initialize(repeating: empty, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    UnsafeMutableRawPointer(base).deallocate()
  }
}
