#!/usr/bin/env bash
# bench-export.sh: time and peak memory of loading and exporting 1,000 reports
# (release build), each figure beside floors measured in the same run: one
# report loaded (the process's fixed cost: runtime, tables, gazetteer), the
# size of the reports' text, and ingesting the same reports into the shell's
# graph (`baogao -c 'count reports'`).
#   load (count reports) aim: peak <= 500 MB
#   export --jsonl DIR   aim: peak <= 300 MB
#   export --sqlite FILE aim: time <= 2x the ingest
#   export (one JSON document on standard output), for comparison
# The reports are the fixture reports copied to COUNT files (default 1000),
# each with a line of its own so that no two have the same text.
# Usage: Scripts/bench-export.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
# The reports, $bin, $work and measure (wall, cpu, peak).
source Scripts/lib/bench-corpus.sh

text_mb=$(du -sm "$work/reports" | cut -f1)
measure "one report (floor)" "$bin" -c 'count reports' "${files[0]}"
one_peak=$peak
measure "load = ingest (floor)" "$bin" -c 'count reports' "${files[@]}"
ingest_cpu=$cpu ingest_wall=$wall ingest_peak=$peak
measure "export --jsonl" "$bin" export --jsonl "$work/jsonl" "${files[@]}"
jsonl_peak=$peak
measure "export --sqlite" "$bin" export --sqlite "$work/graph.db" "${files[@]}"
sqlite_cpu=$cpu sqlite_wall=$wall
measure "export --csv" "$bin" export --csv "$work/csv" "${files[@]}"
measure "export (JSON document)" "$bin" export "${files[@]}"

echo "sizes: $(du -sm "$work/jsonl" | cut -f1) MB JSON Lines, $(du -sm "$work/graph.db" | cut -f1) MB SQLite"
awk -v p="$ingest_peak" -v o="$one_peak" -v t="$text_mb" 'BEGIN {
  printf "load peak %d MB (aim <= 500 MB; one report %d MB, the reports %d MB of text): %s\n",
    p, o, t, p <= 500 ? "met" : "MISSED" }'
awk -v p="$jsonl_peak" -v f="$ingest_peak" -v o="$one_peak" 'BEGIN {
  printf "export --jsonl peak %d MB (aim <= 300 MB; one report %d MB, load %d MB): %s\n",
    p, o, f, p <= 300 ? "met" : "MISSED" }'
awk -v s="$sqlite_cpu" -v i="$ingest_cpu" -v sw="$sqlite_wall" -v iw="$ingest_wall" 'BEGIN {
  printf "export --sqlite %.2fx the ingest in CPU time (%.2f s / %.2f s), %.2fx in wall time (aim <= 2x): %s\n",
    s / i, s, i, sw / iw, s / i <= 2 ? "met" : "MISSED" }'
