import Foundation
import Testing
@testable import StanceGraphModel

/// The stance tables of the README and the docs say what `EventCode.default(for:)`
/// says: the code is the truth, and these tests keep the prose from drifting.
@Suite("Documentation agrees with EventCode")
struct DocumentationAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The cells of each table row whose first cell names a stance (backticks dropped).
    static func rows(_ file: String) throws -> [Stance: [String]] {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        var rows: [Stance: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            if let first = cells.first, let stance = Stance(rawValue: first), rows[stance] == nil { rows[stance] = cells }
        }
        return rows
    }

    @Test("docs/json-format.md: default code, root and PLOVER type of every stance")
    func jsonFormat() throws {
        let rows = try Self.rows("docs/json-format.md")
        for stance in Stance.allCases {
            let cells = try #require(rows[stance], "\(stance) has no row")
            let code = EventCode.default(for: stance)
            #expect(cells[2] == code.rawValue, "\(stance)")
            #expect(cells[3] == stance.cameoRoot, "\(stance)")
            #expect(cells[4] == stance.ploverCategory, "\(stance)")
        }
    }

    @Test("README: each listed CAMEO root (or code) falls under the stance, and each listed PLOVER type is one of those roots' types")
    func readme() throws {
        let rows = try Self.rows("README.md")
        for stance in Stance.allCases {
            let cells = try #require(rows[stance], "\(stance) has no row")
            // "05 (057)", "11 (110), 09", "18, 19, 20": a root, with the code meant in brackets.
            var roots: [String] = []
            for entry in cells[2].split(separator: ",") {
                let parts = entry.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(String.init)
                guard let root = parts.first else { continue }
                roots.append(root)
                // The code in brackets falls under the stance; a bare root has a code that does.
                let codes = parts.count > 1 ? [parts[1]] : (0...9).map { "\(root)\($0)" }
                #expect(codes.contains { EventCode($0)?.stance == stance }, "\(stance): no code of \(entry) falls under it")
            }
            #expect(roots.contains(stance.cameoRoot), "\(stance): the default root \(stance.cameoRoot) is not listed")
            let types = cells[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(types.contains(stance.ploverCategory), "\(stance)")
            for type in types {
                let found = roots.contains { root in (0...9).contains { EventCode("\(root)\($0)")?.plover == type } }
                #expect(found, "\(stance): PLOVER \(type) is no type of \(roots)")
            }
        }
    }

    @Test("docs/stances.md: the PLOVER column starts with each stance's type")
    func stances() throws {
        let rows = try Self.rows("docs/stances.md")
        for stance in Stance.allCases {
            let cells = try #require(rows[stance], "\(stance) has no row")
            let plover = cells.last { !$0.isEmpty } ?? ""
            #expect(plover.split(separator: " ").first.map(String.init) == stance.ploverCategory, "\(stance): \(plover)")
        }
    }
}
