// EditLine.swift: the libedit bridge, the only file that imports CEditLine.
// libedit needs a UTF-8 LC_CTYPE to decode keys (libedit.md): without it a
// non-ASCII prompt crashes inside libedit, so the locale is forced first.
import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// libedit's callbacks are C function pointers that cannot capture, so the one
/// reader's prompt lives here. Only the main thread touches it.
nonisolated(unsafe) private var currentPrompt: [CChar] = [0]

/// Line editing on a terminal, with in-memory history.
public final class EditLineReader: LineReader {
  private let editor: OpaquePointer
  private let history: OpaquePointer

  /// Nil when standard input is not a terminal or libedit cannot start.
  public init?(program: String = "baogao") {
    guard isatty(0) != 0 else { return nil }
    Locale.forceUTF8()
    guard let el = cel_init_stdio(program) else { return nil }
    guard let h = cel_history_init(1000) else {
      cel_end(el)
      return nil
    }
    editor = el
    history = h
    cel_set_editor(el, "emacs")
    cel_set_history(el, h)
    cel_set_prompt(el) { _ in
      currentPrompt.withUnsafeMutableBufferPointer { $0.baseAddress! }
    }
  }

  deinit {
    cel_end(editor)
    cel_history_end(history)
  }

  public func readLine(prompt: String) -> String? {
    currentPrompt = Array(prompt.utf8CString)
    var count: Int32 = 0
    guard let line = cel_gets(editor, &count), count > 0 else { return nil }
    var text = String(cString: line)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  public func remember(_ statement: String) {
    cel_history_enter(history, statement)
  }
}

enum Locale {
  /// Swift never calls setlocale; libedit decodes keys with mbrtowc in LC_CTYPE.
  static func forceUTF8() {
    setlocale(LC_ALL, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset.uppercased().replacing("-", with: "") != "UTF8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
