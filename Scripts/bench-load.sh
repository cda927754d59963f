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
export XDG_CACHE_HOME="$work/cache"

# measure NAME COMMAND...: wall and CPU seconds and peak memory; sets $wall.
measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null
  read -r wall user system kb < "$work/time"
  printf '  %-36s %6.2f s wall %6.2f s CPU %6d MB peak\n' "$name" "$wall" \
    "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" $((kb / 1024))
}

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
