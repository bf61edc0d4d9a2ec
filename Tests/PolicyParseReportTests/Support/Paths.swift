import Foundation

/// The repository's fixtures and the shared corpus beside the repository.
enum Paths {
    /// The repository root (from this file's path).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/documents`.
    static let documents = root.appendingPathComponent("Fixtures/documents")

    /// `Fixtures/reports`: the golden report structures.
    static let reports = root.appendingPathComponent("Fixtures/reports")

    /// `../shared/corpus`.
    static let sharedCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Whether the shared corpus is there (tests that read it skip otherwise).
    static var corpusIsPresent: Bool { FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("real").path) }

    /// The fixture documents by file name.
    static var fixtureNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: documents.path)) ?? []
        return names.filter { ["txt", "md", "html", "htm"].contains(($0 as NSString).pathExtension) }.sorted()
    }

    /// Every `.txt` of the shared corpus (seeds and real), sorted.
    static var corpusFiles: [URL] {
        ["seeds", "real"].flatMap { folder -> [URL] in
            let dir = sharedCorpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    /// Whether the environment asks for golden files to be rewritten.
    static var updatingGolden: Bool { ProcessInfo.processInfo.environment["POLICYPARSE_UPDATE_GOLDEN"] == "1" }
}
