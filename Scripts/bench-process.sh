#!/usr/bin/env bash
# bench-process.sh: whole-process time of one query on the bundled report,
#   baogao -c 'targets where area = 城市建设'
# with the graph cache warm (the usual case: ~/.cache/baogao, here a folder of
# its own) and with --no-cache (ingest of the bundled report), each beside
# floors measured in the same run: `true` (process spawn), a minimal Swift
# program (the Swift runtime's start-up; loaded, and linked in as baogao
# has it) and sqlite3 answering the same query on a database of the
# exported targets. Release build, medians.
# Aims (issue 15): at most 5 ms, and at most 3x sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product baogao >&2
bin=.build/release/baogao
query='targets where area = 城市建设'
runs=${RUNS:-50}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sqlite side: the exported targets in one table, lists as JSON text.
"$bin" export > "$work/export.json"
python3 - "$work/export.json" "$work/targets.db" <<'PY'
import json, sqlite3, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
db = sqlite3.connect(sys.argv[2])
db.execute("create table targets (id text primary key, report text, section text, area text,"
           " span text, main integer, indicators text, verb text, projects text, places text)")
for t in doc["targets"]:
    db.execute("insert into targets values (?,?,?,?,?,?,?,?,?,?)",
               (t["id"], t["report"], t["section"], t["area"], t["span"], int(bool(t["main"])),
                json.dumps(t["indicators"], ensure_ascii=False), t["verb"],
                json.dumps(t["projects"], ensure_ascii=False),
                json.dumps(t["places"], ensure_ascii=False)))
db.execute("create index targets_area on targets(area)")
db.commit()
PY
sql="select * from targets where area = '城市建设';"
command -v sqlite3 > /dev/null || { echo "bench: sqlite3 missing (apt-get install sqlite3)" >&2; exit 1; }

echo "rows: baogao $("$bin" --format tsv -c "$query" | tail -n +2 | wc -l)," \
  "sqlite3 $(sqlite3 "$work/targets.db" "$sql" | wc -l)"

# The minimal Swift process: the runtime's start-up and one print.
printf 'print("hello")\n' > "$work/minimal.swift"
swiftc -O "$work/minimal.swift" -o "$work/minimal-swift" 2> /dev/null
# The same with the runtime linked in, as baogao is (Package.swift).
swiftc -O -static-stdlib "$work/minimal.swift" -o "$work/minimal-swift-static" 2> /dev/null

# A cache of its own, filled once (the first run after a build ingests).
export XDG_CACHE_HOME="$work/cache"
"$bin" --format tsv -c "$query" > /dev/null

# median NAME COMMAND...: the median wall time in ms over $runs runs (after
# five warm-up runs), timed around posix_spawn and wait in one Python
# process, so no shell or `date` process is counted; prints it and sets
# $median_ms.
median() {
  local name=$1
  shift
  median_ms=$(python3 - "$runs" "$@" <<'PY'
import os, subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
devnull = open(os.devnull, "wb")
def once():
    start = time.perf_counter_ns()
    subprocess.run(command, stdout=devnull, check=False)
    return time.perf_counter_ns() - start
for _ in range(5):
    once()
times = sorted(once() for _ in range(runs))
print(f"{times[len(times) // 2] / 1e6:.2f}")
PY
  )
  printf '  %-50s median %6.2f ms over %d runs\n' "$name" "$median_ms" "$runs"
}

echo "floors:"
median "true (process spawn)" true
median "minimal Swift program (runtime start-up)" "$work/minimal-swift"
median "minimal Swift program, runtime linked in" "$work/minimal-swift-static"
median "sqlite3 (same query, exported targets)" sqlite3 "$work/targets.db" "$sql"
sqlite_ms=$median_ms
echo "baogao:"
median "baogao -c (whole process, cache warm)" "$bin" --format tsv -c "$query"
cached_ms=$median_ms
median "baogao -c --no-cache (ingests the report)" "$bin" --no-cache --format tsv -c "$query"
median "baogao --help (start-up, no report)" "$bin" --help
awk -v b="$cached_ms" -v s="$sqlite_ms" 'BEGIN {
  printf "baogao -c %.2f ms (aim <= 5 ms): %s; %.2fx sqlite3 (aim <= 3x): %s\n",
    b, b <= 5 ? "met" : "MISSED", b / s, b / s <= 3 ? "met" : "MISSED" }'
