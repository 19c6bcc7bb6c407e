import Foundation
import Testing

/// One set of conventions across commands (issue 19): the date forms of
/// `--from`/`--to`, distinct option names, one JSON style, and the README
/// agreeing with what the demo writes.
@Suite("Conventions shared by every command")
struct ConventionsCLITests {
    static func run(_ arguments: [String]) throws -> StanceGraphBinary.Result {
        try StanceGraphBinary.run(arguments, input: Data(DiffCLITests.document.utf8))
    }

    @Test("metrics, render, timeline, export and events take a day, a month, a year and a window", arguments: [
        ["metrics", "-"], ["render", "-", "--format", "dot"], ["timeline", "-"], ["export", "-", "--format", "nodelink"], ["events", "-"],
    ])
    func dateForms(command: [String]) throws {
        for form in [["--from", "2024-01-10"], ["--from", "2024-01"], ["--from", "2024"], ["--to", "2024-03"],
                     ["--from", "2024-01..2024-03"], ["--from", "2024-01", "--to", "2024-03"]] {
            let result = try Self.run(command + form)
            #expect(result.status == 0, "\(command[0]) \(form): \(result.stderr)")
        }
        let reversed = try Self.run(command + ["--from", "2024-03", "--to", "2024-01"])
        #expect(reversed.status != 0, "\(command[0])")
        #expect(reversed.stderr.contains("is after --to"), "\(command[0]): \(reversed.stderr)")
    }

    @Test("metrics --from 2024-03 keeps March on: the month's first day, as the README says")
    func metricsMonth() throws {
        let month = try Self.run(["metrics", "-", "--from", "2024-03", "--format", "csv", "--metrics", "degree"])
        let day = try Self.run(["metrics", "-", "--from", "2024-03-01", "--format", "csv", "--metrics", "degree"])
        #expect(month.status == 0, "\(month.stderr)")
        #expect(month.stdout == day.stdout)
    }

    @Test("JSON of metrics, diff and timeline is in the graph document's style")
    func jsonStyle() throws {
        for arguments in [["metrics", "-", "--format", "json", "--balance"], ["diff", "-", "--from", "2024-01", "--to", "2024-03", "--format", "json"],
                          ["timeline", "-", "--format", "json"]] {
            let result = try Self.run(arguments)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\" : "), "\(arguments[0]): Foundation's separator")
            #expect(!result.stdout.contains("_"), "\(arguments[0]): snake_case keys")
            #expect(result.stdout.hasSuffix("}\n") || result.stdout.hasSuffix("]\n"))
            #expect((try? JSONSerialization.jsonObject(with: result.stdoutData)) != nil)
        }
    }

    @Test("the README's metrics excerpt is the first rows of output/metrics.txt")
    func readmeExcerpt() throws {
        let root = StanceGraphBinary.repositoryRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let metrics = try String(contentsOf: root.appendingPathComponent("output/metrics.txt"), encoding: .utf8)
        let marker = "[`output/metrics.txt`](output/metrics.txt), first rows):\n\n```\n"
        let start = try #require(readme.range(of: marker))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let excerpt = readme[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
        let lines = metrics.split(separator: "\n").map(String.init)
        #expect(excerpt.count >= 3)
        #expect(Array(lines.prefix(excerpt.count)) == excerpt)
    }

    @Test("every command lists its options in --help, the new ones included", arguments: [
        ("export", ["--format", "--metrics", "--path-length", "--view", "--from", "--to", "--stance", "--ego"]),
        ("events", ["--format", "--stance", "--from", "--to"]),
        ("import", ["--format", "--actors"]),
        ("timeline", ["--period"]),
    ])
    func help(command: String, options: [String]) throws {
        let result = try StanceGraphBinary.run([command, "--help"])
        #expect(result.status == 0)
        for option in options { #expect(result.stdout.contains(option), "\(command) \(option)") }
        if command == "timeline" { #expect(!result.stdout.contains("--by"), "--by is hidden") }
    }
}
