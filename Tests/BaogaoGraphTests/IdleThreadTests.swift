// IdleThreadTests.swift: work started ahead of need runs, on a thread of its
// own whose scheduling policy is SCHED_IDLE, so that it yields its core to
// whatever the user asks meanwhile (issue 15).
import BaogaoGraph
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct IdleThreadTests {
  @Test func workRunsOnAnIdleThreadOfItsOwn() {
    let done = Atomic<Bool>(false)
    let policy = Atomic<Int32>(-1)
    let caller = pthread_self()
    let other = Atomic<Bool>(false)
    IdleThread.start {
      var parameters = sched_param()
      var found: Int32 = -1
      if pthread_getschedparam(pthread_self(), &found, &parameters) == 0 {
        policy.store(found, ordering: .sequentiallyConsistent)
      }
      other.store(pthread_equal(pthread_self(), caller) == 0, ordering: .sequentiallyConsistent)
      done.store(true, ordering: .sequentiallyConsistent)
    }
    // Bounded: a thread that never ran fails the test instead of hanging it.
    for _ in 0..<10_000 where !done.load(ordering: .sequentiallyConsistent) { usleep(1000) }
    let (ran, apart) = (
      done.load(ordering: .sequentiallyConsistent), other.load(ordering: .sequentiallyConsistent)
    )
    #expect(ran)
    #expect(apart)
    // SCHED_IDLE is 5 in <sched.h>.
    let found = policy.load(ordering: .sequentiallyConsistent)
    #expect(found == 5)
  }

  /// While the user's work is marked (IdleThread.foreground), idle work
  /// stands at its checkpoints, each for at most IdleThread.longestWait
  /// (25 ms): so in 200 ms marked, a handful of checkpoints pass, where
  /// unmarked it passes hundreds; and it goes on, the mark still held.
  @Test func idleWorkWaitsAtItsCheckpointsWhileTheUserWorks() {
    let passed = Atomic<Int>(0)
    let stop = Atomic<Bool>(false)
    IdleThread.start {
      while !stop.load(ordering: .sequentiallyConsistent) {
        IdleThread.yieldToForeground()
        passed.wrappingAdd(1, ordering: .sequentiallyConsistent)
        usleep(100)
      }
    }
    defer { stop.store(true, ordering: .sequentiallyConsistent) }
    // Bounded waits: a thread that never ran fails the test, not hangs it.
    for _ in 0..<10_000 where passed.load(ordering: .sequentiallyConsistent) == 0 {
      usleep(1000)
    }
    let (during, after): (Int, Bool) = IdleThread.foreground {
      let start = passed.load(ordering: .sequentiallyConsistent)
      usleep(200_000)
      let during = passed.load(ordering: .sequentiallyConsistent) - start
      // Not held for good: three more checkpoints pass, still marked.
      let before = passed.load(ordering: .sequentiallyConsistent)
      for _ in 0..<10_000 where passed.load(ordering: .sequentiallyConsistent) < before + 3 {
        usleep(1000)
      }
      return (during, passed.load(ordering: .sequentiallyConsistent) >= before + 3)
    }
    // 200 ms of 25 ms waits: 8, one more begun before the mark.
    #expect(during <= 10)
    #expect(after)
  }
}
