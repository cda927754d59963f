// Version.swift: the program's version, printed by `baogao --version` and
// part of every cache entry's key (Cache/GraphCache.swift).

public enum BaogaoVersion {
  public static let number = "0.1.0"
}
