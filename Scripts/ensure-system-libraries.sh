#!/usr/bin/env bash
# Makes sure the C libraries StanceGraph links are present (Debian/Ubuntu):
# Graphviz (libgvc, libcgraph; found through pkg-config) for rendering, and
# mimalloc, the memory allocator of the `stancegraph` binary.
set -euo pipefail

have_graphviz() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc libcgraph; }
# mimalloc ships no pkg-config file: look for the linker's name of it (libmimalloc-dev).
have_mimalloc() {
    local dir
    for dir in /usr/lib/*-linux-gnu /usr/lib /usr/lib64 /usr/local/lib; do
        [ -e "$dir/libmimalloc.so" ] && return 0
    done
    return 1
}

packages=()
have_graphviz || packages+=(libgraphviz-dev graphviz pkg-config)
have_mimalloc || packages+=(libmimalloc-dev)
[ ${#packages[@]} -eq 0 ] && exit 0

echo "installing ${packages[*]} with apt-get" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get is not available; install by hand: Graphviz's development files (libgvc, libcgraph), pkg-config and mimalloc's (libmimalloc.so)" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "error: root rights are needed to install ${packages[*]}; run as root or install sudo" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
have_graphviz && have_mimalloc
