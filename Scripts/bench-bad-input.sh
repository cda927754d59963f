#!/usr/bin/env bash
# bench-bad-input.sh: the timing cases of the bad-input catalogue (issue 17),
# through the release binary, each beside a floor measured in the same run:
#   a statement over 30,000 lines of a script (-f)     (was: 8,000 lines 46 s)
#   1 MB of random bytes as a script (-f)              (was: 66 s)
#   a report of 40,000 top-level headings              (was: 32 s)
# The floor is the same process on a one-line script or report: start-up and
# reading the (bundled) report. Aim: each case under a second. Median of RUNS
# (default 3) wall times; on a busy machine compare User+System CPU times.
# BadInputCatalogueTests checks the same cases are linear (n against 4n).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product baogao >&2
bin=.build/release/baogao
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
with open(f"{work}/statement.bq", "w", encoding="utf-8") as f:
    f.write("count targets where\n" + "  area = 民生 or\n" * 29_999 + "  area = 民生;\n")
with open(f"{work}/one-line.bq", "w", encoding="utf-8") as f:
    f.write("count targets where area = 民生;\n")
random.seed(17)
with open(f"{work}/random.bq", "wb") as f:
    f.write(bytes(random.getrandbits(8) for _ in range(1 << 20)))
with open(f"{work}/headings.txt", "w", encoding="utf-8") as f:
    f.write("2024年某区政府工作报告\n" + "".join(f"一、工作标题{n}\n" for n in range(40_000)))
with open(f"{work}/heading.txt", "w", encoding="utf-8") as f:
    f.write("2024年某区政府工作报告\n一、工作标题0\n")
PY

# Median wall, user and system seconds of `runs` runs; output is thrown away
# (the random script prints an error per statement it could not read).
measure() {
  python3 - "$runs" "$@" <<'PY'
import os, subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
walls, cpus = [], []
for _ in range(runs):
    before = os.times()
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    after = os.times()
    cpus.append((after.children_user - before.children_user)
                + (after.children_system - before.children_system))
walls.sort(); cpus.sort()
print(f"{walls[len(walls) // 2]:.3f} s wall, {cpus[len(cpus) // 2]:.3f} s cpu")
PY
}

echo "30,000-line statement (-f)   $(measure "$bin" -f "$work/statement.bq")"
echo "  floor: one-line statement  $(measure "$bin" -f "$work/one-line.bq")"
echo "1 MB of random bytes (-f)    $(measure "$bin" -f "$work/random.bq")"
echo "  floor: one-line statement  $(measure "$bin" -f "$work/one-line.bq")"
echo "40,000 headings              $(measure "$bin" -c 'count sections' "$work/headings.txt")"
echo "  floor: one heading         $(measure "$bin" -c 'count sections' "$work/heading.txt")"
