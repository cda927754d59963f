// main.swift (bench-completion): how long Tab takes on a big graph.
// Reads the given report files once and copies them under new ids until the
// graph holds N reports (1,000 by default), then times the completer on typical
// lines: the first Tab of a context (which builds its value index) and the
// following ones. Scripts/bench-completion.sh runs it; the aim is < 10 ms.
import BaogaoGraph
import BaogaoIngest
import BaogaoShell
import BenchmarkSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Lines typed before Tab, one per context of Completion.swift.
let lines = [
  "tar",  // kinds
  "targets where ",  // fields
  "targets where area ",  // operators
  "targets where area = 城市建",  // values by prefix
  "targets where area = 建设",  // values by substring
  "targets where verb = 推",  // a field with many values
  "places where name = 金",  // names
  "indicators where unit = ",  // every unit, listed
  "indicators where name ~ 收",  // many names, substring
  ".mo",  // dot-commands
]

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
}

var arguments = Array(CommandLine.arguments.dropFirst())
var reportCount = 1000
var runs = 200
var files: [String] = []
/// `--cold`: skip the start-up counting, so the first Tab of a field counts.
var coldStart = false
while !arguments.isEmpty {
  let argument = arguments.removeFirst()
  switch argument {
  case "--reports":
    reportCount = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? reportCount
  case "--cold": coldStart = true
  case "--runs": runs = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? runs
  default: files.append(argument)
  }
}
guard !files.isEmpty, reportCount > 0, runs > 0 else {
  print("usage: bench-completion [--reports N] [--runs R] [--cold] REPORT.txt...")
  exit(2)
}

var inputs: [[UInt8]] = []
for file in files {
  do {
    inputs.append(try ReportFile.bytes(atPath: file))
  } catch {
    print("cannot read \(file): \(error)")
    exit(2)
  }
}

let started = now()
// Each file is ingested once; the graph then holds copies of them.
var bases: [Graph] = []
for (index, bytes) in inputs.enumerated() {
  do {
    bases.append(
      try Ingest.graph(of: [(bytes, ReportFile.reportID(forPath: files[index]), files[index])]))
  } catch {
    print("cannot ingest \(files[index]): \(error)")
    exit(2)
  }
}
var builder = GraphBuilder()
for n in 0..<reportCount {
  let index = n % bases.count
  GraphCopies.append(
    bases[index], as: ReportFile.reportID(forPath: files[index]) + "-\(n)", into: &builder)
}
let graph = builder.build()
print(
  "graph: \(graph.reports.count) reports, \(graph.nodeCount) nodes "
    + "(\(graph.targets.count) targets, \(graph.indicators.count) indicators, "
    + "\(graph.places.count) places), built in \(Int(now() - started)) ms")

// The shell counts field values in the background at start-up (Completer.
// prepareValuesInBackground); here the same work runs first, timed, and then
// "first" is the first Tab of each line after it, as a user meets it.
let preparing = now()
if !coldStart { Completer.prepareValues(of: graph) }
print("values counted in \(Int(now() - preparing)) ms (in the background, at start-up)")
let completer = Completer(graph: graph, dotCommands: DotCommand.completionTable)
var worst = 0.0
var worstFirst = 0.0
for line in lines {
  let first = now()
  let answer = completer.complete(line)
  let firstTime = now() - first
  var times: [Double] = []
  for _ in 0..<runs {
    let start = now()
    _ = completer.complete(line)
    times.append(now() - start)
  }
  times.sort()
  let median = times[times.count / 2]
  let p99 = times[min(times.count - 1, times.count * 99 / 100)]
  worst = max(worst, p99)
  worstFirst = max(worstFirst, firstTime)
  let shown: String
  switch answer.action {
  case .none: shown = "nothing"
  case .replace(let text): shown = "→ \(text)"
  case .list(let candidates): shown = "\(candidates.count) candidates"
  }
  let padded = line + String(repeating: " ", count: max(0, 30 - line.count))
  print(
    "\(padded) first \(format(firstTime)) ms  median \(format(median)) ms  "
      + "p99 \(format(p99)) ms  \(shown)")
}
print("worst p99 \(format(worst)) ms, worst first Tab \(format(worstFirst)) ms (aim: < 10 ms)")
exit(worst < 10 && (coldStart || worstFirst < 10) ? 0 : 1)

func format(_ ms: Double) -> String {
  let hundredths = Int((ms * 100).rounded())
  let fraction = String(hundredths % 100)
  return "\(hundredths / 100)." + (fraction.count == 1 ? "0" : "") + fraction
}
