import Foundation
import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("Entities: actor dictionaries")
struct EntityKnowledgeTests {
    let header = "type\tid\tname\taliases\tcountry\trole\tfrom\tto\n"

    @Test("reads the columns it knows, in any order, and derives ids")
    func parse() {
        var diagnostics: [Diagnostic] = []
        let records = ActorDictionary.parse(
            "name\ttype\tcode\taliases\ndemoland\tcountry\tDML\tRepublic of Demoland|RD\nDemo Party\torganization\t\t\n",
            file: "mine.tsv", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(records.map(\.id.rawValue) == ["country:DML", "organization:demo-party"])
        #expect(records[0].aliases == ["Republic of Demoland", "RD"])
    }

    @Test("a dictionary saved with Windows line ends reads as one with Unix line ends")
    func windowsLineEnds() {
        let unix = "name\ttype\tcode\taliases\ndemoland\tcountry\tDML\tRepublic of Demoland|RD\n\n# note\nDemo Party\torganization\t\t\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        var unixDiagnostics: [Diagnostic] = []
        var windowsDiagnostics: [Diagnostic] = []
        let fromUnix = ActorDictionary.parse(unix, file: "unix.tsv", diagnostics: &unixDiagnostics)
        let fromWindows = ActorDictionary.parse(windows, file: "windows.tsv", diagnostics: &windowsDiagnostics)
        #expect(windowsDiagnostics.isEmpty)
        #expect(fromWindows.map(\.id.rawValue) == ["country:DML", "organization:demo-party"])
        #expect(fromWindows.map(\.aliases) == fromUnix.map(\.aliases))
    }

    @Test("tab-separated lines and fields are cut on bytes, keeping empty fields and non-ASCII text")
    func tabSeparatedText() {
        let lines = TabSeparatedText.lines("a\tb\r\n\nSão\t\tЖ|x\n")
        #expect(lines == ["a\tb", "", "São\t\tЖ|x", ""])
        #expect(TabSeparatedText.fields(lines[2]) == ["São", "", "Ж|x"])
        #expect(TabSeparatedText.fields("Ж|x", separator: "|") == ["Ж", "x"])
        // The edges: no text is one empty line, a lone separator two empty fields.
        #expect(TabSeparatedText.lines("") == [""])
        #expect(TabSeparatedText.lines("last line without end\r") == ["last line without end"])
        #expect(TabSeparatedText.fields("\t") == ["", ""])
        #expect(TabSeparatedText.fields("a\tb".dropFirst(2)) == ["b"])
    }

    @Test("lines with the same id are one actor with several role periods")
    func rolePeriods() {
        var diagnostics: [Diagnostic] = []
        let records = ActorDictionary.parse(header + """
            person\tperson:ana-ruiz\tAna Ruiz\tRuiz\tCHL\tforeign minister\t2010-03-11\t2014-03-11
            person\tperson:ana-ruiz\tAna Ruiz\tA. Ruiz\tCHL\tpresident\t2018-03-11\t
            """, file: "people.tsv", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(records.count == 1)
        #expect(records[0].aliases == ["Ruiz", "A. Ruiz"])
        #expect(records[0].periods.count == 2)
        #expect(records[0].role(on: CalendarDate(iso: "2012-01-01")!) == "foreign minister")
        #expect(records[0].role(on: CalendarDate(iso: "2020-01-01")!) == "president")
        #expect(records[0].role(on: CalendarDate(iso: "2016-01-01")!) == nil)
        #expect(records[0].role == "president")
    }

    @Test("bad lines are reported with their line number and skipped", arguments: [
        ("person\t\tNo Date\t\t\t\tnot-a-date\t", "'not-a-date' in column 'from' is not a date"),
        ("planet\t\tMars\t\t\t\t\t", "type must be one of"),
        ("person\t\t\t\t\t\t\t", "no name"),
        ("person\t\tLate\t\t\t\t2020-01-01\t2019-01-01", "ends (2019-01-01) before it starts"),
    ])
    func badLines(line: String, message: String) {
        var diagnostics: [Diagnostic] = []
        let records = ActorDictionary.parse(header + line + "\nperson\t\tGood Name\t\t\t\t\t\n", file: "bad.tsv", diagnostics: &diagnostics)
        #expect(records.map(\.name) == ["Good Name"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
    }

    @Test("a file without a header is refused with the columns it needs")
    func noHeader() {
        var diagnostics: [Diagnostic] = []
        let records = ActorDictionary.parse("person\tAna Ruiz\n", file: "x.tsv", diagnostics: &diagnostics)
        #expect(records.isEmpty)
        #expect(diagnostics.first?.message.contains("header") == true)
    }

    @Test("a user's actors extend the built-in knowledge and override entries with the same id")
    func userActors() {
        var diagnostics: [Diagnostic] = []
        let user = ActorDictionary.parse(header + """
            person\t\tMarta Quillen\tQuillen\tISL\tforeign minister\t2023-01-01\t
            person\tperson:antony-blinken\tAntony Blinken\tBlinken\tGBR\tambassador\t\t
            """, file: "user.tsv", diagnostics: &diagnostics)
        let knowledge = EntityFixtures.knowledge.adding(user)
        let mentions = EntityFixtures.mentions("Quillen met Blinken.", knowledge: knowledge)
        #expect(mentions.first("Quillen")?.target == "person:marta-quillen")
        #expect(knowledge.actor("person:marta-quillen")?.country == EntityID("country:ISL"))
        #expect(knowledge.actor("person:antony-blinken")?.country == EntityID("country:GBR"))
        #expect(knowledge.actors.filter { $0.id.rawValue == "person:antony-blinken" }.count == 1)
        #expect(EntityFixtures.knowledge.actor("person:antony-blinken")?.country == EntityID("country:USA"))
    }

    @Test("every built-in resource parses without a diagnostic")
    func builtInClean() {
        var diagnostics: [Diagnostic] = []
        for (file, bytes) in BuiltInKnowledge.actorFiles {
            _ = ActorDictionary.parse(String(decoding: bytes, as: UTF8.self), file: file, diagnostics: &diagnostics)
        }
        _ = EntityWords(lines: String(decoding: PackageResources.entity_words_tsv, as: UTF8.self), file: "entity-words.tsv",
                        diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(BuiltInKnowledge.roleTitles().count > 80)
        #expect(BuiltInKnowledge.institutionPatterns().count > 40)
    }

    @Test("every country reference of the built-in data names a country")
    func references() {
        for actor in EntityFixtures.knowledge.actors {
            if let country = actor.country {
                #expect(EntityFixtures.knowledge.actor(country)?.type == .country, "\(actor.name): \(country)")
            }
            for party in actor.parties {
                #expect(EntityFixtures.knowledge.actor(party) != nil, "\(actor.name): \(party)")
            }
        }
    }
}

@Suite("Entities: structural links")
struct EntityStructuralLinkTests {
    @Test("affiliation links quote the sentence that ties a person to a state")
    func affiliations() {
        let graph = EntityFixtures.graph("Talks went on. Austrian Chancellor Lena Hofbauer arrived late.")
        let link = graph.relations(.affiliation).first
        #expect(link?.source.rawValue == "person:lena-hofbauer")
        #expect(link?.target.rawValue == "country:AUT")
        #expect(link?.evidence.text == "Austrian Chancellor Lena Hofbauer arrived late.")
        #expect(link?.stance == nil)
    }

    @Test("membership is stated in several ways", arguments: [
        ("NATO member Poland sent jets.", "country:POL"),
        ("NATO members Poland and Romania sent jets.", "country:ROU"),
        ("Poland, a NATO member, sent jets.", "country:POL"),
        ("Poland, a member of NATO, sent jets.", "country:POL"),
        ("Finland joined NATO in April.", "country:FIN"),
        ("Sweden's accession to NATO was approved.", "country:SWE"),
        ("EU member states France and Italy objected.", "country:ITA"),
    ])
    func memberships(sentence: String, country: String) {
        let graph = EntityFixtures.graph(sentence)
        let links = graph.relations(.membership).map { "\($0.source.rawValue)->\($0.target.rawValue)" }
        #expect(links.contains { $0.hasPrefix(country + "->organization:") }, "\(links)")
    }

    @Test("naming a country and an organization together is no membership")
    func noMembership() {
        let graph = EntityFixtures.graph("Poland criticized NATO and the EU over the plan.")
        #expect(graph.relations(.membership).isEmpty)
    }
}
