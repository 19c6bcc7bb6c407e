import Foundation
import Testing

/// `stancegraph metrics` run as a user runs it, on a five-country document whose
/// metrics are worked out by hand (see CentralityCalculatorTests for the arithmetic).
@Suite("stancegraph metrics")
struct MetricsCLITests {
    /// Avalon -coop- Borduria =coop x2= Carpathia; Borduria -> Dalmora (condemnation),
    /// Carpathia -> Dalmora (threat), Dalmora -> Estoria (support).
    static let document = """
    {"version": 1,
     "articles": [{"id": "a1", "date": "2024-03-01", "text": "Test."}, {"id": "a2", "date": "2024-06-15", "text": "Test."}],
     "entities": [
      {"id": "country:AVA", "name": "Avalon", "type": "country"},
      {"id": "country:BOR", "name": "Borduria", "type": "country"},
      {"id": "country:CAR", "name": "Carpathia", "type": "country"},
      {"id": "country:DAL", "name": "Dalmora", "type": "country"},
      {"id": "organization:est", "name": "Estoria, League of", "type": "organization"}],
     "relations": [
      {"id": "a1-r1", "source": "country:AVA", "target": "country:BOR", "stance": "cooperation", "article": "a1", "date": "2024-03-01"},
      {"id": "a1-r2", "source": "country:BOR", "target": "country:CAR", "stance": "cooperation", "article": "a1", "date": "2024-03-01"},
      {"id": "a2-r1", "source": "country:CAR", "target": "country:BOR", "stance": "cooperation", "article": "a2", "date": "2024-06-15"},
      {"id": "a2-r2", "source": "country:BOR", "target": "country:DAL", "stance": "condemnation", "article": "a2", "date": "2024-06-15"},
      {"id": "a2-r3", "source": "country:CAR", "target": "country:DAL", "stance": "threat", "article": "a2", "date": "2024-06-15"},
      {"id": "a2-r4", "source": "country:DAL", "target": "organization:est", "stance": "support", "article": "a2", "date": "2024-06-15"}]
    }
    """

    /// Runs `metrics` on the document written to a temporary file.
    static func metrics(_ arguments: [String]) throws -> StanceGraphBinary.Result {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.json")
        try Data(document.utf8).write(to: file)
        return try StanceGraphBinary.run(["metrics", file.path] + arguments)
    }

    static func jsonRows(_ result: StanceGraphBinary.Result) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
    }

    @Test("the table ranks the most-connected actors first, ties broken by the other metrics")
    func table() throws {
        let result = try Self.metrics([])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true).prefix(5)
                == ["rank", "actor", "type", "degree", "strength"])
        let actors = lines.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }
        #expect(actors == ["Borduria", "Dalmora", "Carpathia", "Avalon", "Estoria,"])
    }

    @Test("JSON has id, name, type and one key per metric for every actor, in the document's camelCase")
    func json() throws {
        let result = try Self.metrics(["--format", "json"])
        #expect(result.status == 0)
        let rows = try Self.jsonRows(result)
        #expect(rows.count == 5)
        #expect(Set(rows[0].keys) == ["id", "name", "type", "degree", "strength", "betweenness", "closeness",
                                      "eigenvector", "pagerank", "positiveDegree", "negativeDegree", "netStance"])
        #expect(rows[0]["id"] as? String == "country:BOR")
        #expect(rows[0]["betweenness"] as? Double == 0.5)
        #expect(rows[0]["degree"] as? Int == 3)
        #expect(rows[4]["type"] as? String == "organization")
    }

    @Test("CSV has a header of the metrics in canonical order and quotes names with commas")
    func csv() throws {
        let result = try Self.metrics(["--format", "csv", "--top", "5"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,type,degree,strength,betweenness,closeness,eigenvector,pagerank,positive_degree,negative_degree,net_stance")
        #expect(lines.count == 6)
        #expect(lines.last?.hasPrefix("organization:est,\"Estoria, League of\",organization,1,1,0,0.5,") == true)
    }

    @Test("--top keeps the N highest-ranked actors")
    func top() throws {
        let rows = try Self.jsonRows(try Self.metrics(["--format", "json", "--top", "2"]))
        #expect(rows.map { $0["name"] as? String } == ["Borduria", "Dalmora"])
    }

    @Test("--metrics computes only the named metrics and ranks by the first")
    func onlyNamedMetrics() throws {
        let rows = try Self.jsonRows(try Self.metrics(["--format", "json", "--metrics", "pagerank,in-degree"]))
        #expect(Set(rows[0].keys) == ["id", "name", "type", "pagerank", "inDegree"])
        let pagerank = rows.compactMap { $0["pagerank"] as? Double }
        #expect(pagerank == pagerank.sorted(by: >))
        #expect(rows[0]["name"] as? String == "Borduria")
    }

    @Test("--by ranks by another metric, and a view option changes the graph")
    func rankByAndView() throws {
        let byNet = try Self.jsonRows(try Self.metrics(["--format", "json", "--by", "net_stance"]))
        #expect(byNet.last?["name"] as? String == "Dalmora")
        let negative = try Self.jsonRows(try Self.metrics(["--format", "json", "--stance", "negative", "--metrics", "degree"]))
        #expect(negative.first?["name"] as? String == "Dalmora")
        #expect(negative.first?["degree"] as? Int == 2)
        let window = try Self.jsonRows(try Self.metrics(["--format", "json", "--to", "2024-03-31", "--metrics", "degree"]))
        #expect(window.compactMap { $0["degree"] as? Int } == [2, 1, 1], "actors not mentioned in the window are left out")
    }

    @Test("a bad --by names the metrics to choose from and exits non-zero")
    func badBy() throws {
        let result = try Self.metrics(["--by", "fame"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--by 'fame' is not a metric"))
        #expect(result.stderr.contains("betweenness"))
        #expect(result.stdout.isEmpty)
    }

    @Test("bad values for --metrics, --samples and --top are refused", arguments: [
        ["--metrics", "degree,fame"], ["--samples", "1"], ["--top", "0"], ["--format", "csv", "--blocs"],
    ])
    func badOptions(arguments: [String]) throws {
        let result = try Self.metrics(arguments)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }

    @Test("--balance and --blocs wrap the actors with graph-level results")
    func summary() throws {
        let result = try Self.metrics(["--format", "json", "--balance", "--blocs", "--metrics", "degree"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect((object["actors"] as? [[String: Any]])?.count == 5)
        let balance = try #require(object["balance"] as? [String: Any])
        #expect(balance["triangles"] as? Int == 1)
        #expect(balance["balanced"] as? Int == 1)
        let blocs = try #require(object["blocs"] as? [String: Any])
        let list = try #require(blocs["blocs"] as? [[String: Any]])
        #expect(list.first?["members"] as? [String] == ["country:AVA", "country:BOR", "country:CAR"])
        let table = try Self.metrics(["--balance", "--blocs"])
        #expect(table.stdout.contains("Structural balance"))
        #expect(table.stdout.contains("Blocs"))
    }

    @Test("sampled betweenness says so on standard error")
    func samplingNote() throws {
        let result = try Self.metrics(["--metrics", "betweenness", "--samples", "2"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("estimated from 2 of 5 sources"))
    }

    @Test("the document can come from standard input, and a missing file is named")
    func inputs() throws {
        let piped = try StanceGraphBinary.run(["metrics", "-", "--format", "csv"], input: Data(Self.document.utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout.split(separator: "\n").count == 6)
        let missing = try StanceGraphBinary.run(["metrics", "no-such-graph.json"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no-such-graph.json"))
    }
}
