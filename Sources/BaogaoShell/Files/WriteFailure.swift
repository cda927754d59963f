// WriteFailure.swift: what a failed write does. No write fails silently: a
// full disk, an EIO target or a closed standard output prints
// `baogao: cannot write to standard output: No space left on device` and
// exits with status 4 (ExitStatus.writeFailed); a reader that went away
// (EPIPE, `baogao -c … | head -1`) ends the process quietly, as SIGPIPE would
// have, even when SIGPIPE was ignored by whoever started it.
#if canImport(Glibc)
  import Glibc
#endif

public enum WriteFailure {
  /// `baogao: cannot write to TARGET: REASON`.
  public static func message(target: String, errno code: Int32) -> String {
    "baogao: cannot write to \(target): \(String(cString: strerror(code)))"
  }

  /// Standard output failed: nothing more can be shown, so the run ends here.
  public static func standardOutput(errno code: Int32) -> Never {
    if code == EPIPE { diesOfBrokenPipe() }
    StandardStreams().writeError(message(target: "standard output", errno: code) + "\n")
    exit(ExitStatus.writeFailed.rawValue)
  }

  /// Ends the process by SIGPIPE, so its parent sees the status of a broken
  /// pipe (141 in a shell); exit 141 where the signal cannot be delivered.
  static func diesOfBrokenPipe() -> Never {
    signal(SIGPIPE, SIG_DFL)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGPIPE)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    raise(SIGPIPE)
    exit(128 + SIGPIPE)
  }

  /// A closed standard descriptor would be taken by the next file opened
  /// (`.output`, a report), and results would land in it: keep 0, 1 and 2
  /// taken by /dev/null opened read-only, so writes to a closed standard
  /// output still fail (EBADF) and say so.
  public static func occupyClosedStandardDescriptors() {
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let null = open("/dev/null", O_RDONLY)
      if null >= 0 && null != fd {
        dup2(null, fd)
        close(null)
      }
    }
  }
}
