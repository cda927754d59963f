// EditLine.swift: the libedit bridge, the only file that imports CEditLine.
// Takes keys from the terminal; gives lines, Ctrl-C as a cancelled line, and
// Ctrl-D as the end. Prompt and editing go to standard error, so results on a
// redirected standard output stay clean. Tab and Ctrl-R call back into Swift.
import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// libedit's callbacks are C function pointers that cannot capture, so the
/// state they share with the one reader lives here. Only the thread that runs
/// the shell touches it, and only while el_gets runs or between calls.
private struct EditLineBridge {
  var prompt: [CChar] = [0]
  var cancelled = false
  var completer: Completer?
  var entries: [String] = []
}

nonisolated(unsafe) private var bridge = EditLineBridge()

/// Line editing on a terminal, with history kept in a file.
public final class EditLineReader: LineReader {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  /// The history file; nil once it could not be read or written, and the
  /// session's entries live in memory only.
  private var file: HistoryFile?

  /// Bytes of the line before the cursor that Tab looks at.
  static let maxLineBytes = 65536

  /// Nil when standard input is not a terminal or libedit cannot start: then
  /// the caller reads plainly (notes/libedit.md: do not touch libedit at all).
  /// History lives in the default file (HistoryFile.defaultPath) unless given.
  public init?(
    program: String = "baogao",
    history file: HistoryFile? = HistoryFile.defaultPath().map(HistoryFile.init)
  ) {
    guard Terminal.isTerminal(0) else { return nil }
    Terminal.forceUTF8Locale()
    guard let el = cel_init_stdio(program) else { return nil }
    guard let h = cel_history_init(Int32(HistoryFile.maxEntries)) else {
      cel_end(el)
      return nil
    }
    editor = el
    history = h
    self.file = file
    bridge = EditLineBridge()
    if let file {
      do {
        bridge.entries = try file.read()
      } catch {
        // Writing would replace entries we could not see: leave the file be.
        self.file = nil
        StandardStreams().writeError(
          "baogao: cannot read history \(file.path): \(error.reason); it is left as it is, "
            + "and this session's statements are kept in memory only\n")
      }
    }
    for entry in bridge.entries { cel_history_enter(h, entry) }
    cel_set_editor(el, "emacs")
    cel_set_history(el, h)
    // libedit's own signal handlers stay off: on SIGWINCH its handler resizes
    // in the middle of an edit, and a line wrapped over several rows on a
    // window shrunk to one row (or three) then crashes it (SIGSEGV, upstream,
    // libedit 3.1-20221030). A new size takes effect at the next line, where
    // el_gets reads it before it draws. Keys cannot raise signals while a line
    // is edited (ISIG off below); the terminal is put back on SIGTERM, SIGHUP
    // and SIGQUIT by Interrupts.restoreTerminalOnExit.
    cel_set_signal(el, 0)
    Interrupts.restoreTerminalOnExit()
    cel_set_prompt(el) { _ in
      bridge.prompt.withUnsafeMutableBufferPointer { $0.baseAddress! }
    }
    // The user's ~/.editrc first, so that our bindings below win.
    cel_source(el, nil)
    // Ctrl-C as a key, not a signal: a SIGINT landing while libedit echoes a
    // key would be lost and the next key added to the cancelled line
    // (notes/pty-testing.md). The terminal's ISIG is off only while editing.
    EditLineReader.parse(el, ["setty", "-d", "-isig"])
    cel_add_function(el, "baogao-cancel", "Cancel the line", EditLineReader.cancel)
    cel_bind(el, "^C", "baogao-cancel")
    cel_add_function(el, "baogao-complete", "Complete the word", EditLineReader.complete)
    cel_bind(el, "^I", "baogao-complete")
    // libedit's own ^R looks up the low byte of wide characters and fails on
    // Chinese (notes/libedit.md): search with our own function.
    cel_add_function(el, "baogao-search", "Search history", EditLineReader.search)
    cel_bind(el, "^R", "baogao-search")
  }

  deinit {
    cel_end(editor)
    cel_history_end(history)
  }

  private static func parse(_ el: OpaquePointer, _ words: [String]) {
    let arguments = words.map { strdup($0) }
    defer { for argument in arguments { free(argument) } }
    var pointers = arguments.map { UnsafePointer<CChar>($0) }
    _ = pointers.withUnsafeMutableBufferPointer {
      cel_parse(el, Int32($0.count), $0.baseAddress)
    }
  }

  public func read(prompt: String) -> LineInput {
    bridge.prompt = Array(prompt.utf8CString)
    bridge.cancelled = false
    var count: Int32 = 0
    let line = cel_gets(editor, &count)
    if bridge.cancelled {
      StandardStreams.write("^C\n", to: 2)
      return .cancelled
    }
    guard let line, count > 0 else {
      StandardStreams.write("\n", to: 2)
      return .end
    }
    var text = String(cString: line)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  public func remember(_ statement: String) {
    guard HistoryFile.keeps(statement) else { return }
    cel_history_enter(history, statement)
    if let file {
      do {
        bridge.entries = try file.record(statement)
        return
      } catch {
        // Said once; from now on the session keeps its entries in memory.
        self.file = nil
        StandardStreams().writeError(
          "baogao: cannot write history \(file.path): \(error.reason); "
            + "this session's statements are kept in memory only\n")
      }
    }
    if bridge.entries.last != statement { bridge.entries.append(statement) }
  }

  public func entries() -> [String] { bridge.entries }

  public func use(_ completer: Completer) { bridge.completer = completer }

  /// Ctrl-C: drop the line.
  private static let cancel: cel_command_fn = { _, _ in
    bridge.cancelled = true
    return UInt8(CC_EOF)
  }

  /// The text before the cursor, decoded.
  private static func lineBeforeCursor(_ el: OpaquePointer) -> String? {
    var buffer = [CChar](repeating: 0, count: maxLineBytes)
    let n = cel_line_before_cursor(el, &buffer, Int32(buffer.count))
    guard n >= 0, Int(n) <= buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { chars in
      chars.withMemoryRebound(to: UInt8.self) { String(decoding: $0.prefix(Int(n)), as: UTF8.self) }
    }
  }

  /// Tab: ask the completer, then replace the word or list the candidates.
  private static let complete: cel_command_fn = { el, _ in
    guard let el, let completer = bridge.completer, let line = lineBeforeCursor(el) else {
      return UInt8(CC_REFRESH_BEEP)
    }
    let answer = completer.complete(line)
    switch answer.action {
    case .none:
      return UInt8(CC_REFRESH_BEEP)
    case .replace(let text):
      // el_deletestr counts characters (wide chars), not bytes.
      cel_delete(el, Int32(answer.word.unicodeScalars.count))
      cel_insert(el, text)
      return UInt8(CC_REFRESH)
    case .list(let candidates):
      let columns = Terminal.size()?.columns ?? 80
      let width = CellWidth(ambiguousIsWide: Terminal.prefersWideAmbiguous())
      StandardStreams.write(
        "\n" + CompletionList.render(candidates, columns: columns, width: width), to: 2)
      return UInt8(CC_REDISPLAY)
    }
  }

  /// Ctrl-R: the incremental search (HistorySearch.swift). Reads keys itself
  /// until one ends the search, drawing `(reverse-i-search)'…': …` on the
  /// line being edited. Enter runs the entry found; Esc, an arrow or another
  /// control key keeps it for editing (the key then does its usual work);
  /// Ctrl-G or Ctrl-C gives the line back as it was.
  private static let search: cel_command_fn = { el, _ in
    guard let el else { return UInt8(CC_ERROR) }
    let columns = max(Terminal.size()?.columns ?? 80, 2)
    let width = CellWidth(ambiguousIsWide: Terminal.prefersWideAmbiguous())
    // The row of a long line the cursor stands on: the search is drawn on
    // the line's first row, and the cursor goes back to this row at the end,
    // where libedit expects it when it redraws.
    let prompt = String(
      decoding: bridge.prompt.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let row = (width.of(prompt) + width.of(lineBeforeCursor(el) ?? "")) / columns
    cel_move_cursor(el, cel_chars_after_cursor(el))
    let original = lineBeforeCursor(el) ?? ""
    var search = HistorySearch(entries: bridge.entries)
    StandardStreams.write((row > 0 ? "\u{1B}[\(row)A" : "") + "\r\u{1B}[J", to: 2)
    func draw() {
      // Never wider than the screen: a wrapped line would leave libedit's
      // idea of the cursor's row wrong when it redraws.
      let text = TextWrap.cut(Render.visible(search.prompt), limit: columns - 1, width: width)
      StandardStreams.write("\r\u{1B}[K" + text, to: 2)
    }
    draw()
    var keep = true
    reading: while let key = readKey(el) {
      switch key {
      case "\u{12}": search.older()  // Ctrl-R
      case "\u{7F}", "\u{08}": search.deleteLast()  // Backspace
      case "\u{07}", "\u{03}":  // Ctrl-G, Ctrl-C
        keep = false
        break reading
      case "\u{1B}":
        // Esc alone ends the search; an arrow's sequence is passed on.
        if let rest = pendingSequence(el) { cel_push(el, key + rest) }
        break reading
      default:
        if key.unicodeScalars.allSatisfy({ $0.value < 0x20 }) {
          cel_push(el, key)  // Enter, Ctrl-A, Ctrl-E …: act on the entry found
          break reading
        }
        search.type(key)
      }
      draw()
    }
    StandardStreams.write("\r\u{1B}[K" + (row > 0 ? "\u{1B}[\(row)B" : ""), to: 2)
    let line = keep ? (search.match ?? original) : original
    cel_delete(el, cel_chars_before_cursor(el))
    cel_insert(el, line)
    return UInt8(CC_REDISPLAY)
  }

  /// One key from libedit, as text; nil at the end of input.
  private static func readKey(_ el: OpaquePointer) -> String? {
    var buffer = [CChar](repeating: 0, count: 16)
    let n = cel_read_key(el, &buffer, Int32(buffer.count))
    guard n > 0 else { return nil }
    return buffer.withUnsafeBufferPointer { chars in
      chars.withMemoryRebound(to: UInt8.self) { String(decoding: $0.prefix(Int(n)), as: UTF8.self) }
    }
  }

  /// The rest of an escape sequence (`[A` after Esc for Up) when its bytes
  /// are already waiting; nil for a lone Esc.
  private static func pendingSequence(_ el: OpaquePointer) -> String? {
    var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    // A terminal sends a key's sequence at once; 20 ms tells it from Esc typed alone.
    guard poll(&fds, 1, 20) > 0, let first = readKey(el) else { return nil }
    var sequence = first
    guard first == "[" || first == "O" else { return sequence }
    while let next = readKey(el) {
      sequence += next
      if let scalar = next.unicodeScalars.first, (0x40...0x7E).contains(scalar.value) { break }
    }
    return sequence
  }
}
