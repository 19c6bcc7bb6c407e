import Foundation
@testable import StanceGraphIngest
import Testing

@Suite("Gzip decompression (RFC 1951 and 1952)")
struct GzipDecompressorTests {
    enum Fixture: String, CaseIterable, Sendable {
        case storedBlock, fixedHuffman, dynamicHuffman, allHeaderFields, twoMembers

        var compressed: [UInt8] {
            switch self {
            case .storedBlock: GzipFixtures.stored
            case .fixedHuffman: GzipFixtures.fixedHuffman
            case .dynamicHuffman: GzipFixtures.dynamicHuffman
            case .allHeaderFields: GzipFixtures.allHeaderFields
            case .twoMembers: GzipFixtures.twoMembers
            }
        }

        var expected: String {
            switch self {
            case .storedBlock, .allHeaderFields: GzipFixtures.shortText
            case .fixedHuffman: String(repeating: GzipFixtures.shortText, count: 3)
            case .dynamicHuffman: GzipFixtures.delegations
            case .twoMembers: "First part. Second part."
            }
        }
    }

    @Test("decodes each block type and header layout", arguments: Fixture.allCases)
    func decodesFixtures(fixture: Fixture) throws {
        #expect(String(decoding: try gunzip(fixture.compressed), as: UTF8.self) == fixture.expected)
    }

    @Test("gives the same bytes whatever the input chunk size", arguments: [1, 2, 3, 7, 64])
    func chunkSizesDoNotMatter(chunkSize: Int) throws {
        let output = try gunzip(GzipFixtures.dynamicHuffman, chunkSize: chunkSize)
        let identical = String(decoding: output, as: UTF8.self) == GzipFixtures.delegations
        #expect(identical)
    }

    /// Ways a gzip file can be damaged.
    enum Damage: String, CaseIterable, Sendable {
        case truncated, badChecksum, notGzip, wrongMethod, trailingGarbage

        func apply(_ bytes: [UInt8]) -> [UInt8] {
            var copy = bytes
            switch self {
            case .truncated: return Array(bytes.dropLast(12))
            case .badChecksum: copy[copy.count - 6] ^= 0xFF
            case .notGzip: return Array("plain text, not compressed".utf8)
            case .wrongMethod: copy[2] = 7
            case .trailingGarbage: copy += Array("junk".utf8)
            }
            return copy
        }

        var reason: String {
            switch self {
            case .truncated: "truncated"
            case .badChecksum: "CRC-32"
            case .notGzip: "not in gzip format"
            case .wrongMethod: "compression method"
            case .trailingGarbage: "after the compressed stream"
            }
        }
    }

    @Test("rejects damaged data with a reason naming the file", arguments: Damage.allCases)
    func rejectsDamage(damage: Damage) {
        do {
            _ = try gunzip(damage.apply(GzipFixtures.dynamicHuffman))
            Issue.record("\(damage): expected an error")
        } catch let error as IngestError {
            #expect(error.localizedDescription.contains(damage.reason), "\(damage): \(error.localizedDescription)")
            #expect(error.localizedDescription.hasPrefix("test.gz:"))
        } catch {
            Issue.record("\(damage): unexpected \(error)")
        }
    }

    @Test("matches Python's gzip on a large file with many blocks and far matches")
    func matchesPythonOnLargeFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            print("skipped: python3 is not available to make the fixture")
            return
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A megabyte of varied lines; Python compresses them at two levels.
        let script = """
        import gzip, random, sys
        random.seed(7)
        words = ["talks", "envoy", "summit", "treaty", "sanctions", "ceasefire", "ministers", "border", "trade", "aid"]
        lines = [" ".join(random.choice(words) for _ in range(random.randint(3, 30))) + ".\\n" for _ in range(20000)]
        data = "".join(lines).encode()
        open(sys.argv[1] + "/plain.txt", "wb").write(data)
        for level in (1, 9):
            open(sys.argv[1] + f"/level{level}.gz", "wb").write(gzip.compress(data, compresslevel=level))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, folder.url.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let plain = try [UInt8](Data(contentsOf: folder.url.appendingPathComponent("plain.txt")))
        for level in [1, 9] {
            let compressed = try [UInt8](Data(contentsOf: folder.url.appendingPathComponent("level\(level).gz")))
            let output = try gunzip(compressed, chunkSize: 65_536)
            let identical = output == plain
            #expect(output.count == plain.count, "level \(level)")
            #expect(identical, "level \(level): the decompressed bytes differ")
        }
    }

    @Test("CRC-32 of a known string")
    func crcOfKnownString() {
        var crc = CRC32()
        crc.update(Array("The quick brown fox jumps over the lazy dog".utf8))
        #expect(crc.value == 0x414F_A339)
    }
}
