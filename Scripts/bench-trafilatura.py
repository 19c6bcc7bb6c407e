#!/usr/bin/env python3
"""Runs trafilatura on a folder of PAGE.html.gz files and writes a graph-like
JSON document ({"articles": [{"id", "text"}]}) that score_body.py reads.

usage: bench-trafilatura.py PAGES_DIR OUTPUT.json   (speed on standard error)
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def main():
    pages, output = sys.argv[1], sys.argv[2]
    articles, total = [], 0
    start = time.perf_counter()
    for name in sorted(os.listdir(pages)):
        if not name.endswith(".html.gz"):
            continue
        with gzip.open(os.path.join(pages, name)) as f:
            raw = f.read()
        total += len(raw)
        # Comments are not article text (StanceGraph drops them too).
        text = trafilatura.extract(raw, include_comments=False) or ""
        articles.append({"id": name.split(".")[0], "text": text})
    seconds = time.perf_counter() - start
    with open(output, "w", encoding="utf-8") as f:
        json.dump({"articles": articles}, f)
    print(f"extract {total / 1e6 / seconds:.1f} MB/s (in process, one thread)", file=sys.stderr, end="")


if __name__ == "__main__":
    main()
