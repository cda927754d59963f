#!/usr/bin/env bash
# run.sh: installs what is missing, builds baogao in release mode and opens the
# shell on the bundled report (or on the report files given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product baogao >&2
exec .build/release/baogao "$@"
