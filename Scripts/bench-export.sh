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
Scripts/setup.sh
swift build -c release --product baogao >&2
bin="$PWD/.build/release/baogao"
command -v /usr/bin/time > /dev/null || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/reports"
sources=(Tests/Fixtures/reports/*.txt)
for i in $(seq 1 "$count"); do
  source=${sources[$(((i - 1) % ${#sources[@]}))]}
  name=$(printf 'r%04d-%s' "$i" "$(basename "$source")")
  { cat "$source"; printf '\n（副本%d）\n' "$i"; } > "$work/reports/$name"
done
files=("$work"/reports/*.txt)
echo "reports: ${#files[@]} files, $(du -sm "$work/reports" | cut -f1) MB"

# measure NAME COMMAND...: prints wall and CPU seconds and peak memory; sets
# wall, cpu and peak (MB) for the aims below.
measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null
  read -r wall user system kb < "$work/time"
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  peak=$((kb / 1024))
  printf '  %-28s %7.2f s wall %7.2f s CPU %6d MB peak\n' "$name" "$wall" "$cpu" "$peak"
}

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
