# bench-corpus.sh: sourced by the benchmarks over many reports (bench-load.sh,
# bench-export.sh). Builds the release baogao ($bin), makes a work folder
# ($work, removed on exit) and copies the fixture reports into
# $work/reports as $count files (each with a line of its own, so that no two
# have the same text and no cache entry or duplicate check joins them): $files.
# The graph cache is $work/cache.
# `measure NAME COMMAND...` prints wall and CPU seconds and peak memory and
# sets $wall, $cpu and $peak (MB).
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
# A graph cache of the run's own: no benchmark reads or fills the user's.
export XDG_CACHE_HOME="$work/cache"

measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null
  read -r wall user system kb < "$work/time"
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  peak=$((kb / 1024))
  printf '  %-36s %7.2f s wall %7.2f s CPU %6d MB peak\n' "$name" "$wall" "$cpu" "$peak"
}
