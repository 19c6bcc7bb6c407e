#!/usr/bin/env bash
# Times Graphviz's own command-line tools (dot -K<layout> -Tsvg) on the DOT files that
# `stancegraph-bench render --write-dot FOLDER` wrote, so in-process rendering can be
# compared with the tools on exactly the same text. Prints the benchmark's line format:
#   suite<TAB>measurement<TAB>value<TAB>unit
# Each run is cut off after RENDER_TIME_LIMIT seconds (default 120) and reported as such.
set -euo pipefail
folder=${1:-bench-results/render}
limit=${RENDER_TIME_LIMIT:-120}
if ! command -v dot >/dev/null 2>&1; then
    echo "skipping command-line render timings: Graphviz's dot is not installed (apt-get install graphviz)" >&2
    exit 0
fi
shopt -s nullglob
files=("$folder"/graph-*-*.dot)
if [ ${#files[@]} -eq 0 ]; then
    echo "no DOT files in $folder; run 'stancegraph-bench render --write-dot $folder' first" >&2
    exit 1
fi
# Sizes in numeric order, layouts in the benchmark's order.
for size in $(printf '%s\n' "${files[@]}" | sed -E 's/.*graph-([0-9]+)-.*/\1/' | sort -n -u); do
    for layout in dot neato fdp sfdp circo twopi; do
        file="$folder/graph-$size-$layout.dot"
        [ -f "$file" ] || continue
        start=$(date +%s%N)
        if timeout "$limit" dot -K"$layout" -Tsvg "$file" -o /dev/null 2>/dev/null; then
            elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
            printf 'render-cli\tdot -K%s -Tsvg n=%s\t%d.%03d\ts\n' "$layout" "$size" $((elapsed / 1000)) $((elapsed % 1000))
        else
            printf 'render-cli\tdot -K%s -Tsvg n=%s (stopped after %ss)\t%s\ts\n' "$layout" "$size" "$limit" "$limit"
        fi
    done
done
