#!/usr/bin/env bash
# Makes sure Graphviz's C library and pkg-config are present (Debian/Ubuntu).
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc libcgraph; then
    exit 0
fi
echo "Graphviz development files not found; installing libgraphviz-dev with apt-get" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get is not available; install Graphviz's development package (libgvc, libcgraph) and pkg-config by hand" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "error: root rights are needed to install libgraphviz-dev; run as root or install sudo" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev graphviz pkg-config >/dev/null
pkg-config --exists libgvc libcgraph
