import ArgumentParser
import Foundation
import StanceGraphEventData
import StanceGraphExtraction
import StanceGraphModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read GDELT, ICEWS or POLECAT event data into a graph document.",
        discussion: """
        Formats (docs/interop.md gives the fields read and how):
          gdelt    GDELT 2.0 event exports (tab-separated, 61 columns, unzipped)
          icews    ICEWS coded event data (tab-separated, with its header)
          polecat  POLECAT records (tab-separated with a header, or JSON Lines)

        CAMEO codes become stances as docs/stances.md says (EventCode.stance);
        PLOVER types through their CAMEO representative. Actors become the
        knowledge base's entities: known names first (people, organizations,
        countries), else the country code or name (country:ISO3). Each event is
        one article (FORMAT-ID) whose text states the record, with the data
        set's ids, URL and scores as metadata, and one relation. Events without
        a stance, with an unknown actor or with one actor on both sides are left
        out and counted; --actors adds actors. Unreadable rows are reported
        with their line and the exit status is 1.

        Examples:
          stancegraph import 20240619120000.export.CSV --format gdelt -o gdelt.json
          stancegraph import events.2018.tab --format icews -o icews.json
          stancegraph import polecat-2024.tsv --format polecat -o polecat.json
          stancegraph import gdelt.tsv --format gdelt | stancegraph metrics -
        """
    )

    @Argument(help: "Event data files of one format, or - for standard input.")
    var files: [String]

    @Option(name: .long, help: "gdelt, icews or polecat.")
    var format: EventDataFormat

    @Option(name: [.short, .long], help: "Write the graph document here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "An actor dictionary (TSV, docs/actors.md) that extends the built-in one.")
    var actors: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one event data file, or -") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("only one input can be standard input") }
    }

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var knowledge = BuiltInKnowledge.load()
        if let actors {
            knowledge = knowledge.adding(try ActorDictionary.load(path: actors, diagnostics: &diagnostics))
        }
        var records: [EventRecord] = []
        for file in files {
            let text: String
            if file == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: file) else {
                    diagnostics.append(Diagnostic(.error, file: file, FileManager.default.fileExists(atPath: file)
                        ? "cannot be read" : "no such file"))
                    continue
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let reading = EventDataImporter.read(text, format: format, file: file == "-" ? nil : file)
            diagnostics += reading.diagnostics
            records += reading.records
        }
        for diagnostic in diagnostics { CommandIO.report(diagnostic) }
        let (document, summary) = EventImport(resolver: ActorResolver(knowledge: knowledge)).document(records)
        for note in summary.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        if summary.records == 0 {
            throw CommandError("no \(format.datasetName) event could be read from \(files.joined(separator: ", ")); nothing was written")
        }
        FileHandle.standardError.write(Data("note: \(summary.imported) of \(summary.records) \(format.datasetName) event(s) imported\n".utf8))
        try CommandIO.write(to: output) { sink in try document.writeJSON(to: sink) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

extension EventDataFormat: ExpressibleByArgument {}
