import ArgumentParser

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Turn news articles about international politics into a dated graph of actors and stances.",
        discussion: """
        Every command reads and writes the JSON graph document {articles,
        entities, relations} (see docs/json-format.md), so stages compose
        through files and pipes.

        Commands:
          extract   articles (text, HTML, JSON Lines) to a graph document
          metrics   actors ranked by degree, betweenness, PageRank, ...
          render    a Graphviz diagram (DOT, SVG, PNG, PDF)
          diff      what changed between two dates or two documents
          timeline  the graph period by period
          export    a view for Gephi, Cytoscape, networkx, igraph, Neo4j
          events    one row per stance relation (CSV, JSON Lines)
          import    GDELT, ICEWS or POLECAT event data to a graph document

        Examples:
          stancegraph extract Examples/articles \\
              --manifest Examples/articles/manifest.json -o graph.json
          stancegraph metrics graph.json --top 10
          stancegraph render graph.json -o graph.svg
          stancegraph diff graph.json --from 2024-06-30 --to 2024-11-30
          stancegraph timeline graph.json --period month
          stancegraph export graph.json -o graph.gexf
          stancegraph events graph.json -o events.csv
          stancegraph import events.tsv --format gdelt -o gdelt.json
          stancegraph extract Examples/articles | stancegraph metrics - --format csv
        """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, MetricsCommand.self, RenderCommand.self, DiffCommand.self, TimelineCommand.self,
                      ExportCommand.self, EventsCommand.self, ImportCommand.self]
    )
}
