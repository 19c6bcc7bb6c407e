#!/usr/bin/env bash
# Installs the programs that read StanceGraph's exports, for the tests that load
# each export with its real consumer (Tests/StanceGraphCLITests/ConsumerCLITests):
# networkx (reads GraphML, GEXF, node-link and Cytoscape JSON), python-igraph
# (reads GraphML) and jsonschema (checks output/graph.json against
# docs/graph-document.schema.json), from PyPI into a virtual environment at
# .build/python-consumers, so that nothing is installed into the system's Python.
#
# Never fails the build: without Python, venv or the network it says what is
# missing, and the tests skip with the same message.
set -uo pipefail
cd "$(dirname "$0")/.."
venv=.build/python-consumers
packages=(networkx python-igraph jsonschema)
python=${PYTHON:-python3}

if "$venv/bin/python" -c "import networkx, igraph, jsonschema" 2>/dev/null; then exit 0; fi
if ! command -v "$python" >/dev/null 2>&1; then
    echo "note: $python is not installed; the export consumer tests will be skipped (apt-get install python3 python3-venv)" >&2
    exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
        # Debian's python3 needs its venv package for ensurepip.
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
            echo "installing python3-venv with apt-get" >&2
            export DEBIAN_FRONTEND=noninteractive
            { apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-venv python3-pip; } >/dev/null 2>&1 || true
        fi
        rm -rf "$venv"
        if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
            echo "note: cannot make a Python virtual environment ($python -m venv); the export consumer tests will be skipped" >&2
            exit 0
        fi
    fi
fi
echo "installing ${packages[*]} from PyPI into $venv" >&2
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${packages[@]}" >&2; then
    echo "note: pip could not install ${packages[*]}; the export consumer tests will be skipped" >&2
fi
exit 0
