#!/usr/bin/env bash
# make-readme-chart.sh: draws README.md's chart from the shared reports
# (copied into Tests/Fixtures/reports): the GDP growth target of every
# report, as terminal bars at 72 columns (printed, as README shows them) and
# as an SVG file (docs/images/gdp-growth-targets.svg). ReadmeChartTests runs
# it and checks both against README.md and the checked-in SVG.
#
#   Scripts/make-readme-chart.sh [REPORTS [SVG]]
#
# The binary is $BAOGAO_BIN, else a release build made here.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${1:-Tests/Fixtures/reports}
svg=${2:-docs/images/gdp-growth-targets.svg}
baogao=${BAOGAO_BIN:-}
if [ -z "$baogao" ]; then
  swift build -c release --product baogao >&2
  baogao=.build/release/baogao
fi
query='chart compare 地区生产总值 where kind = growth'
# Fixed width and no colour, so the picture is the same wherever it is made.
COLUMNS=72 NO_COLOR=1 "$baogao" --format table -c "$query" "$reports"
# Written beside the target and renamed, so a failed run leaves the old file.
tmp="$svg.tmp-$$"
trap 'rm -f "$tmp"' EXIT
"$baogao" --format svg -c "$query" "$reports" > "$tmp" 2> /dev/null
mv "$tmp" "$svg"
