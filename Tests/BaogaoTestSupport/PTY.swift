// PTY.swift: drives the real `baogao` binary in a pseudo-terminal, as a user
// at a terminal would (notes/pty-testing.md): openpty, posix_spawn in a new
// session with the slave as controlling terminal, keys written to the master,
// output read back with escape sequences stripped. No tmux, no Python.
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// openpty does not set close-on-exec: without this lock a pty opened by one
/// test could leak into the child another test spawns at the same moment.
private let spawnLock = Mutex(())

/// One running shell in a pseudo-terminal.
public final class PTY {
  public let pid: pid_t
  public let master: Int32
  public let home: String
  private var raw: [UInt8] = []
  /// The stripped text, and for each of its bytes the raw index after it.
  private var text: [UInt8] = []
  private var rawEnd: [Int] = []
  private var scanned = 0
  private var consumed = 0
  private var exited = false

  /// The binary under test (BaogaoProcess.binary).
  public static var binary: String { BaogaoProcess.binary }

  /// A fresh temporary HOME for one test.
  public static func temporaryHome() -> String {
    // One folder for all of them, so that /tmp itself stays tidy.
    mkdir("/tmp/baogao-tests", 0o700)
    var template = Array("/tmp/baogao-tests/home-XXXXXX".utf8CString)
    // mkdtemp fills in `template` itself. Read the name from the array, not
    // from the returned pointer: that pointer is only valid during the call,
    // and under load the array's storage was reused, giving a wrong folder.
    guard mkdtemp(&template) != nil else { return "/tmp" }
    return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  /// Starts `baogao arguments…` with HOME at `home` (a new temporary one by
  /// default), history in `home/history`, and the given extra environment.
  /// With `stdout`, standard output goes to that file instead of the terminal.
  public init(
    _ arguments: [String] = [], home: String? = nil, environment extra: [String: String] = [:],
    columns: UInt16 = 200, rows: UInt16 = 40, stdout: String? = nil, launcher: [String] = []
  ) throws {
    let home = home ?? PTY.temporaryHome()
    self.home = home
    var env: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let pair = String(cString: entry)
      if let eq = pair.firstIndex(of: "=") {
        env[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
      }
      pointer += 1
    }
    for key in env.keys
    where key == "LANG" || key.hasPrefix("LC_") || key == "LANGUAGE" || key == "COLUMNS"
      || key == "LINES" || key == "EDITRC" || key.hasPrefix("XDG_") || key == "NO_COLOR"
      || key == "BAOGAO_HISTORY" || key == "PAGER"
    {
      env[key] = nil
    }
    env["TERM"] = "xterm"
    env["HOME"] = home
    env["BAOGAO_HISTORY"] = home + "/history"
    env["PAGER"] = ""
    for (key, value) in extra { env[key] = value }

    var m: Int32 = -1
    var s: Int32 = -1
    var ws = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    var child: pid_t = 0
    let status: Int32 = spawnLock.withLock { _ in
      guard openpty(&m, &s, nil, nil, &ws) == 0 else { return -1 }
      _ = fcntl(m, F_SETFD, FD_CLOEXEC)
      _ = fcntl(s, F_SETFD, FD_CLOEXEC)
      var name = [CChar](repeating: 0, count: 256)
      guard ttyname_r(s, &name, name.count) == 0 else { return -1 }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      // Opened after setsid (SETSID below), the slave becomes the controlling tty.
      posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
      if let stdout {
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      } else {
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
      }
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var all = sigset_t()
      sigfillset(&all)
      var none = sigset_t()
      sigemptyset(&none)
      posix_spawnattr_setsigdefault(&attributes, &all)
      posix_spawnattr_setsigmask(&attributes, &none)
      // 0x80 is POSIX_SPAWN_SETSID, hidden by Swift's Glibc module.
      let flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK) | 0x80
      guard posix_spawnattr_setflags(&attributes, Int16(flags)) == 0 else { return -1 }
      // A launcher (`setpriv --reuid …`) runs the binary as given to it.
      let program = launcher.first ?? PTY.binary
      let argv = (launcher + [PTY.binary] + arguments).map { strdup($0) } + [nil]
      let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer {
        for pointer in argv { free(pointer) }
        for pointer in envp { free(pointer) }
      }
      let result = posix_spawn(&child, program, &actions, &attributes, argv, envp)
      close(s)
      return result
    }
    guard status == 0 else {
      if m >= 0 { close(m) }
      throw PTYError.spawn(status)
    }
    pid = child
    master = m
  }

  deinit {
    if !exited {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Writes keys: Enter "\r", Tab "\t", Up "\u{1b}[A", Ctrl-C "\u{03}", Ctrl-D "\u{04}".
  public func send(_ keys: String) {
    let bytes = Array(keys.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 {
        if n < 0 && errno == EINTR { continue }
        return
      }
      offset += n
    }
  }

  /// How long a wait lasts before the test fails. Only a failing test waits
  /// it out, so it is generous: a debug binary starting on two cores shared
  /// by several test runs took more than 5 s to show its first prompt.
  public static let timeout: Double = 20

  /// Waits for `needle` in the output after the previous match; returns the
  /// text from the previous match up to and including it.
  @discardableResult
  public func expect(
    _ needle: String, timeout: Double = PTY.timeout,
    sourceLocation: SourceLocation = #_sourceLocation
  )
    -> String?
  {
    let want = Array(needle.utf8)
    let deadline = PTY.now() + timeout
    while true {
      if let found = search(want) {
        let piece = String(decoding: text[consumed..<found], as: UTF8.self)
        consumed = found
        return piece
      }
      let left = deadline - PTY.now()
      if left <= 0 || !readMore(timeout: left) {
        let rest = String(decoding: text[consumed...], as: UTF8.self)
        let message =
          "did not see \(needle.debugDescription); output after the last match:\n\(rest)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        return nil
      }
    }
  }

  /// expect(prompt), then waits until libedit has put the terminal in raw
  /// mode: keys sent earlier would be echoed by the kernel and ^D taken as EOF.
  @discardableResult
  public func expectPrompt(
    _ prompt: String = "dinghai-2018> ", sourceLocation: SourceLocation = #_sourceLocation
  )
    -> String?
  {
    let seen = expect(prompt, sourceLocation: sourceLocation)
    let deadline = PTY.now() + PTY.timeout
    while PTY.now() < deadline {
      var t = termios()
      if tcgetattr(master, &t) == 0 && (t.c_lflag & tcflag_t(ICANON)) == 0 { break }
      usleep(1000)
    }
    return seen
  }

  /// Types `line` and Return, waits for `shown` when given, then for the
  /// prompt: one exchange of a session.
  public func answer(
    _ line: String, showing shown: String? = nil, prompt: String = "dinghai-2018> ",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    send(line + "\r")
    if let shown { expect(shown, sourceLocation: sourceLocation) }
    expectPrompt(prompt, sourceLocation: sourceLocation)
  }

  /// Everything that arrives until the shell exits; returns its exit status.
  @discardableResult
  public func waitForExit(timeout: Double = PTY.timeout) -> Int32? {
    let deadline = PTY.now() + timeout
    while PTY.now() < deadline && readMore(timeout: deadline - PTY.now()) {}
    var status: Int32 = 0
    while PTY.now() < deadline {
      let r = waitpid(pid, &status, WNOHANG)
      if r == pid {
        exited = true
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
      }
      usleep(2000)
    }
    return nil
  }

  /// Resizes the terminal as a window would: TIOCSWINSZ on the master, which
  /// sends SIGWINCH to the shell (sent once more, in case it runs in the
  /// background of its terminal).
  public func resize(columns: UInt16, rows: UInt16) {
    var ws = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &ws)
    kill(pid, SIGWINCH)
  }

  /// All text seen since the start, stripped.
  public var transcript: String { String(decoding: text, as: UTF8.self) }

  /// Every byte the terminal got, escape sequences included.
  public var rawOutput: [UInt8] { raw }

  /// All bytes seen since the start, escape sequences included.
  public var rawTranscript: [UInt8] { raw }

  private func search(_ want: [UInt8]) -> Int? {
    guard !want.isEmpty, text.count - consumed >= want.count else { return nil }
    var i = consumed
    while i + want.count <= text.count {
      if text[i] == want[0] && Array(text[i..<(i + want.count)]) == want { return i + want.count }
      i += 1
    }
    return nil
  }

  /// Reads what is there within `timeout` seconds; false at EOF/EIO (exited).
  private func readMore(timeout: Double) -> Bool {
    var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&fds, 1, Int32(max(1, min(timeout, 10) * 1000)))
    if ready < 0 { return errno == EINTR }
    if ready == 0 { return true }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if n <= 0 { return n < 0 && errno == EINTR }
    raw.append(contentsOf: buffer[0..<n])
    strip()
    return true
  }

  /// Strips escape sequences and control characters (but \n and \t) from the
  /// raw bytes not yet scanned. An unfinished sequence waits for more bytes.
  private func strip() {
    var i = scanned
    while i < raw.count {
      let b = raw[i]
      if b == 0x1B {
        guard i + 1 < raw.count else { break }
        let next = raw[i + 1]
        if next == UInt8(ascii: "[") {
          var j = i + 2
          while j < raw.count && !(0x40...0x7E).contains(raw[j]) { j += 1 }
          guard j < raw.count else { break }
          i = j + 1
        } else if next == UInt8(ascii: "]") || next == UInt8(ascii: "P") {
          var j = i + 2
          while j < raw.count && raw[j] != 0x07
            && !(raw[j] == 0x1B && j + 1 < raw.count && raw[j + 1] == UInt8(ascii: "\\"))
          {
            j += 1
          }
          guard j < raw.count else { break }
          i = raw[j] == 0x07 ? j + 1 : j + 2
        } else {
          i += 2
        }
        continue
      }
      if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F {
        i += 1
        continue
      }
      text.append(b)
      rawEnd.append(i + 1)
      i += 1
    }
    scanned = i
  }

  public static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Waits until the shell is blocked reading its terminal (before a Ctrl-C
  /// sent as a signal; see notes/pty-testing.md).
  public func waitUntilIdle(timeout: Double = PTY.timeout) {
    let deadline = PTY.now() + timeout
    let waiting: Set<Int> = [0, 7, 23, 270, 271, 63, 72, 73]
    while PTY.now() < deadline {
      if let bytes = try? PTY.readFile("/proc/\(pid)/syscall"),
        let first = String(decoding: bytes, as: UTF8.self).split(separator: " ").first,
        let number = Int(first), waiting.contains(number)
      {
        return
      }
      usleep(1000)
    }
  }

  public static func readFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw PTYError.spawn(errno) }
    defer { close(fd) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      out.append(contentsOf: buffer[0..<n])
    }
    return out
  }
}

public enum PTYError: Error {
  case spawn(Int32)
}
