// swift-tools-version: 6.0
// Baogao: a query shell for Chinese government work reports.
// Data flows one way, one module per stage (see README.md):
//   text ─ Decode ─ Clean ─ Outline ─ Recognise ─ Graph ─ Query ─ Render
import PackageDescription

let package = Package(
  name: "Baogao",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "baogao", targets: ["baogao"])
  ],
  // No dependencies: baogao parses its command line itself (Sources/baogao/Options.swift).
  dependencies: [],
  targets: [
    // Node and edge types, the store and its indexes. No parsing, no printing.
    .target(name: "BaogaoGraph"),
    // Bytes to graph: decoding, cleaning, outline, figures, targets, places, projects.
    .target(
      name: "BaogaoIngest",
      dependencies: ["BaogaoGraph"],
      // The resources are compiled in (EmbedResources), not copied beside the
      // binary: SwiftPM's Bundle.module would import Foundation, whose loading
      // alone costs every start-up several milliseconds (Scripts/bench-process.sh).
      exclude: ["Resources"],
      plugins: ["EmbedResources"]
    ),
    // The backslash escapes JSON, TSV and Swift literals share; no dependencies,
    // so that the build tool below uses it too.
    .target(name: "BaogaoEscaping"),
    // Build time only: writes Resources/*.txt|tsv into Swift source.
    .executableTarget(name: "EmbedResourcesTool", dependencies: ["BaogaoEscaping"]),
    .plugin(
      name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
    // Lexer, parser, checker and evaluator of the query language.
    .target(name: "BaogaoQuery", dependencies: ["BaogaoGraph"]),
    // C wrappers for libedit's variadic calls, nothing else. libedit is
    // loaded when the shell first needs it (dlopen), not linked: a `-c` run
    // never pays for loading it (Scripts/bench-process.sh).
    .target(name: "CEditLine"),
    // The SQLite C library (libsqlite3-dev), for `baogao export --sqlite`:
    // loaded when an export first needs it (dlopen), not linked.
    .target(name: "CSQLite"),
    // The shell: line editing, completion, history, dot-commands, renderers, runner.
    .target(
      name: "BaogaoShell",
      dependencies: [
        "BaogaoGraph", "BaogaoIngest", "BaogaoQuery", "BaogaoEscaping", "CEditLine", "CSQLite",
      ]
    ),
    // The command line, nothing else. The Swift runtime and standard library
    // linked in, not loaded: resolving their symbols at every start was a
    // fifth of `baogao -c` (Scripts/bench-process.sh: 5.7 ms against 4.3 ms).
    // Its symbols not exported (SwiftPM exports an executable's, 3,700 of
    // them, for nothing here: libedit and SQLite, opened with dlopen, use
    // none): 0.2-0.4 ms less of every start (alternating runs, medians:
    // `baogao --help` 2.59 / 3.22 against 2.41 / 2.85 ms, `baogao -c` 4.80
    // against 4.44 ms).
    .executableTarget(
      name: "baogao",
      dependencies: [
        "BaogaoShell", "BaogaoIngest", "BaogaoQuery", "BaogaoGraph",
      ],
      linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "--no-export-dynamic"])]
    ),
    // What the benchmarks share: big graphs made of copies of a few reports.
    .target(
      name: "BenchmarkSupport", dependencies: ["BaogaoGraph"], path: "Benchmarks/BenchmarkSupport"),
    // Times Tab completion on a 1,000-report graph (Scripts/bench-completion.sh).
    .executableTarget(
      name: "bench-completion",
      dependencies: [
        "BaogaoShell", "BaogaoQuery", "BaogaoIngest", "BaogaoGraph", "BenchmarkSupport",
      ],
      path: "Benchmarks/bench-completion"),
    // Latency of the CONTRACT queries, run by Scripts/bench-query.sh (release build).
    .executableTarget(
      name: "bench-query",
      dependencies: ["BaogaoQuery", "BaogaoIngest", "BaogaoGraph", "BenchmarkSupport"],
      path: "Benchmarks/bench-query"),
    // Ingest throughput over repeated reports, run by Scripts/bench-ingest.sh.
    .executableTarget(
      name: "bench-ingest", dependencies: ["BaogaoIngest", "BaogaoGraph"],
      path: "Benchmarks/bench-ingest"),
    // What several test targets share: the PTY driver, the process runner,
    // the golden assert, the seeded random generator.
    .target(name: "BaogaoTestSupport", path: "Tests/BaogaoTestSupport"),
    .testTarget(name: "BaogaoGraphTests", dependencies: ["BaogaoGraph"]),
    // Test data (reports, gold) sits in Tests/Fixtures and is found by #filePath.
    .testTarget(
      name: "BaogaoIngestTests", dependencies: ["BaogaoIngest", "BaogaoGraph", "BaogaoTestSupport"]),
    // Golden/*.query and *.out are read through #filePath, not bundled.
    .testTarget(
      name: "BaogaoQueryTests",
      dependencies: ["BaogaoQuery", "BaogaoIngest", "BaogaoGraph", "BaogaoTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "BaogaoShellTests",
      dependencies: [
        "BaogaoShell", "BaogaoQuery", "BaogaoGraph", "BaogaoIngest", "BaogaoTestSupport",
      ]),
    .testTarget(
      name: "BaogaoCLITests", dependencies: ["BaogaoShell", "BaogaoQuery", "BaogaoTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
