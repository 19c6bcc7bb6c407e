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
    # The command itself, end to end (process start and file write included), best of 3.
    size=$(stat -c %s "$corpus")
    for threads in $(printf '%s\n' 1 "$(nproc)" | sort -un); do
        best=""
        for _ in 1 2 3; do
            seconds=$( { TIMEFORMAT=%R; time .build/release/stancegraph extract "$corpus" --threads "$threads" -o "$out/world.json" 2>/dev/null; } 2>&1 )
            best=$(python3 -c "print(min(float(x) for x in '$best $seconds'.split()))")
        done
        python3 -c "print('extract\tcommand threads=$threads\t%.3f\tMB/s' % ($size / 1e6 / $best))" | tee -a "$out/results.tsv"
        python3 -c "print('extract\tcommand per core threads=$threads\t%.3f\tMB/s' % ($size / 1e6 / $best / $threads))" | tee -a "$out/results.tsv"
    done
    "$bench" entities "$corpus" | tee -a "$out/results.tsv"
    "$bench" relations "$corpus" | tee -a "$out/results.tsv"
    "$bench" document "$out/world.json" | tee -a "$out/results.tsv"
    # Ingest: world_all, its gzip, and a generated corpus of INGEST_BENCH_MB (1 GB) streamed.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    gzip -c "$corpus" > "$scratch/world_all.jsonl.gz"
    python3 Scripts/generate-bench-corpus.py "$corpus" "$scratch/large.jsonl" "${INGEST_BENCH_MB:-1000}"
    pages=../shared/eval/article-body/pages
    html_pages=()
    if [ -d "$pages" ]; then html_pages=(--html "$pages"); fi
    "$bench" ingest "$corpus" --gzip "$scratch/world_all.jsonl.gz" --large "$scratch/large.jsonl" "${html_pages[@]}" | tee -a "$out/results.tsv"
    # Diff and timeline on the corpus's graph (written by the timing loop above).
    if [ -f "$out/world.json" ]; then
        "$bench" diff "$out/world.json" | tee -a "$out/results.tsv"
    fi
else
    echo "skipping corpus benchmarks: $corpus not found" >&2
fi
# Article bodies of real pages: StanceGraph and trafilatura on the benchmark's development pages.
Scripts/bench-article-body.sh
# Metrics: StanceGraph against networkx and igraph on a 20,000-node graph (bench-results/metrics.tsv).
# The comparison needs networkx and python-igraph from PyPI; they are installed when missing.
if ! python3 -c "import igraph, networkx" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check networkx python-igraph >&2 || true
fi
if python3 -c "import igraph, networkx" 2>/dev/null; then
    python3 Scripts/bench-metrics.py
else
    echo "skipping the metrics comparison: networkx and python-igraph could not be installed (pip install networkx python-igraph)" >&2
fi
# Rendering: in-process timings on generated graphs, then Graphviz's tools on the same DOT.
"$bench" render --write-dot "$out/render" | tee -a "$out/results.tsv"
Scripts/bench-render.sh "$out/render" | tee -a "$out/results.tsv"
