import Foundation
import Testing
@testable import PolicyParse

/// Paths to the repository's fixtures and the shared corpus beside it.
enum Corpus {
    /// The repository root (found from this file's path).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` next to the repository.
    static let sharedCorpus: URL = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Whether `../shared/corpus` is beside the repository. The real documents are not part of the
    /// project, so a fresh `git clone` has no corpus: every test or suite that reads it carries
    /// `.enabled(if: Corpus.isPresent, Corpus.skipReason)` and is skipped with that one line there.
    /// CI (`.ci/run`) runs with the corpus present, and also once from a fresh clone without it.
    static let isPresent: Bool = {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("seeds").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }()

    /// The line a skipped corpus test prints.
    static let skipReason: Comment = "needs ../shared/corpus (the shared real documents, absent from a fresh clone)"

    /// `Fixtures/` in the repository.
    static let fixtures: URL = root.appendingPathComponent("Fixtures")

    /// Every `.txt` file of the shared corpus (seeds and real), sorted.
    static var files: [URL] {
        ["seeds", "real"].flatMap { folder -> [URL] in
            let dir = sharedCorpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    /// The corpus file whose name starts with `prefix` in `folder` (`seeds`, `real`).
    static func file(_ folder: String, _ prefix: String) -> URL? {
        files.first { $0.deletingLastPathComponent().lastPathComponent == folder && $0.lastPathComponent.hasPrefix(prefix) }
    }

    /// The decoded source of a file.
    static func decoded(_ url: URL) throws -> DecodedText {
        try TextDecoder.decode([UInt8](Data(contentsOf: url)))
    }
}
