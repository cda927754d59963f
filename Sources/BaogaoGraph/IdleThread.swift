// IdleThread.swift: work done ahead of need (the shell's start-up counting, an
// index a later Tab will want) on a thread of its own that the scheduler runs
// only on a core nothing else wants. A detached task of utility priority ran
// on the cooperative pool at the user's own priority: a Tab pressed while the
// counting ran shared its cores with it and took twice as long (bench-completion,
// "counting" against "cold", issue 15). On Linux SCHED_IDLE is per thread.
// The priority keeps the core; it does not keep the memory's bandwidth or
// the shared cache, which an idle pass over a big graph took from a Tab on
// the other core (a Tab while counting ran 1.3 ms alone and 19 ms beside
// it): so the user's work is marked (`foreground`), and idle work waits at
// its checkpoints (`yieldToForeground`) while any is marked.
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// How many pieces of the user's work run now (IdleThread.foreground).
private let foregroundWork = Atomic<Int>(0)

public enum IdleThread {
  /// Starts `body` on a new idle-priority thread and returns at once.
  public static func start(_ body: @escaping @Sendable () -> Void) {
    #if canImport(Glibc)
      let work = Unmanaged.passRetained(IdleWork(body)).toOpaque()
      var thread = pthread_t()
      if pthread_create(&thread, nil, runIdleWork, work) == 0 {
        pthread_detach(thread)
        return
      }
      // No thread to be had: the work still gets done, on the pool.
      Unmanaged<IdleWork>.fromOpaque(work).release()
    #endif
    Task.detached(priority: .utility) { body() }
  }

  /// Runs `body` as the user's work: idle threads wait at their next
  /// checkpoint until it ends.
  public static func foreground<T>(_ body: () throws -> T) rethrows -> T {
    foregroundWork.wrappingAdd(1, ordering: .sequentiallyConsistent)
    defer { foregroundWork.wrappingSubtract(1, ordering: .sequentiallyConsistent) }
    return try body()
  }

  /// A checkpoint of idle work: on an idle thread, waits while the user's
  /// work runs; elsewhere returns at once. Never called while holding a
  /// lock that the user's work waits on: a GraphMemo entry an idle thread
  /// builds is marked so, and the user's work builds it too, not waiting.
  @inline(__always) public static func yieldToForeground() {
    if foregroundWork.load(ordering: .relaxed) > 0 { waitForForeground() }
  }

  /// `yieldToForeground` at every 1,024th index of a pass: some 0.1 ms
  /// apart, a look costing less than a row.
  @inline(__always) public static func checkpoint(at index: Int) {
    if index & 1023 == 0 { yieldToForeground() }
  }

  /// Waits, on an idle thread, while the user's work runs, but no longer
  /// than `longestWait` at one checkpoint: work of the user's that never
  /// pauses (tests running side by side, a long export) must not stop idle
  /// work for good, and a Tab or a query's first run is shorter.
  @inline(never) private static func waitForForeground() {
    #if canImport(Glibc)
      guard isCurrent else { return }
      var waited = 0
      while waited < longestWait, foregroundWork.load(ordering: .sequentiallyConsistent) > 0 {
        usleep(UInt32(pollInterval))
        waited += pollInterval
      }
    #endif
  }

  /// Microseconds: the longest wait at one checkpoint, and between looks.
  static let (longestWait, pollInterval) = (25_000, 200)

  /// True on a thread `start` made: what a caller waiting for that
  /// thread's work asks, to do the work itself instead (GraphMemo).
  public static var isCurrent: Bool {
    #if canImport(Glibc)
      return pthread_getspecific(idleThreadKey) != nil
    #else
      return false
    #endif
  }
}

/// The work of an idle thread, passed to it through pthread_create.
private final class IdleWork: @unchecked Sendable {
  let body: @Sendable () -> Void
  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

#if canImport(Glibc)
  /// SCHED_IDLE of <sched.h>, which Glibc's module leaves out without
  /// _GNU_SOURCE.
  private let idlePolicy: Int32 = 5

  /// Set (to any non-nil value) on the threads `start` made.
  private let idleThreadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// An idle thread's start: lowers its own priority, then works.
  private func runIdleWork(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let raw else { return nil }
    let work = Unmanaged<IdleWork>.fromOpaque(raw).takeRetainedValue()
    var parameters = sched_param()
    parameters.sched_priority = 0
    // Best effort: refused, the work runs at the usual priority.
    _ = pthread_setschedparam(pthread_self(), idlePolicy, &parameters)
    pthread_setspecific(idleThreadKey, UnsafeRawPointer(bitPattern: 1))
    work.body()
    return nil
  }
#endif
