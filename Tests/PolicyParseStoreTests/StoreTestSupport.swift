import Foundation
import PolicyParse
import PolicyParseBatch
@testable import PolicyParseStore

/// Paths and temporary corpora for the store tests.
enum StoreTestSupport {
    /// The repository root (from this file's path).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/documents`.
    static let fixtures = root.appendingPathComponent("Fixtures/documents")

    /// `../shared/corpus` beside the repository.
    static let sharedCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// True when the shared corpus is there (tests that read it are skipped otherwise).
    static var corpusIsPresent: Bool { FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("seeds").path) }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pp-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies the fixture documents (`.txt`, `.md`, `.html`: what `index` reads; not their golden
    /// JSON, outline or Markdown views) into `directory`; returns the copies' paths, sorted.
    static func copyFixtures(to directory: URL) throws -> [String] {
        var paths: [String] = []
        let documents = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
            .filter { [".txt", ".md", ".html"].contains(where: $0.hasSuffix) }
        for name in documents {
            let target = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
            paths.append(target.path)
        }
        return paths.sorted()
    }

    /// What the library's JSON holds for one document: node, department, target and year counts.
    struct Counts: Equatable, CustomStringConvertible {
        var tasks = 0
        var departments = 0
        var targets = 0
        var years = 0
        var indicators = 0
        var description: String {
            "tasks \(tasks), departments \(departments), targets \(targets), years \(years), indicators \(indicators)"
        }

        init(tasks: Int = 0, departments: Int = 0, targets: Int = 0, years: Int = 0, indicators: Int = 0) {
            self.tasks = tasks
            self.departments = departments
            self.targets = targets
            self.years = years
            self.indicators = indicators
        }

        /// The counts of `document`, the preamble's mentions included.
        init(_ document: Document) {
            func add(_ m: Mentions) {
                departments += m.departments.count
                targets += m.amounts.count + m.percentages.count + m.quantities.count
                years += m.years.count
            }
            add(document.mentions)
            for step in document.allNodes {
                tasks += 1
                add(step.node.mentions)
                indicators += step.node.indicators?.count ?? 0
            }
        }
    }

    /// The same counts read from the database for the document at `path`.
    static func storedCounts(_ store: PlanStore, path: String) throws -> Counts {
        let row = try store.table(sql: """
            SELECT (SELECT count(*) FROM tasks t WHERE t.document_id = d.id AND t.level > 0),
                   (SELECT count(*) FROM departments m WHERE m.document_id = d.id),
                   (SELECT count(*) FROM targets g WHERE g.document_id = d.id),
                   (SELECT count(*) FROM years y WHERE y.document_id = d.id),
                   (SELECT count(*) FROM indicators i WHERE i.document_id = d.id)
            FROM documents d WHERE d.path = ?
            """, arguments: [.text(path)]).rows
        guard let r = row.first else { return Counts(tasks: -1) }
        return Counts(tasks: r[0].int ?? -1, departments: r[1].int ?? -1, targets: r[2].int ?? -1, years: r[3].int ?? -1,
                      indicators: r[4].int ?? -1)
    }
}
