// main.swift (bench-ingest): ingest throughput for Scripts/bench-ingest.sh.
// Takes report files and a size in MB, repeats the reports until they reach
// that size, ingests them and prints MB/s. `--mode reports` loads the copies as
// separate reports into one graph (like `baogao export A B C …`); `--mode file`
// joins them into one file, which the cleaner mostly drops as duplicate copies;
// `--mode text` runs only the text stages (decode, clean, outline) per report.
// Peak memory is measured from outside, by /usr/bin/time.
// Beside each figure it prints its floor, measured in the same run over the
// same inputs: one pass over the `Character`s of each input's text (what any
// Swift reader of the text pays at least), and the ratio of the two, which a
// busy machine changes far less than either figure. Aim (issue 15): ingest
// at 50 MB/s per CPU second, about half the floor.
import BaogaoGraph
import BaogaoIngest
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds of a clock: CLOCK_MONOTONIC for wall time, CLOCK_PROCESS_CPUTIME_ID
/// for CPU time, which other work on a busy machine does not inflate.
func seconds(_ clock: clockid_t) -> Double {
  var spec = timespec()
  clock_gettime(clock, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("bench-ingest: \(message)\n".utf8))
  exit(2)
}

var paths: [String] = []
var megabytes = 50
var mode = "reports"
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "--mb":
    guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0, value <= 4096 else {
      fail("--mb wants a size from 1 to 4096")
    }
    megabytes = value
  case "--mode":
    guard let value = arguments.popFirst(), ["reports", "file", "text"].contains(value) else {
      fail("--mode wants reports, file or text")
    }
    mode = value
  default: paths.append(argument)
  }
}
guard !paths.isEmpty else {
  fail("usage: bench-ingest [--mb N] [--mode reports|file|text] FILE...")
}

var sources: [(bytes: [UInt8], id: String)] = []
for path in paths {
  do {
    sources.append((try ReportFile.bytes(atPath: path), ReportFile.reportID(forPath: path)))
  } catch {
    fail("\(error)")
  }
}
let target = megabytes * 1_000_000
var inputs: [(bytes: [UInt8], reportID: String, source: String)] = []
var total = 0
var copy = 0
while total < target {
  for source in sources {
    inputs.append((source.bytes, "\(source.id)-\(copy)", "copy \(copy)"))
    total += source.bytes.count
  }
  copy += 1
}
if mode == "file" {
  var joined: [UInt8] = []
  joined.reserveCapacity(total)
  for input in inputs {
    joined += input.bytes
    joined.append(0x0A)
  }
  inputs = [(joined, "joined", "joined")]
}

/// The floor: CPU seconds of one pass over the `Character`s of an input's
/// text, decoded just before and not timed (decoding is part of ingest, not
/// of the floor). It runs right before each input's ingest, so that a change
/// of load on a busy machine slows both alike and leaves their ratio.
func characterPass(_ bytes: [UInt8], _ tally: inout (characters: Int, newlines: Int)) -> Double {
  let text = String(decoding: bytes, as: UTF8.self)
  let startCPU = seconds(CLOCK_PROCESS_CPUTIME_ID)
  for character in text {
    tally.characters += 1
    if character == "\n" { tally.newlines += 1 }
  }
  return seconds(CLOCK_PROCESS_CPUTIME_ID) - startCPU
}

/// What one run measured: ingest wall and CPU seconds, the floor's CPU
/// seconds, the nodes made, and what the floor's pass counted.
struct Measured {
  var wall = 0.0
  var cpu = 0.0
  var floorCPU = 0.0
  var nodes = 0
  var tally = (characters: 0, newlines: 0)

  /// Runs `body`, adding its wall and CPU time to the ingest's.
  mutating func time(_ body: () throws -> Void) rethrows {
    let start = seconds(CLOCK_MONOTONIC)
    let startCPU = seconds(CLOCK_PROCESS_CPUTIME_ID)
    try body()
    wall += seconds(CLOCK_MONOTONIC) - start
    cpu += seconds(CLOCK_PROCESS_CPUTIME_ID) - startCPU
  }
}

func measure(
  _ inputs: [(bytes: [UInt8], reportID: String, source: String)], mode: String
) throws -> Measured {
  var measured = Measured()
  var builder = GraphBuilder()
  for input in inputs {
    measured.floorCPU += characterPass(input.bytes, &measured.tally)
    var nodes = 0
    try measured.time {
      if mode == "text" {
        let text = try Decode.text(from: input.bytes)
        let cleaned = Clean.lines(of: text)
        let document = Outline.document(
          reportID: input.reportID, lines: cleaned.lines, junk: cleaned.junk)
        nodes = document.sections.count + document.junk.count
      } else {
        // What Ingest.graph(of:) does, one report at a time.
        try Ingest.read(
          bytes: input.bytes, reportID: input.reportID, source: input.source, into: &builder)
      }
    }
    measured.nodes += nodes
  }
  if mode != "text" {
    var nodes = 0
    measured.time {
      Ingest.finish(&builder)
      nodes = builder.build().nodeCount
    }
    measured.nodes = nodes
  }
  return measured
}

let measured: Measured
do {
  measured = try measure(inputs, mode: mode)
} catch {
  fail("\(error)")
}
let (wall, cpu, floorCPU, nodes, tally) = (
  measured.wall, measured.cpu, measured.floorCPU, measured.nodes, measured.tally
)
// Printed so that the floor's pass cannot be optimised away.
print("floor pass: \(tally.characters) characters, \(tally.newlines) lines")
let mb = Double(total) / 1_000_000
let rate = mb / cpu
let floorRate = mb / floorCPU
print(
  "mode \(mode): \(String(format: "%.1f", mb)) MB in \(inputs.count) report(s), \(nodes) nodes: "
    + "\(String(format: "%.2f", wall)) s wall, \(String(format: "%.1f", mb / wall)) MB/s; "
    + "\(String(format: "%.2f", cpu)) s CPU, \(String(format: "%.1f", rate)) MB/s per CPU second"
)
print(
  "  floor (one Character pass): \(String(format: "%.2f", floorCPU)) s CPU, "
    + "\(String(format: "%.1f", floorRate)) MB/s per CPU second; "
    + "ingest at \(String(format: "%.3f", rate / floorRate)) of the floor "
    + "(aim: 50 MB/s per CPU second)"
)
