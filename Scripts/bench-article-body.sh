#!/usr/bin/env bash
# Article-body extraction on the development pages of the article-extraction
# benchmark (../shared/eval/article-body): StanceGraph's figures and speed, and
# trafilatura's on the same pages when it can be installed from PyPI (else
# skipped with a message). Writes bench-results/article-body.tsv; docs/ingest.md
# quotes it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench-results
mkdir -p "$out"
eval_dir=../shared/eval
pages=$eval_dir/article-body/pages
truth=$eval_dir/article-body/ground-truth.json
if [ ! -d "$pages" ] || [ ! -f "$truth" ]; then
    echo "skipping the article-body benchmark: $pages not found" >&2
    exit 0
fi
bin=.build/release/stancegraph
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
size=$(for f in "$pages"/*.html.gz; do gzip -dc "$f"; done | wc -c)
best=""
for _ in 1 2 3; do
    seconds=$( { TIMEFORMAT=%R; time "$bin" extract "$pages" --threads 1 -o "$scratch/stancegraph.json" 2>/dev/null; } 2>&1 )
    best=$(python3 -c "print(min(float(x) for x in '$best $seconds'.split()))")
done
{
    printf 'stancegraph\t%s\t' "$(python3 "$eval_dir/score_body.py" "$scratch/stancegraph.json" "$truth" | sed 's/^article body: //')"
    python3 -c "print('extract %.1f MB/s (whole command, one thread)' % ($size / 1e6 / $best))"
} | tee "$out/article-body.tsv"
if ! python3 -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check trafilatura lxml_html_clean >&2 || true
fi
if python3 -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
    python3 Scripts/bench-trafilatura.py "$pages" "$scratch/trafilatura.json" 2> "$scratch/trafilatura.log"
    printf 'trafilatura %s\t%s\t%s\n' "$(python3 -c 'import trafilatura; print(trafilatura.__version__)')" \
        "$(python3 "$eval_dir/score_body.py" "$scratch/trafilatura.json" "$truth" | sed 's/^article body: //')" \
        "$(cat "$scratch/trafilatura.log")" | tee -a "$out/article-body.tsv"
else
    echo "skipping the trafilatura comparison: it could not be installed (pip install trafilatura lxml_html_clean)" >&2
fi
