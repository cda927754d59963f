// Processors.swift: what work split across cores needs: how many there are,
// and slots each worker stores its part in.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package enum Processors {
  /// Cores online now, at least 1.
  package static var online: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// One slot per part of a split piece of work: worker i stores into slot i
/// only, and the slots are read after every worker ended (concurrentPerform
/// returns then), so no slot is touched by two threads at once.
package final class PartSlots<Part>: @unchecked Sendable {
  // A buffer, not an Array: an Array changed from two threads at once, even
  // at different indices, is a data race on the Array itself.
  private let slots: UnsafeMutableBufferPointer<Part?>

  package init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    _ = slots.deinitialize()
    slots.deallocate()
  }

  package func store(_ part: Part, at index: Int) { slots[index] = part }

  /// The part stored at `index`; it must have been stored.
  package func take(_ index: Int) -> Part {
    guard let part = slots[index] else { preconditionFailure("part \(index) was not stored") }
    slots[index] = nil
    return part
  }
}
