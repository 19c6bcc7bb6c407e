import Foundation
import Testing

@Suite("stancegraph --help")
struct HelpTests {
    static let commands = ["extract", "metrics", "render", "diff", "timeline", "export", "events", "import"]

    @Test("lists every command with an example")
    func listsCommands() throws {
        let result = try StanceGraphBinary.run(["--help"])
        #expect(result.status == 0)
        for command in Self.commands {
            #expect(result.stdout.contains("  \(command) "), "help should list \(command)")
            #expect(result.stdout.contains("stancegraph \(command) "), "help should show an example of \(command)")
        }
    }

    @Test("each command's help has examples and its overview fits an 80-column terminal", arguments: commands)
    func commandHelp(command: String) throws {
        // A wide terminal, so the overview comes out as written, unwrapped.
        let result = try StanceGraphBinary.run([command, "--help"], environment: ["COLUMNS": "200"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("  stancegraph \(command) "))
        // A line longer than 80 columns would be broken mid-sentence on a usual terminal.
        // The abstract (first line) is wrapped by the parser; the discussion's
        // hard line breaks are ours.
        let discussion = result.stdout.components(separatedBy: "USAGE:")[0].split(separator: "\n").dropFirst()
        let long = discussion.filter { $0.count > 80 }.map(String.init)
        #expect(long.isEmpty, "lines too long: \(long.joined(separator: " | "))")
    }

    @Test("an unknown command fails with a usage message")
    func unknownCommand() throws {
        let result = try StanceGraphBinary.run(["frobnicate"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("frobnicate"))
    }
}
