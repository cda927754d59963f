#!/usr/bin/env bash
# bench-load.sh: loading COUNT reports (default 1,000: the fixture reports
# copied, each with a line of its own so that no two have the same text)
# into the shell's graph, `baogao -c 'count reports'`, release build:
#   first load   (empty cache: ingests and fills it)
#   cached load  (aim <= 0.2 s)
#   --no-cache   (ingests, writes nothing)
# beside floors measured in the same run: `cat` reading the same files, and
# `baogao -c 'count reports'` on the bundled report (process and start-up).
# Usage: Scripts/bench-load.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
# The reports, $bin, $work and measure (wall, cpu, peak).
source Scripts/lib/bench-corpus.sh

echo "floors:"
measure "cat (read the files)" cat "${files[@]}"
measure "baogao, bundled report only" "$bin" -c 'count reports'
echo "baogao -c 'count reports' on ${#files[@]} reports:"
measure "first load (fills the cache)" "$bin" -c 'count reports' "${files[@]}"
measure "cached load" "$bin" -c 'count reports' "${files[@]}"
cached=$wall
measure "--no-cache" "$bin" --no-cache -c 'count reports' "${files[@]}"
echo "cache: $(du -sm "$XDG_CACHE_HOME/baogao" | cut -f1) MB in $(ls "$XDG_CACHE_HOME/baogao" | wc -l) entries"
awk -v c="$cached" 'BEGIN { printf "cached load %.2f s (aim <= 0.2 s): %s\n", c, c <= 0.2 ? "met" : "MISSED" }'
