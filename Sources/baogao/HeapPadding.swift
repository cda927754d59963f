// HeapPadding.swift: how far the C heap grows at a time. A load of many
// reports builds each batch's nodes on a worker thread, moves them into the
// graph and frees the worker's lists; with glibc's default padding (128 KB) each worker
// arena gave the freed top back to the system and faulted it in again for
// the next batch (mprotect and page faults, a sixth of a cached load of
// 1,000 reports). Padding of 64 MB keeps that memory between batches: it is
// address space, and counts as resident only once touched.
#if canImport(Glibc)
  import Glibc
#endif

enum HeapPadding {
  static let bytes: Int32 = 64 << 20

  /// Sets the padding, before any thread starts. `mallopt` is looked up
  /// rather than called: Swift's Glibc module leaves out <malloc.h>, and a
  /// C target for one call is more than it is worth. Elsewhere (another C
  /// library) there is none and nothing changes.
  static func apply() {
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      // M_TOP_PAD in <malloc.h>.
      let topPad: Int32 = -2
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      _ = unsafeBitCast(symbol, to: Mallopt.self)(topPad, bytes)
    #endif
  }
}
