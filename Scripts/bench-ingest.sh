#!/usr/bin/env bash
# bench-ingest.sh: ingest throughput and peak memory over the bundled reports
# repeated to at least 50 MB (release build, one core). Three runs:
#   text     decode, clean and outline only, each copy as its own report
#   reports  the whole pipeline, the copies loaded as separate reports into one graph
#   file     the copies joined into one 50 MB file (mostly dropped as duplicates)
# Usage: Scripts/bench-ingest.sh [MB]   (default 50; MODES="text file" picks runs).
# Each figure is printed beside its floor (one Character pass over the same
# text, same run) and their ratio. Aim (issue 15): >= 50 MB/s per CPU second
# in mode reports, over the shared reports repeated to 50 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-50}"
swift build -c release --product bench-ingest >/dev/null
BIN="$(swift build -c release --show-bin-path)/bench-ingest"
REPORTS=(Tests/Fixtures/reports/*.txt)
for mode in ${MODES:-text reports file}; do
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$BIN" --mb "$MB" --mode "$mode" "${REPORTS[@]}" 2>/tmp/bench-ingest.$$ \
      || { cat /tmp/bench-ingest.$$ >&2; exit 1; }
    awk -F': ' '/Maximum resident set size/ { printf "  peak memory %.0f MB\n", $2 / 1024 }' /tmp/bench-ingest.$$
    rm -f /tmp/bench-ingest.$$
  else
    "$BIN" --mb "$MB" --mode "$mode" "${REPORTS[@]}"
  fi
done
