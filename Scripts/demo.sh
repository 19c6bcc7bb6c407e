#!/usr/bin/env bash
# The README's demo: extract, measure, draw and diff the example corpus into output/.
# When ../shared/seeds is present (development and CI machines) it also draws the seed
# articles' graph; only the picture is kept, never the seeds' text.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/stancegraph}
out=output
mkdir -p "$out"

echo "extract   Examples/articles -> $out/graph.json"
"$bin" extract Examples/articles --manifest Examples/articles/manifest.json -o "$out/graph.json"

echo "metrics   -> $out/metrics.txt, $out/metrics.csv, $out/metrics-countries.txt"
"$bin" metrics "$out/graph.json" --top 15 -o "$out/metrics.txt"
"$bin" metrics "$out/graph.json" --format csv -o "$out/metrics.csv"
"$bin" metrics "$out/graph.json" --view countries --top 15 -o "$out/metrics-countries.txt"

echo "render    -> $out/graph.{dot,svg,png}, $out/countries.{svg,png}"
"$bin" render "$out/graph.json" -o "$out/graph.dot"
"$bin" render "$out/graph.json" -o "$out/graph.svg"
"$bin" render "$out/graph.json" -o "$out/graph.png"
"$bin" render "$out/graph.json" --view countries -o "$out/countries.svg"
"$bin" render "$out/graph.json" --view countries -o "$out/countries.png"

echo "diff      2023-06-30 -> 2024-10-31 -> $out/diff.md, $out/diff.png"
"$bin" diff "$out/graph.json" --from 2023-06-30 --to 2024-10-31 --format markdown -o "$out/diff.md"
"$bin" diff "$out/graph.json" --from 2023-06-30 --to 2024-10-31 --view countries -o "$out/diff.png"

echo "timeline  by year -> $out/timeline.txt"
"$bin" timeline "$out/graph.json" --period year -o "$out/timeline.txt"

echo "export    -> $out/graph.graphml, $out/graph.gexf, $out/events.csv"
"$bin" export "$out/graph.json" --metrics pagerank,betweenness -o "$out/graph.graphml"
"$bin" export "$out/graph.json" --metrics pagerank,betweenness -o "$out/graph.gexf"
"$bin" events "$out/graph.json" -o "$out/events.csv"

seeds=../shared/seeds
if [ -d "$seeds" ]; then
    echo "seeds     $seeds -> $out/seeds.png (picture only)"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$bin" extract "$seeds" --manifest "$seeds/manifest.json" -o "$tmp/seeds.json"
    "$bin" render "$tmp/seeds.json" -o "$out/seeds.png"
fi
echo "done: see $out/"
