#!/usr/bin/env bash
# bench-completion.sh: how long Tab completion takes on a 1,000-report graph
# (the test reports, each ingested once and copied under new ids). Prints, for typical
# lines, the first Tab (which builds the field's value index) and the median
# and 99th percentile of the following ones. Release build. Aim: < 10 ms;
# exits 1 when a p99 is over it. REPORTS=N and RUNS=R change the sizes; the
# cold Tab is then timed COLD_REPEAT more times (10), each on a graph of its
# own, fastest and median printed: on a noisy machine the fastest says what
# the code costs.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product bench-completion >&2
exec .build/release/bench-completion --reports "${REPORTS:-1000}" --runs "${RUNS:-200}" \
  --cold-repeat "${COLD_REPEAT:-10}" \
  Tests/Fixtures/reports/*.txt
