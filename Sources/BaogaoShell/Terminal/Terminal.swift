// Terminal.swift: what the shell needs to know about its terminal.
// Takes the process's file descriptors and environment; gives the locale fix
// that libedit needs, the window size, and whether colour and a pager may be
// used. Nothing here writes to the terminal.
#if canImport(Glibc)
  import Glibc
#endif

/// Facts about standard input, output and error, and the user's settings.
public enum Terminal {
  /// Swift never calls setlocale, and libedit decodes keys with mbrtowc in
  /// LC_CTYPE: without a UTF-8 locale a Chinese prompt crashes inside libedit
  /// and Chinese keys are dropped (notes/libedit.md). Keeps the user's locale
  /// when it is UTF-8, falls back to C.UTF-8 for the character type otherwise.
  public static func forceUTF8Locale() {
    setlocale(LC_ALL, "")
    if !isUTF8(String(cString: nl_langinfo(nl_item(CODESET)))) {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  /// `UTF-8`, `utf8` and `UTF8` all name the same codeset.
  static func isUTF8(_ codeset: String) -> Bool {
    codeset.uppercased().filter { $0 != "-" && $0 != "_" } == "UTF8"
  }

  /// True when the descriptor is a terminal.
  public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

  /// The window's columns and rows, from the first descriptor that is a
  /// terminal (standard output, then error, then input); nil when none is.
  public static func size() -> (columns: Int, rows: Int)? {
    for fd: Int32 in [1, 2, 0] where isTerminal(fd) {
      var ws = winsize()
      if ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0, ws.ws_row > 0 {
        return (Int(ws.ws_col), Int(ws.ws_row))
      }
    }
    return nil
  }

  /// An environment variable, nil when unset.
  public static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  /// Colour only on a terminal, and never when NO_COLOR is set to anything
  /// (https://no-color.org: "regardless of its value", but empty means unset).
  public static func allowsColour(fd: Int32 = 1) -> Bool {
    if let noColour = environment("NO_COLOR"), !noColour.isEmpty { return false }
    return isTerminal(fd) && environment("TERM") != "dumb"
  }

  /// True when ambiguous-width characters (“ ” — … · ① and box drawing) should
  /// count 2 cells, as in some CJK terminal setups: `BAOGAO_AMBIGUOUS_WIDE=1`.
  public static func prefersWideAmbiguous() -> Bool {
    guard let value = environment("BAOGAO_AMBIGUOUS_WIDE") else { return false }
    return ["1", "yes", "true", "on"].contains(value.lowercased())
  }

  /// The pager command: `$PAGER`, or `less -FRX` when it is unset. An empty
  /// `PAGER` turns paging off, and so does `TERM=dumb`: there less warns
  /// "terminal is not fully functional" and waits for a key.
  public static func pagerCommand() -> String? {
    if environment("TERM") == "dumb" { return nil }
    guard let pager = environment("PAGER") else { return "less -FRX" }
    let trimmed = pager.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
