#!/usr/bin/env python3
"""Writes a large JSON Lines corpus for benchmarks by repeating a real one.

usage: generate-bench-corpus.py SOURCE.jsonl OUTPUT.jsonl SIZE_MB

Each pass over SOURCE gives its records new ids (`<id>-r<pass>`), so the
output has no duplicate ids. The output is for a temporary folder at bench
time: never commit it.
"""
import json
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip())
    source, output, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    target = int(size_mb * 1_000_000)
    with open(source, "rb") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    written = 0
    copy = 0
    with open(output, "w", encoding="utf-8") as out:
        while written < target:
            copy += 1
            for record in records:
                record = dict(record, id=f"{record.get('id', 'record')}-r{copy}")
                line = json.dumps(record, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                if written >= target:
                    break


if __name__ == "__main__":
    main()
