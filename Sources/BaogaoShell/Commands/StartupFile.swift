// StartupFile.swift: where the start-up file lives. `~/.config/baogao/rc`
// (or `$XDG_CONFIG_HOME/baogao/rc`) holds statements in script syntax, run
// before the first prompt; Shell.runStartupFile runs them, warning on a bad
// line and going on.

/// The start-up file's location.
public enum StartupFile {
  /// `$XDG_CONFIG_HOME/baogao/rc`, else `~/.config/baogao/rc`; nil without HOME.
  public static func defaultPath() -> String? { UserFolders.config("rc") }
}
