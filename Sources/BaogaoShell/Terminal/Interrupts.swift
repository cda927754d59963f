// Interrupts.swift: Ctrl-C while a query runs or the pager shows. While a line
// is edited Ctrl-C is a key (EditLine.swift); at other times it is SIGINT, and
// the shell must live on: the handler only notes it, and the running statement
// stops (Cancellation). SIGPIPE is ignored so that quitting the pager early
// does not end the shell. Signals that end the shell put the terminal back.
import BaogaoQuery

#if canImport(Glibc)
  import Glibc
#endif

/// Set by the SIGINT handler; read by running statements, cleared by the
/// shell between statements.
nonisolated(unsafe) private var interruptCount: sig_atomic_t = 0

/// The terminal's settings before libedit changed them, for the handlers of
/// signals that end the shell (written once, before they are installed).
nonisolated(unsafe) private var savedTerminal = termios()

/// SIGINT and SIGPIPE handling for the interactive shell.
enum Interrupts {
  /// Saves standard input's terminal settings and, on SIGTERM, SIGHUP and
  /// SIGQUIT, puts them back before the signal ends the shell: killed while
  /// a line is edited, it would leave the terminal without echo (libedit's
  /// own handlers, which did this, are off: EditLine.swift).
  static func restoreTerminalOnExit() {
    guard tcgetattr(0, &savedTerminal) == 0 else { return }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signal in
      // Only async-signal-safe calls: tcsetattr, signal, raise.
      tcsetattr(0, TCSANOW, &savedTerminal)
      Glibc.signal(signal, SIG_DFL)
      raise(signal)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    for signal in [SIGTERM, SIGHUP, SIGQUIT] { sigaction(signal, &action, nil) }
  }

  /// Installs the handlers (without SA_RESTART, so a blocked read returns).
  static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in interruptCount = 1 }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    signal(SIGPIPE, SIG_IGN)
  }

  /// Ctrl-C stops the statement running (QueryEngine's loops ask this).
  static let cancellation = Cancellation { interruptCount != 0 }

  /// True when Ctrl-C came since the last call.
  static func take() -> Bool {
    let seen = interruptCount != 0
    interruptCount = 0
    return seen
  }
}
