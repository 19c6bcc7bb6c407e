import Foundation
import Testing

@Suite("stancegraph timeline")
struct TimelineCLITests {
    @Test("by month: one row per month with stance counts and top actors; runs of empty months are one row")
    func months() throws {
        let result = try StanceGraphBinary.run(["timeline", "-", "--period", "month"], input: Data(DiffCLITests.document.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("StanceGraph timeline by month: 2024-01 to 2024-03\n"))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let january = try #require(lines.first { $0.hasPrefix("  2024-01 ") })
        #expect(january.contains("Alba (2)"))
        #expect(lines.contains { $0.hasPrefix("  2024-02 ") && $0.hasSuffix("(no relations)") })
        #expect(result.stdout.contains("1 relation from 1 article with unknown dates was left out"))
    }

    @Test("CSV has every period, a column for each of the eleven stances whether it occurs or not, and the followed actor's rank")
    func csvWithActor() throws {
        let result = try StanceGraphBinary.run(["timeline", "-", "--period", "month", "--format", "csv", "--actor", "Caldor"],
                                               input: Data(DiffCLITests.document.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "period,from,to,mentions,positive,negative,cooperation,consultation,support,agreement,concern,condemnation,demand,sanction,threat,conflict,denial,active_actors,actor_rank,actor_degree,top_actors")
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("2024-02,2024-02-01,2024-02-29,0,"))
    }

    @Test("pictures: small multiples through Graphviz, or the followed actor's line chart as SVG")
    func pictures() throws {
        let input = Data(DiffCLITests.document.utf8)
        let dot = try StanceGraphBinary.run(["timeline", "-", "--format", "dot"], input: input)
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.contains("subgraph \"cluster_period-0\""))
        let chart = try StanceGraphBinary.run(["timeline", "-", "--actor", "Alba", "--format", "svg"], input: input)
        #expect(chart.status == 0, "\(chart.stderr)")
        #expect(chart.stdout.contains("Alba: degree by month"))
        let multiples = try StanceGraphBinary.run(["timeline", "-", "--actor", "Alba", "--format", "svg", "--chart", "multiples"], input: input)
        #expect(multiples.stdout.contains("cluster_period_0"))
        let refused = try StanceGraphBinary.run(["timeline", "-", "--chart", "actor", "--actor", "Alba", "--format", "png"], input: input)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("SVG only"))
    }

    @Test("an unknown actor and a bad period are refused", arguments: [
        (["--actor", "Atlantis"], "no entity has that id, name or alias"),
        (["--period", "fortnight"], "fortnight"),
        (["--period", "month", "--by", "year"], "--by is the old name of --period"),
    ])
    func refused(arguments: [String], message: String) throws {
        let result = try StanceGraphBinary.run(["timeline", "-"] + arguments, input: Data(DiffCLITests.document.utf8))
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--by, the old name of --period, still works and says so")
    func legacyBy() throws {
        let input = Data(DiffCLITests.document.utf8)
        let old = try StanceGraphBinary.run(["timeline", "-", "--by", "month"], input: input)
        let new = try StanceGraphBinary.run(["timeline", "-", "--period", "month"], input: input)
        #expect(old.status == 0)
        #expect(old.stdout == new.stdout)
        #expect(old.stderr.contains("--by is now --period"))
        #expect(!new.stderr.contains("--period"))
    }

    @Test("--from and --to take a month, a year or a window, as in every command")
    func dateForms() throws {
        let input = Data(DiffCLITests.document.utf8)
        let month = try StanceGraphBinary.run(["timeline", "-", "--from", "2024-02", "--format", "csv"], input: input)
        #expect(month.status == 0, "\(month.stderr)")
        let rows = month.stdout.split(separator: "\n").dropFirst()
        #expect(rows.map { String($0.prefix(8)) } == ["2024-02,", "2024-03,"], "the range starts at February's first day")
        let window = try StanceGraphBinary.run(["timeline", "-", "--from", "2024-01..2024-01", "--format", "csv"], input: input)
        #expect(window.status == 0, "\(window.stderr)")
        #expect(window.stdout.split(separator: "\n").count == 2)
    }

    @Test("JSON is in the graph document's style: sorted keys, \"key\": value, short objects on one line")
    func jsonStyle() throws {
        let result = try StanceGraphBinary.run(["timeline", "-", "--format", "json"], input: Data(DiffCLITests.document.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n  \"cumulative\": false,\n"))
        #expect(!result.stdout.contains("\" : "))
        #expect(result.stdout.contains("\"window\": {\"from\": \"2024-01-01\", \"to\": \"2024-01-31\"}"))
    }
}
