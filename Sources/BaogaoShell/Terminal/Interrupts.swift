// Interrupts.swift: Ctrl-C while a query runs or the pager shows. While a line
// is edited Ctrl-C is a key (EditLine.swift); at other times it is SIGINT, and
// the shell must live on: the handler only notes it. SIGPIPE is ignored so that
// quitting the pager early does not end the shell.
#if canImport(Glibc)
  import Glibc
#endif

/// Set by the SIGINT handler; read and cleared by the shell between statements.
nonisolated(unsafe) private var interruptCount: sig_atomic_t = 0

/// SIGINT and SIGPIPE handling for the interactive shell.
enum Interrupts {
  /// Installs the handlers (without SA_RESTART, so a blocked read returns).
  static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in interruptCount = 1 }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    signal(SIGPIPE, SIG_IGN)
  }

  /// True when Ctrl-C came since the last call.
  static func take() -> Bool {
    let seen = interruptCount != 0
    interruptCount = 0
    return seen
  }
}
