import ArgumentParser
import Foundation
import StanceGraphModel

/// Reading inputs and writing outputs the same way in every command.
enum CommandIO {
    /// Reads a graph document from a path, or from standard input for "-".
    static func readDocument(_ path: String) throws -> GraphDocument {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("\(path): no such file; give the JSON graph document written by 'stancegraph extract'")
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CommandError("\(path): the file cannot be read")
            }
            data = contents
        }
        return try GraphDocument(jsonData: data, file: path == "-" ? "<stdin>" : path)
    }

    /// Writes `data` to `path` atomically (a reader never sees half a file), or to
    /// standard output when `path` is nil or "-".
    static func write(_ data: Data, to path: String?) throws {
        try write(to: path) { sink in
            try data.withUnsafeBytes { try sink($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Streams what `produce` hands its sink to `path` atomically, or to standard
    /// output when `path` is nil or "-". When `produce` throws, nothing is left at
    /// `path` (an earlier file there stays as it was).
    static func write(
        to path: String?,
        _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void
    ) throws {
        guard let path, path != "-" else {
            let output = OutputFile.standardOutput
            try produce(output.write)
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError("\(path): the folder \(folder.path) does not exist; create it first")
        }
        let file = try OutputFile(path: path)
        do {
            try produce(file.write)
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
    }

    /// Writes text (a final newline added when missing).
    static func write(_ text: String, to path: String?) throws {
        try write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8), to: path)
    }

    /// Prints a diagnostic to standard error.
    static func report(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}

/// An error a command reports to the user as it is, with a non-zero exit.
struct CommandError: Error, CustomStringConvertible, LocalizedError {
    var description: String
    init(_ description: String) { self.description = description }
    var errorDescription: String? { description }
}
