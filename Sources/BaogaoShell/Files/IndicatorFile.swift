// IndicatorFile.swift: the user's synonyms of indicator names, added to the
// built-in table (BaogaoIngest/Panel/IndicatorNames.swift):
// `$XDG_CONFIG_HOME/baogao/indicators.tsv`, else `~/.config/baogao/indicators.tsv`,
// then the file of `--indicators FILE`. One `synonym<TAB>canonical` a line.
import BaogaoIngest

public enum IndicatorFile {
  /// The default file's location; nil without HOME.
  public static func defaultPath() -> String? { UserFolders.config("indicators.tsv") }

  /// The table with the default file (when there is one) and `explicit`
  /// added, and a warning per line that is no pair. An explicit file that
  /// cannot be read is an error; a missing default file is not.
  public static func names(explicit: String?) throws(IngestError) -> (
    names: IndicatorNames, warnings: [String]
  ) {
    var names = IndicatorNames.standard
    var warnings: [String] = []
    func add(_ path: String, bytes: [UInt8]) {
      let text = String(decoding: bytes, as: UTF8.self)
      for line in names.add(tsv: text) {
        warnings.append("\(path):\(line): expected 'synonym<TAB>canonical name'; line skipped")
      }
    }
    if let path = defaultPath(), let bytes = try? ReportFile.bytes(atPath: path) {
      add(path, bytes: bytes)
    }
    if let explicit { add(explicit, bytes: try ReportFile.bytes(atPath: explicit)) }
    return (names, warnings)
  }
}
