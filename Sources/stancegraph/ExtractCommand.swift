import ArgumentParser
import Foundation
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write the JSON graph document.",
        discussion: """
        Inputs are text, HTML or JSON Lines files (gzip-compressed or not),
        folders (read recursively in sorted order), or - for standard input.
        Problems with one input are reported on standard error and the others
        are still read; the exit status is 1 when any input had to be skipped.
        Dates come from --date, then the manifest, then the page's metadata,
        then its dateline; otherwise they are unknown (null), never guessed.

        Examples:
          stancegraph extract Examples/articles \\
              --manifest Examples/articles/manifest.json -o graph.json
          stancegraph extract news.jsonl.gz --actors my-actors.tsv > graph.json
          stancegraph extract news.jsonl --lexicon my-triggers.tsv -o graph.json
          cat article.txt | stancegraph extract - --date 2024-06-21
        """
    )

    @Argument(help: "Article files, folders, JSON Lines corpora, or - for standard input.")
    var paths: [String]

    @Option(name: .long, help: "A manifest {\"articles\": [{\"file\", \"date\", \"source\"}]} giving dates and sources.")
    var manifest: String?

    @Option(name: .long, help: "The publication date of every input (YYYY-MM-DD); overrides all others.")
    var date: String?

    @Option(name: .long, help: "An actor dictionary (TSV) that extends or overrides the built-in one (see docs/actors.md).")
    var actors: String?

    @Option(name: .long, help: "Stance triggers (TSV, the built-in lexicon's format) that add to or override the built-in ones (see docs/stances.md).")
    var lexicon: String?

    @Option(name: [.short, .long], help: "Write the document here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var threads: Int?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD, e.g. 2024-06-21")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var setupDiagnostics: [Diagnostic] = []
        var options = IngestOptions(date: date.flatMap { CalendarDate(iso: $0) })
        if let manifest {
            let loaded = try Manifest.load(path: manifest, diagnostics: &setupDiagnostics)
            for file in loaded.missingFiles() {
                setupDiagnostics.append(Diagnostic(.error, file: manifest, "names '\(file)', which does not exist next to the manifest"))
            }
            options.manifest = loaded
        }
        var knowledge = BuiltInKnowledge.load()
        if let actors {
            let records = try ActorDictionary.load(path: actors, diagnostics: &setupDiagnostics)
            knowledge = knowledge.adding(records)
        }
        if let lexicon {
            let definitions = try StanceLexicon.load(path: lexicon, diagnostics: &setupDiagnostics)
            knowledge = knowledge.overridingLexicon(with: definitions)
        }
        var failed = false
        let report: (Diagnostic) -> Void = { diagnostic in
            if diagnostic.severity == .error { failed = true }
            CommandIO.report(diagnostic)
        }
        setupDiagnostics.forEach(report)
        let pipeline = ExtractionPipeline(knowledge: knowledge, ingestOptions: options, threads: threads ?? ProcessInfoCores.active)
        let document = pipeline.run(paths: paths, report: report)
        if document.articles.isEmpty {
            throw CommandError("no article could be read from \(paths.joined(separator: ", ")); nothing was written")
        }
        try CommandIO.write(to: output) { sink in try document.writeJSON(threads: pipeline.threads, to: sink) }
        ProcessLifetime.keepUntilExit(document)
        if failed { throw ExitCode(1) }
    }
}
