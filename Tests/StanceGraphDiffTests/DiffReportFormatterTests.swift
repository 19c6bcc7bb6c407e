import Testing
import StanceGraphDiff
import StanceGraphModel

@Suite("DiffReportFormatter")
struct DiffReportFormatterTests {
    typealias F = Fixtures

    @Test("the text report names every kind of change and cites articles and sentences")
    func textReport() throws {
        let report = DiffReportFormatter().format(try F.diff(F.twoMonths, "2024-01", "2024-03"))
        for heading in ["Actors that appeared (1)", "Actors that disappeared (1)", "Relations that appeared (2)",
                        "Relations that grew (1)", "Relations that faded (1)", "Relations that disappeared (1)",
                        "Polarity flips (1)", "Rank changes by degree"] {
            #expect(report.contains(heading), "missing \(heading)")
        }
        #expect(report.contains("+ Alba → Estria: support, 0 → 1 mention, 2024-03-18"))
        #expect(report.contains("2024-03-18 mar-2 “Alba pledged support for Estria's election.”"))
        #expect(report.contains("~ Alba — Caldor: negative → positive"))
        #expect(report.contains("before: 2024-01-10 jan-1 “Alba condemned the Caldor border closure.”"))
        #expect(report.contains("1 relation is unchanged"))
    }

    @Test("beyond the evidence limit the remaining mentions are named by article")
    func evidenceLimit() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        let report = DiffReportFormatter(evidenceLimit: 1).format(diff)
        #expect(report.contains("added: 2024-03-04 mar-1 “Alba and Borea expanded their cooperation to ports.”"))
        #expect(report.contains("added: and 2 more mentions in mar-1, mar-2"))
        #expect(!report.contains("The two governments will cooperate on grid links as well."))
    }

    @Test("an empty diff says so")
    func empty() throws {
        let report = DiffReportFormatter().format(try F.diff(F.twoMonths, "2024-03", "2024-03"))
        #expect(report.contains("No changes"))
        #expect(!report.contains("Relations that"))
    }

    @Test("long sentences are shortened at a word boundary in text")
    func shortening() throws {
        var builder = DocumentBuilder()
        builder.entity(F.alba, "Alba")
        builder.entity(F.borea, "Borea")
        let long = "Alba and Borea agreed to cooperate on " + Array(repeating: "river transport and", count: 20).joined(separator: " ") + " ports."
        builder.article("a", date: "2024-01-02", [.stance(F.alba, .cooperation, F.borea, long)])
        let diff = try F.diff(builder.document, "2023-12-31", "2024-01-31")
        let report = DiffReportFormatter(sentenceLength: 80).format(diff)
        let line = try #require(report.split(separator: "\n").first { $0.contains("Alba and Borea agreed") })
        #expect(line.hasSuffix(" …”"))
        #expect(line.count < 120)
        #expect(try diff.jsonData().count > long.utf8.count, "the JSON keeps the sentence whole")
    }

    @Test("Markdown escapes text that would read as markup and sets ids as code")
    func markdown() throws {
        var builder = DocumentBuilder()
        builder.entity(F.alba, "Alba_*North*")
        builder.entity(F.borea, "Borea")
        builder.article("a", date: "2024-01-02", [.stance(F.alba, .cooperation, F.borea, "Alba and Borea agreed to cooperate [again].")])
        let report = DiffReportFormatter(style: .markdown).format(try F.diff(builder.document, "2023-12-31", "2024-01-31"))
        #expect(report.hasPrefix("# StanceGraph diff: up to 2023-12-31 → up to 2024-01-31\n"))
        #expect(report.contains("Alba\\_\\*North\\*"))
        #expect(report.contains("`a`"))
        #expect(report.contains("cooperate \\[again\\]."))
        #expect(report.contains("|---|---|---:|"))
    }
}
