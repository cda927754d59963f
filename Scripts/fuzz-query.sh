#!/usr/bin/env bash
# fuzz-query.sh: builds Fuzz/QueryFuzzer.swift with libFuzzer (Swift traps on
# overflow and bad indexes, so a crash needs no AddressSanitizer to show)
# over the BaogaoGraph and BaogaoQuery sources, and runs it.
#   Scripts/fuzz-query.sh [RUNS]      (default 1,000,000 executions)
# Extra libFuzzer flags go in FUZZ_FLAGS. Crashes are written to .build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
out=.build/fuzz
mkdir -p "$out/corpus"
flags=(-sanitize=fuzzer -parse-as-library -O -wmo -swift-version 6)
# Each module on its own, instrumented, so that coverage guides the fuzzer
# through the library code and not only through the entry point.
swiftc "${flags[@]}" -c -module-name BaogaoGraph -emit-module \
  -emit-module-path "$out/BaogaoGraph.swiftmodule" Sources/BaogaoGraph/*.swift -o "$out/BaogaoGraph.o"
swiftc "${flags[@]}" -c -module-name BaogaoQuery -I "$out" -emit-module \
  -emit-module-path "$out/BaogaoQuery.swiftmodule" Sources/BaogaoQuery/*.swift -o "$out/BaogaoQuery.o"
# The linker warns about every AddressSanitizer helper it cannot export; noise.
swiftc "${flags[@]}" -I "$out" Fuzz/QueryFuzzer.swift "$out/BaogaoGraph.o" "$out/BaogaoQuery.o" \
  -o "$out/query-fuzzer" 2>&1 | { grep -v "Cannot export local symbol" || true; }
cp Fuzz/corpus/* "$out/corpus/"
# -max_len 4096: long enough for nested brackets and lists; the 1 MB and
# 10,000-bracket cases are unit tests (ParserTests, QueryEngineTests).
"$out/query-fuzzer" -runs="$runs" -max_len=4096 -dict=Fuzz/query.dict \
  -artifact_prefix="$out/" ${FUZZ_FLAGS:-} "$out/corpus"
