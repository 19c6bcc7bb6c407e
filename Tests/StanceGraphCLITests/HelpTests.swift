import Foundation
import Testing

@Suite("stancegraph --help")
struct HelpTests {
    @Test("lists every command with an example")
    func listsCommands() throws {
        let result = try StanceGraphBinary.run(["--help"])
        #expect(result.status == 0)
        for command in ["extract", "metrics"] {
            #expect(result.stdout.contains(command), "help should list \(command)")
        }
        #expect(result.stdout.contains("stancegraph extract Examples/"))
    }

    @Test("an unknown command fails with a usage message")
    func unknownCommand() throws {
        let result = try StanceGraphBinary.run(["frobnicate"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("frobnicate"))
    }
}
