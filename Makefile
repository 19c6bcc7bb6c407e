# StanceGraph: the two commands of the README are `make demo` and `make test`.
SWIFT   ?= swift
RELEASE := .build/release
BIN     := $(RELEASE)/stancegraph
# Release binaries carry the Swift runtime and Foundation inside them: one file
# that runs on a machine without the Swift toolchain, starts in half the time
# and calls the runtime directly rather than through the dynamic linker's tables
# (README, Performance).
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib

.PHONY: setup build demo test bench clean

# Installs the C libraries StanceGraph links (Graphviz, mimalloc) with apt-get when missing.
setup:
	@Scripts/ensure-system-libraries.sh

build: setup
	$(RELEASE_BUILD) --product stancegraph

# Extract, measure, draw and diff the example corpus into output/.
demo: build
	@Scripts/demo.sh $(BIN)

# The whole test suite (CI runs this through .ci/run). The export tests load each
# export with networkx and python-igraph, installed from PyPI into .build/python-consumers.
test: setup
	@Scripts/ensure-python-consumers.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks in release mode; figures are written to bench-results/ and quoted in the README.
bench: setup
	$(RELEASE_BUILD) --product stancegraph
	$(RELEASE_BUILD) --product stancegraph-bench
	@Scripts/bench.sh

clean:
	rm -rf .build bench-results
