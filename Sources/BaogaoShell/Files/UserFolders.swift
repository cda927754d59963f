// UserFolders.swift: where baogao keeps the user's own files, by the XDG base
// directory rules. Configuration (the start-up file `rc`, `indicators.tsv`)
// lives in `$XDG_CONFIG_HOME/baogao`, else `~/.config/baogao`; state (the
// history) in `$XDG_STATE_HOME/baogao`, else `~/.local/state/baogao`. A
// relative XDG path is ignored, as the specification says.

enum UserFolders {
  /// A configuration file's path; nil without HOME or XDG_CONFIG_HOME.
  static func config(_ name: String) -> String? {
    path(name, under: "XDG_CONFIG_HOME", else: ".config")
  }

  /// A state file's path; nil without HOME or XDG_STATE_HOME.
  static func state(_ name: String) -> String? {
    path(name, under: "XDG_STATE_HOME", else: ".local/state")
  }

  static func path(_ name: String, under variable: String, else folder: String) -> String? {
    if let base = Terminal.environment(variable), base.hasPrefix("/") {
      return base + "/baogao/" + name
    }
    guard let home = Terminal.environment("HOME"), !home.isEmpty else { return nil }
    return home + "/" + folder + "/baogao/" + name
  }
}
