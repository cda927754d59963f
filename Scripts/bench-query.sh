#!/usr/bin/env bash
# bench-query.sh: median latency of the CONTRACT.md queries over one report and
# over N copies of the bundled report (default 1,000), release build.
#   Scripts/bench-query.sh [COPIES] [REPEATS]
# Aim (issue 15): every first run <= 20 ms on 1,000 reports, beside its floor.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product bench-query 2>&1 | grep -E "error|warning" || true
exec .build/release/bench-query "${1:-1000}" "${2:-21}"
