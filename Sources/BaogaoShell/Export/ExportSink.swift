// ExportSink.swift: where an export's rows go. The stream (ExportStream.swift)
// hands every row of every table to each sink as the reports are read; a sink
// writes them into files it has not yet put in place, and only `commit` makes
// them visible. A failed or killed export leaves the previous output as it was.
import BaogaoQuery

protocol ExportSink: AnyObject {
  /// Takes row `row` of table `table` (an index into the layouts).
  func write(_ row: ExportRow, table: Int) throws(ExportError)
  /// Writes out what is buffered, so a paused test run has data on disk.
  func flush() throws(ExportError)
  /// Finishes the output and puts it in place.
  func commit() throws(ExportError)
  /// Drops the unfinished output.
  func discard()
}
