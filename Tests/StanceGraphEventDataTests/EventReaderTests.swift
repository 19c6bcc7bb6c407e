import Testing
import StanceGraphModel
@testable import StanceGraphEventData

@Suite("Event data readers")
struct EventReaderTests {
    @Test("GDELT 2.0: fields by codebook position, a short row reported with its line")
    func gdelt() throws {
        let reading = GDELTReader().read(try EventDataFixtures.text("gdelt-sample.export.tsv"), file: "g.tsv")
        #expect(reading.records.count == 7)
        let first = try #require(reading.records.first)
        #expect(first.id == "900000001")
        #expect(first.date.iso == "2024-06-19")
        #expect(first.publicationDate?.iso == "2024-06-19")
        #expect(first.source == EventRecord.Actor(name: "UNITED STATES", countryCode: "USA", code: "USAGOV"))
        #expect(first.target.countryCode == "PRK")
        #expect(first.code.rawValue == "112")
        #expect(first.url == "https://news.example.org/2024/06/19/a")
        #expect(first.metadata["GoldsteinScale"] == "-2.0")
        #expect(first.metadata["NumMentions"] == "6")
        #expect(reading.diagnostics.map(\.line) == [8])
        #expect(reading.diagnostics.first?.message.contains("GDELT 2.0 has 61") == true)
    }

    @Test("GDELT 1.0 rows are refused with a message saying so")
    func gdeltOne() {
        let row = Array(repeating: "x", count: 57).joined(separator: "\t")
        let reading = GDELTReader().read(row, file: "old.tsv")
        #expect(reading.records.isEmpty)
        #expect(reading.diagnostics.first?.message.contains("GDELT 1.0") == true)
    }

    @Test("ICEWS: columns by name, leading zeros a spreadsheet dropped restored, a bad date reported")
    func icews() throws {
        let reading = ICEWSReader().read(try EventDataFixtures.text("icews-sample.tab"), file: "i.tab")
        #expect(reading.records.map(\.code.rawValue) == ["111", "036", "020", "173"])
        #expect(reading.records[0].source == EventRecord.Actor(name: "Government (Testland)", countryName: "Russian Federation"))
        #expect(reading.records[0].eventText == "Criticize or denounce")
        #expect(reading.records[0].publisher == "Example Wire")
        #expect(reading.records[0].metadata["Story ID"] == "91000001")
        #expect(reading.diagnostics.map(\.line) == [6])
    }

    @Test("ICEWS without its header says which columns are missing")
    func icewsHeader() {
        let reading = ICEWSReader().read("Event ID\tWhen\n1\t2018-01-01\n", file: "i.tab")
        #expect(reading.records.isEmpty)
        #expect(reading.diagnostics.first?.message.contains("Event Date, CAMEO Code, Source Name, Target Name") == true)
    }

    @Test("POLECAT as a table and as JSON Lines: PLOVER types become their CAMEO representatives")
    func polecat() throws {
        let table = POLECATReader().read(try EventDataFixtures.text("polecat-sample.tsv"), file: "p.tsv")
        #expect(table.records.map(\.ploverType) == ["ASSAULT", "CONSULT", "PROTEST"])
        #expect(table.records.map(\.code.rawValue) == ["190", "040", "140"])
        #expect(table.records[0].eventText == "missile")
        #expect(table.records[0].source.countryCode == "RUS")
        #expect(table.records[0].publicationDate?.iso == "2024-07-02")
        #expect(table.diagnostics.map(\.line) == [5])
        let lines = POLECATReader().read(try EventDataFixtures.text("polecat-sample.jsonl"), file: "p.jsonl")
        #expect(lines.records.map(\.id) == ["20240703-0005", "20240703-0006"])
        #expect(lines.records[0].url == "https://news.example.org/2024/07/03/h")
        #expect(lines.records[0].source.name == "European Union")
        #expect(lines.diagnostics.map(\.line) == [3])
    }

    @Test("CAMEO codes as the data sets write them", arguments: [
        ("112", "112"), ("0211", "0211"), ("42", "042"), ("20", "020"), ("211", "0211"), ("190", "190"),
        ("4", ""), ("2111", ""), ("x12", ""), ("", ""),
    ])
    func cameo(text: String, code: String) {
        #expect((EventFieldParsing.cameo(text)?.rawValue ?? "") == code)
    }

    @Test("dates as the data sets write them", arguments: [
        ("20240619", "2024-06-19"), ("20240619120000", "2024-06-19"), ("2024-06-19", "2024-06-19"),
        ("2024-06-19T08:00:00Z", "2024-06-19"), ("June 5", ""), ("20241340", ""),
    ])
    func dates(text: String, iso: String) {
        #expect((EventFieldParsing.date(text)?.iso ?? "") == iso)
    }
}
