# StanceGraph: the two commands of the README are `make demo` and `make test`.
SWIFT   ?= swift
RELEASE := .build/release
BIN     := $(RELEASE)/stancegraph

.PHONY: setup build demo test bench clean

# Installs the C libraries StanceGraph links (Graphviz, mimalloc) with apt-get when missing.
setup:
	@Scripts/ensure-system-libraries.sh

build: setup
	$(SWIFT) build -c release --product stancegraph

# Extract, measure, draw and diff the example corpus into output/.
demo: build
	@Scripts/demo.sh $(BIN)

# The whole test suite (CI runs this through .ci/run).
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks in release mode; figures are written to bench-results/ and quoted in the README.
bench: setup
	$(SWIFT) build -c release --product stancegraph
	$(SWIFT) build -c release --product stancegraph-bench
	@Scripts/bench.sh

clean:
	rm -rf .build bench-results
