#!/usr/bin/env bash
# test.sh: installs what is missing (Scripts/setup.sh for baogao,
# Scripts/setup-test-tools.sh for what the tests use: sqlite3, DuckDB), checks
# the formatting (swift format lint with the checked-in .swift-format) and runs
# the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
Scripts/setup-test-tools.sh
swift format lint --strict --recursive Package.swift Sources Tests Benchmarks Plugins Fuzz
swift build --build-tests
swift test --skip-build "$@"
