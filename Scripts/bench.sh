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
    # Ingest: world_all, its gzip, and a generated corpus of INGEST_BENCH_MB (1 GB) streamed.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    gzip -c "$corpus" > "$scratch/world_all.jsonl.gz"
    python3 Scripts/generate-bench-corpus.py "$corpus" "$scratch/large.jsonl" "${INGEST_BENCH_MB:-1000}"
    "$bench" ingest "$corpus" --gzip "$scratch/world_all.jsonl.gz" --large "$scratch/large.jsonl" | tee -a "$out/results.tsv"
else
    echo "skipping corpus benchmarks: $corpus not found" >&2
fi
