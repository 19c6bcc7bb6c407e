// swift-tools-version: 6.1
//
// StanceGraph: news articles about international politics in, a dated graph of
// actors and stance-labelled relations out, with metrics, diagrams and diffs.
//
// Module layering (each arrow is the only direction a dependency may point):
//
//   StanceGraphModel  <-  StanceGraphIngest  <-  StanceGraphExtraction
//          ^                                            |
//          +---------  StanceGraphNetwork  <------------+ (CLI wires them)
//                              ^
//                   StanceGraphDiff, StanceGraphRendering (+ CGraphviz)
//   StanceGraphEventData (Model, Extraction): GDELT/ICEWS/POLECAT in, event tables out
//                              ^
//                         stancegraph (CLI)
//
// Everything below StanceGraphRendering needs only Foundation.
import PackageDescription

/// The binaries allocate through mimalloc (Debian: libmimalloc-dev; `make setup`
/// installs it). Extraction makes millions of small short-lived allocations;
/// linking mimalloc, which then serves every `malloc` of the process, makes
/// `extract` about a tenth faster than glibc's allocator (README, Performance).
/// The libraries themselves link nothing: the allocator is the program's choice.
let mimalloc: [LinkerSetting] = [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "StanceGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stancegraph", targets: ["stancegraph"]),
        .library(name: "StanceGraphModel", targets: ["StanceGraphModel"]),
        .library(name: "StanceGraphIngest", targets: ["StanceGraphIngest"]),
        .library(name: "StanceGraphExtraction", targets: ["StanceGraphExtraction"]),
        .library(name: "StanceGraphNetwork", targets: ["StanceGraphNetwork"]),
        .library(name: "StanceGraphDiff", targets: ["StanceGraphDiff"]),
        .library(name: "StanceGraphRendering", targets: ["StanceGraphRendering"]),
        .library(name: "StanceGraphEventData", targets: ["StanceGraphEventData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Core: Foundation only.
        .target(name: "StanceGraphModel"),
        .target(name: "StanceGraphIngest", dependencies: ["StanceGraphModel"]),
        .target(
            name: "StanceGraphExtraction",
            dependencies: ["StanceGraphModel", "StanceGraphIngest"],
            resources: [
                .embedInCode("Resources/countries.tsv"),
                .embedInCode("Resources/places.tsv"),
                .embedInCode("Resources/organizations.tsv"),
                .embedInCode("Resources/people.tsv"),
                .embedInCode("Resources/agreements.tsv"),
                .embedInCode("Resources/roles.tsv"),
                .embedInCode("Resources/institutions.tsv"),
                .embedInCode("Resources/contextual-names.tsv"),
                .embedInCode("Resources/entity-words.tsv"),
                .embedInCode("Resources/stance-lexicon.tsv"),
            ]
        ),
        .target(name: "StanceGraphNetwork", dependencies: ["StanceGraphModel"]),
        .target(name: "StanceGraphDiff", dependencies: ["StanceGraphModel", "StanceGraphNetwork"]),
        // Coded event data (GDELT, ICEWS, POLECAT) in, the event table out: the
        // importers resolve actors against the extraction's knowledge base.
        .target(name: "StanceGraphEventData", dependencies: ["StanceGraphModel", "StanceGraphExtraction"]),

        // Rendering: the only place that talks to C.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "StanceGraphRendering",
            dependencies: ["StanceGraphModel", "StanceGraphNetwork", "StanceGraphDiff", "CGraphviz"]
        ),

        // The command-line tool.
        .executableTarget(
            name: "stancegraph",
            dependencies: [
                "StanceGraphModel", "StanceGraphIngest", "StanceGraphExtraction",
                "StanceGraphNetwork", "StanceGraphDiff", "StanceGraphRendering", "StanceGraphEventData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: mimalloc
        ),

        // Benchmarks: a plain executable, run by `make bench` in release mode.
        .executableTarget(
            name: "stancegraph-bench",
            dependencies: [
                "StanceGraphModel", "StanceGraphIngest", "StanceGraphExtraction",
                "StanceGraphNetwork", "StanceGraphDiff", "StanceGraphRendering",
            ],
            path: "Benchmarks/stancegraph-bench",
            linkerSettings: mimalloc
        ),

        .testTarget(name: "StanceGraphModelTests", dependencies: ["StanceGraphModel"]),
        .testTarget(name: "StanceGraphIngestTests", dependencies: ["StanceGraphIngest"]),
        .testTarget(
            name: "StanceGraphExtractionTests",
            dependencies: ["StanceGraphExtraction", "StanceGraphIngest", "StanceGraphModel"]
        ),
        .testTarget(
            name: "StanceGraphNetworkTests",
            dependencies: ["StanceGraphNetwork", "StanceGraphModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "StanceGraphDiffTests", dependencies: ["StanceGraphDiff", "StanceGraphNetwork", "StanceGraphModel"]),
        .testTarget(
            name: "StanceGraphRenderingTests",
            dependencies: ["StanceGraphRendering", "StanceGraphDiff", "StanceGraphNetwork", "StanceGraphModel"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "StanceGraphEventDataTests",
            dependencies: ["StanceGraphEventData", "StanceGraphExtraction", "StanceGraphModel"]
        ),
        .testTarget(name: "StanceGraphCLITests", dependencies: ["stancegraph"]),
    ]
)
