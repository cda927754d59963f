#!/usr/bin/env bash
# fuzz-ingest.sh: builds Fuzz/IngestFuzzer.swift with libFuzzer over the
# BaogaoGraph, BaogaoIngest and BaogaoQuery sources, and runs it: bytes are
# decoded, cleaned, outlined, recognised into a graph and queried, and the
# text saved again as UTF-8, GB18030 and UTF-16 must give the same graph.
# Swift traps on overflow and bad indexes, so a crash needs no AddressSanitizer.
#   Scripts/fuzz-ingest.sh [RUNS]      (default 1,000,000 executions)
# Seeds: the fixture reports (Tests/Fixtures/reports, all encodings). Extra
# libFuzzer flags go in FUZZ_FLAGS (-jobs=1, -max_len=…). Crashes are written
# to .build/fuzz-ingest/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
out=.build/fuzz-ingest
mkdir -p "$out/corpus" "$out/tool"
flags=(-sanitize=fuzzer -parse-as-library -O -wmo -swift-version 6)
# The ingest module carries its word lists as generated source (what the
# EmbedResources plugin does in a package build).
# The tool imports BaogaoEscaping (its Swift-literal escapes): a module of
# its own here too, as in the package.
swiftc -O -parse-as-library -module-name BaogaoEscaping -emit-module -emit-module-path \
  "$out/tool/BaogaoEscaping.swiftmodule" -c Sources/BaogaoEscaping/*.swift -o "$out/tool/BaogaoEscaping.o"
swiftc -O -I "$out/tool" Sources/EmbedResourcesTool/main.swift "$out/tool/BaogaoEscaping.o" \
  -o "$out/embed-resources"
"$out/embed-resources" "$out/EmbeddedResources.swift" \
  $(ls Sources/BaogaoIngest/Resources/*.txt Sources/BaogaoIngest/Resources/*.tsv | sort)
# Each module on its own, instrumented, so that coverage guides the fuzzer
# through the library code and not only through the entry point.
swiftc "${flags[@]}" -c -module-name BaogaoGraph -emit-module \
  -emit-module-path "$out/BaogaoGraph.swiftmodule" Sources/BaogaoGraph/*.swift -o "$out/BaogaoGraph.o"
swiftc "${flags[@]}" -c -module-name BaogaoIngest -I "$out" -emit-module \
  -emit-module-path "$out/BaogaoIngest.swiftmodule" \
  $(find Sources/BaogaoIngest -name '*.swift' ! -path '*/Resources/*' | sort) \
  "$out/EmbeddedResources.swift" -o "$out/BaogaoIngest.o"
swiftc "${flags[@]}" -c -module-name BaogaoQuery -I "$out" -emit-module \
  -emit-module-path "$out/BaogaoQuery.swiftmodule" Sources/BaogaoQuery/*.swift -o "$out/BaogaoQuery.o"
# The linker warns about every AddressSanitizer helper it cannot export; noise.
swiftc "${flags[@]}" -I "$out" Fuzz/IngestFuzzer.swift \
  "$out/BaogaoGraph.o" "$out/BaogaoIngest.o" "$out/BaogaoQuery.o" \
  -o "$out/ingest-fuzzer" 2>&1 | { grep -v "Cannot export local symbol" || true; }
find Tests/Fixtures/reports -type f -exec cp {} "$out/corpus/" \;
# -max_len 4096: a page of a report holds headings, figures and targets; the
# whole reports are read by the tests and the benchmarks. Every input is read
# twice (its own bytes and one other encoding), so this fuzzer is slow: some
# 200-250 runs a second on one free core (2026-12-02), 10^6 runs in about
# 1.5 hours.
# Swift's own crash reporter would catch the trap first, and libFuzzer would
# then write no crash-* file with the input.
SWIFT_BACKTRACE=enable=no "$out/ingest-fuzzer" -runs="$runs" -max_len=4096 \
  -artifact_prefix="$out/" ${FUZZ_FLAGS:-} "$out/corpus"
