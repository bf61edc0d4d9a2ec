import Foundation
import Testing
import PolicyParse
@testable import PolicyParseReuse

/// Paths to the reuse fixtures (`Fixtures/reuse`) and the shared corpus beside the repository.
enum ReuseFixtures {
    /// The repository root (found from this file's path).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/reuse`.
    static let folder = root.appendingPathComponent("Fixtures/reuse")

    /// `../shared/corpus/real`.
    static let realCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")

    /// Whether `../shared/corpus` is beside the repository (absent from a fresh clone).
    static let corpusPresent = FileManager.default.fileExists(atPath: realCorpus.path)

    /// The line a skipped corpus test prints.
    static let skipReason: Comment = "needs ../shared/corpus (the shared real documents, absent from a fresh clone)"

    /// True when golden files are to be rewritten.
    static let updating = ProcessInfo.processInfo.environment["POLICYPARSE_UPDATE_GOLDEN"] == "1"

    /// The fixture `name` (e.g. `central.txt`) parsed, its source recorded as `Fixtures/reuse/<name>`.
    static func document(_ name: String) throws -> Document {
        try PolicyParser.parse(bytes: [UInt8](Data(contentsOf: folder.appendingPathComponent(name))), source: "Fixtures/reuse/\(name)")
    }

    /// The alignment of local fixture `name` to `central.txt`.
    static func alignment(_ name: String) throws -> ReuseAlignment {
        ReuseAligner().align(central: try document("central.txt"), local: try document(name))
    }

    /// The real corpus file whose name starts with `prefix`, parsed.
    static func real(_ prefix: String) throws -> Document {
        let names = try FileManager.default.contentsOfDirectory(atPath: realCorpus.path)
        let name = try #require(names.sorted().first { $0.hasPrefix(prefix) })
        return try PolicyParser.parse(contentsOf: realCorpus.appendingPathComponent(name).path)
    }
}

extension ReuseAlignment {
    /// The aligned local node at `path` (the first, when a path repeats).
    func task(_ path: String) -> AlignedTask? { tasks.first { $0.path == path } }
}
