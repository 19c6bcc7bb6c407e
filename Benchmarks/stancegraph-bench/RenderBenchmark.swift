import Foundation
import StanceGraphModel
import StanceGraphNetwork
import StanceGraphRendering

/// Time to draw generated graphs of 100, 1,000 and 5,000 actors: our diagram and
/// DOT generation, then in-process layout and SVG drawing through libgraphviz for
/// each layout engine.
///
///   stancegraph-bench render [--write-dot FOLDER] [--sizes 100,1000,5000] [--dot-only]
///
/// With `--write-dot`, the DOT of every (size, layout) pair that is timed is
/// written there as `graph-N-LAYOUT.dot`, so `Scripts/bench-render.sh` can time
/// Graphviz's own command-line tools on exactly the same text.
///
/// Layouts that take minutes at a size are skipped and reported as such: only
/// `sfdp` is made for thousands of nodes (see `plan`).
enum RenderBenchmark {
    /// Which layouts run at which size. On the generated 1,000-actor graph `dot`
    /// and `circo` did not finish within 400 and 300 seconds (Graphviz 2.42's
    /// command-line tools, measured); on 5,000 actors only `sfdp` finishes in
    /// reasonable time (neato's stress model is quadratic in memory and time).
    /// The others are reported as skipped rather than timed.
    static func plan(for size: Int) -> [LayoutEngine] {
        switch size {
        case ...200: return LayoutEngine.allCases
        case ...1_500: return [.neato, .fdp, .sfdp, .twopi]
        default: return [.sfdp]
        }
    }

    static func run(_ arguments: [String]) throws {
        var sizes = [100, 1_000, 5_000]
        var dotFolder: URL?
        var dotOnly = false
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--write-dot" where index + 1 < arguments.count:
                dotFolder = URL(fileURLWithPath: arguments[index + 1])
                index += 2
            case "--sizes" where index + 1 < arguments.count:
                sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
                index += 2
            case "--dot-only":
                dotOnly = true
                index += 1
            default:
                throw CommandLineError("usage: stancegraph-bench render [--write-dot FOLDER] [--sizes 100,1000,5000] [--dot-only]")
            }
        }
        if let dotFolder { try FileManager.default.createDirectory(at: dotFolder, withIntermediateDirectories: true) }

        for size in sizes {
            let document = GeneratedGraph.document(actors: size, seed: UInt64(size))
            let graph = ActorGraph(document: document)
            BenchmarkClock.report("render", "edges n=\(size)", Double(graph.edges.count), "count")
            let repetitions = size < 1_000 ? 3 : 1
            for engine in LayoutEngine.allCases {
                let options = DiagramOptions(nodeLimit: .unlimited, layout: engine)
                var dot = ""
                let generation = BenchmarkClock.best(of: repetitions) {
                    let build = DiagramBuilder(options: options).build(graph, document: document)
                    dot = DOTWriter().write(build.diagram)
                }
                if engine == .sfdp {
                    BenchmarkClock.report("render", "diagram+DOT n=\(size)", generation * 1_000, "ms")
                    BenchmarkClock.report("render", "DOT size n=\(size)", Double(dot.utf8.count) / 1_048_576, "MiB")
                }
                guard plan(for: size).contains(engine) else {
                    if !dotOnly {
                        BenchmarkClock.report("render", "layout+svg \(engine.rawValue) n=\(size) (skipped: takes minutes)", 0, "s")
                    }
                    continue
                }
                if let dotFolder {
                    try Data(dot.utf8).write(to: dotFolder.appendingPathComponent("graph-\(size)-\(engine.rawValue).dot"))
                }
                if dotOnly { continue }
                var warnings = 0
                let seconds = try BenchmarkClock.best(of: repetitions) {
                    warnings = try GraphvizRenderer().render(dot: dot, layout: engine, format: .svg).warnings.count
                }
                BenchmarkClock.report("render", "layout+svg \(engine.rawValue) n=\(size)", seconds, "s")
                fflush(nil)  // one line at a time, even through a pipe
                if warnings > 0 { FileHandle.standardError.write(Data("\(engine.rawValue) n=\(size): \(warnings) Graphviz warnings\n".utf8)) }
            }
        }
        BenchmarkClock.report("render", "peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
    }
}

/// Graph documents with the shape of real stance networks, generated from a seed
/// so every run draws the same graphs.
///
/// Preferential attachment (Barabási & Albert 1999): each new actor takes stances
/// toward two earlier ones chosen in proportion to their degree, giving the few
/// hubs and many leaves of news networks. Stances, directions, modalities,
/// mention counts and dates are drawn at random.
enum GeneratedGraph {
    static func document(actors: Int, seed: UInt64) -> GraphDocument {
        var random = SplitMix64(seed: seed)
        let types: [EntityType] = [.country, .person, .person, .organization]
        let entities = (0..<actors).map { index in
            Entity(id: EntityID(String(format: "actor:%05d", index)), name: "Actor \(index)", type: types[index % types.count])
        }
        let article = Article(id: "generated", source: "Generated", date: CalendarDate(year: 2024, month: 12, day: 31), text: "")
        var relations: [Relation] = []
        var endpoints: [Int] = [0, 1]
        let start = CalendarDate(year: 2024, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 19_723)
        for actor in 1..<max(1, actors) {
            var partners = Set<Int>()
            while partners.count < min(2, actor) {
                partners.insert(endpoints[Int(random.next() % UInt64(endpoints.count))])
            }
            for partner in partners.sorted() {
                let stance = Stance.allCases[Int(random.next() % UInt64(Stance.allCases.count))]
                let mentions = 1 + Int(random.next() % 4) * Int(random.next() % 2)
                for mention in 0..<mentions {
                    let evidence = "Actor \(actor) and actor \(partner) were reported in \(stance.rawValue), mention \(mention + 1)."
                    relations.append(Relation(
                        id: RelationID("g-\(relations.count)"), source: entities[actor].id, target: entities[partner].id,
                        stance: stance, directed: !stance.isSymmetricByDefault,
                        modality: random.next() % 10 == 0 ? .planned : .asserted,
                        date: start.adding(days: Int(random.next() % 365)), article: article.id,
                        evidence: Evidence(text: evidence, range: TextRange(start: 0, end: evidence.count)),
                        confidence: 0.8))
                }
                endpoints.append(partner)
                endpoints.append(actor)
            }
        }
        return GraphDocument(articles: [article], entities: entities, relations: relations)
    }
}

/// A small, fast, seedable random number generator (Steele, Lea & Flood 2014).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
