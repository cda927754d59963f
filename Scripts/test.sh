#!/usr/bin/env bash
# test.sh: installs what is missing and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
