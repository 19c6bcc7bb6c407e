#!/usr/bin/env bash
# Runs every benchmark in release mode and writes bench-results/results.tsv.
# Corpora come from ../shared/corpora when present (CI and development machines).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench-results
mkdir -p "$out"
bench=.build/release/stancegraph-bench
corpus=../shared/corpora/world_all.jsonl
: > "$out/results.tsv"
if [ -f "$corpus" ]; then
    "$bench" extract "$corpus" | tee -a "$out/results.tsv"
    # Diff and timeline on the corpus's graph.
    .build/release/stancegraph extract "$corpus" -o "$out/world.json" 2>/dev/null || true
    if [ -f "$out/world.json" ]; then
        "$bench" diff "$out/world.json" | tee -a "$out/results.tsv"
    fi
else
    echo "skipping corpus benchmarks: $corpus not found" >&2
fi
