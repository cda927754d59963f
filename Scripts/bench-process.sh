#!/usr/bin/env bash
# bench-process.sh: whole-process time of one query on the bundled report,
#   baogao -c 'targets where area = 城市建设'
# beside sqlite3 answering the same query on a database of the exported
# targets, and the parts of baogao's start-up (process, argument parsing,
# ingest of the bundled report). Release build. Aim: at most 15 ms.
# On a busy machine compare the User+System CPU times, not the wall times.
# Uses hyperfine when it is there (apt-get install hyperfine), else a loop.
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

if command -v hyperfine > /dev/null; then
  hyperfine -N -i --warmup 5 --runs "$runs" \
    -n "baogao -c (whole process)" "$bin --format tsv -c '$query'" \
    -n "sqlite3 (same query, exported targets)" "sqlite3 $work/targets.db \"$sql\"" \
    -n "baogao -c 'sections limit 1' (start-up + ingest)" "$bin --format tsv -c 'sections limit 1'" \
    -n "baogao --help (start-up, no ingest)" "$bin --help" \
    -n "true (process spawn)" "true"
  exit 0
fi

# No hyperfine: median of a loop, in milliseconds.
measure() {
  local name=$1
  shift
  local times=()
  for _ in $(seq 1 5); do "$@" > /dev/null; done
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v n="$name" -v m="$median" -v r="$runs" \
    'BEGIN { printf "%-45s median %6.2f ms over %d runs\n", n, m / 1000, r }'
}
measure "baogao -c (whole process)" "$bin" --format tsv -c "$query"
measure "sqlite3 (same query, exported targets)" sqlite3 "$work/targets.db" "$sql"
measure "baogao -c 'sections limit 1' (start-up + ingest)" "$bin" --format tsv -c 'sections limit 1'
measure "baogao --help (start-up, no ingest)" "$bin" --help
measure "true (process spawn)" true
