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
}
