import Foundation
import PolicyParse
import PolicyParseBatch
import GRDB
import Testing
@testable import PolicyParseStore

@Suite struct CorpusIndexerTests {
    /// Indexes `roots` into a new database in `directory`.
    static func index(_ roots: [String], into directory: URL, prune: Bool = false, jobs: Int = 2) throws -> (CorpusIndexer.Summary, String) {
        let path = directory.appendingPathComponent("plans.sqlite").path
        let summary = try CorpusIndexer(roots: roots, jobs: jobs, prune: prune).run(databasePath: path)
        return (summary, path)
    }

    @Test func everyTaskDepartmentAndTargetOfTheFixturesIsStoredOnce() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try StoreTestSupport.copyFixtures(to: directory)
        let (summary, db) = try Self.index([directory.path], into: directory)
        #expect(summary.inputs == paths.count)
        #expect(summary.indexed == paths.count)
        #expect(summary.unchanged == 0 && summary.failed == 0)
        let store = try PlanStore(readOnly: db)
        #expect(try store.documents().map(\.path) == paths)
        var total = StoreTestSupport.Counts()
        for path in paths {
            let expected = StoreTestSupport.Counts(try PolicyParser.parse(contentsOf: path))
            #expect(try StoreTestSupport.storedCounts(store, path: path) == expected, "\(path)")
            total.tasks += expected.tasks
            total.departments += expected.departments
        }
        #expect(total.tasks > 50 && total.departments > 10)
        // One full-text row per task with words; every FTS row belongs to a task.
        let orphans = try store.table(sql: "SELECT count(*) FROM tasks_fts WHERE rowid NOT IN (SELECT id FROM tasks)")
        #expect(orphans.rows[0][0].int == 0)
        // Parents belong to the same document and sit one level up.
        let badParents = try store.table(sql: """
            SELECT count(*) FROM tasks c JOIN tasks p ON p.id = c.parent_id WHERE p.document_id != c.document_id OR p.level >= c.level
            """)
        #expect(badParents.rows[0][0].int == 0)
    }

    @Test func searchMatchesWholeWordsAsAPhrase() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("plan.txt")
        try FileManager.default.copyItem(at: StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt"), to: plan)
        let (_, db) = try Self.index([plan.path], into: directory)
        let store = try PlanStore(readOnly: db)
        let full = try store.search(["网络安全产业"])
        #expect(full.rows.count >= 2)
        #expect(full.column("snippet").allSatisfy { $0.string?.contains("[网络安全产业]") == true })
        let tail = try store.search(["安全产业"])
        #expect(tail.rows.count >= full.rows.count)
        // 络安 straddles two words: no match anywhere, though the characters stand together in the text.
        #expect(try String(contentsOf: plan, encoding: .utf8).contains("络安"))
        #expect(try store.search(["络安"]).rows.isEmpty)
        // Two arguments must both match: 龙头企业 and 专项资金 share no task.
        #expect(try store.search(["龙头企业", "专项资金"]).rows.isEmpty)
        let both = try store.search(["专项资金", "关键技术"])
        #expect(both.column("task").map(\.description) == ["三.（一）"])
        // Headings weigh more: the task titled 加大资金支持 ranks first for 资金.
        #expect(try store.search(["资金"]).column("heading").first?.string == "加大资金支持")
    }

    @Test func queryWordsAreSegmentedLikeTheIndex() {
        #expect(SearchPhrase.match(["网络安全产业"]) == "\"网络 安全 产业\"")
        #expect(SearchPhrase.match(["数据要素", "2025"]) == "\"数据 要素\" AND \"2025\"")
        #expect(SearchPhrase.match(["，。"]) == nil)
        #expect(SearchPhrase.compact("推动 [网络 安全] 产业 ， 发展 5G 网络") == "推动[网络安全]产业，发展 5G 网络")
    }

    @Test func rerunsSkipUnchangedFilesReplaceChangedOnesAndPruneRemovedOnes() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let paths = try StoreTestSupport.copyFixtures(to: corpus)
        let (first, db) = try Self.index([corpus.path], into: directory)
        #expect(first.indexed == paths.count)

        let again = try Self.index([corpus.path], into: directory).0
        #expect(again.indexed == 0 && again.unchanged == paths.count)

        // Same bytes, new time: not reparsed. New bytes: that one document is replaced.
        let touched = paths[0], edited = paths[1]
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: touched)
        var text = try String(contentsOfFile: edited, encoding: .utf8)
        text += "\n五、附则\n（一）本计划自印发之日起施行。（责任部门：市政府办公厅）\n"
        try text.write(toFile: edited, atomically: false, encoding: .utf8)
        let before = try PlanStore(readOnly: db).documents()
        let third = try Self.index([corpus.path], into: directory).0
        #expect(third.indexed == 1 && third.unchanged == paths.count - 1 && third.failed == 0)
        let store = try PlanStore(readOnly: db)
        let after = try store.documents()
        #expect(after.count == paths.count)
        #expect(after.first { $0.path == touched }?.id == before.first { $0.path == touched }?.id)
        #expect(try StoreTestSupport.storedCounts(store, path: edited) == StoreTestSupport.Counts(try PolicyParser.parse(contentsOf: edited)))
        #expect(try store.tasks(department: "市政府办公厅").column("file").contains(.text(edited)))

        // A removed file stays until --prune.
        try FileManager.default.removeItem(atPath: paths[2])
        let fourth = try Self.index([corpus.path], into: directory).0
        #expect(fourth.inputs == paths.count - 1 && fourth.pruned == 0)
        #expect(try PlanStore(readOnly: db).documents().count == paths.count)
        let pruned = try Self.index([corpus.path], into: directory, prune: true).0
        #expect(pruned.pruned == 1 && pruned.unchanged == paths.count - 1)
        let left = try PlanStore(readOnly: db)
        #expect(try left.documents().map(\.path) == paths.filter { $0 != paths[2] })
        let strays = try left.table(sql: """
            SELECT (SELECT count(*) FROM tasks WHERE document_id NOT IN (SELECT id FROM documents))
                 + (SELECT count(*) FROM departments WHERE document_id NOT IN (SELECT id FROM documents))
                 + (SELECT count(*) FROM tasks_fts WHERE rowid NOT IN (SELECT id FROM tasks))
            """)
        #expect(strays.rows[0][0].int == 0)
    }

    @Test func aFileThatNoLongerDecodesIsCountedFailedAndLeavesTheDatabase() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("plan.txt")
        try FileManager.default.copyItem(at: StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt"), to: plan)
        let missing = directory.appendingPathComponent("missing.txt").path
        let (first, db) = try Self.index([plan.path, missing], into: directory)
        #expect(first.inputs == 2 && first.indexed == 1 && first.failed == 1)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: plan)
        var failures: [BatchFailure] = []
        let second = try CorpusIndexer(roots: [plan.path]).run(databasePath: db, failure: { failures.append($0) })
        #expect(second.failed == 1 && failures.map(\.path) == [plan.path])
        #expect(try PlanStore(readOnly: db).documents().isEmpty)
    }

    @Test func theReadOnlyStoreRefusesWritesAndMissingFiles() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: StoreError.missing(path: directory.appendingPathComponent("none.sqlite").path)) {
            try PlanStore(readOnly: directory.appendingPathComponent("none.sqlite").path)
        }
        let (_, db) = try Self.index([StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt").path], into: directory)
        let store = try PlanStore(readOnly: db)
        #expect(throws: StoreError.self) { try store.table(sql: "DELETE FROM documents") }
        #expect(try store.documents().count == 1)
        #expect(try store.table(sql: "PRAGMA user_version").rows[0][0].int == StoreSchema.currentVersion)
    }
}

@Suite struct StoreSchemaTests {
    @Test func anOlderDatabaseIsMigratedAndANewerOneRefused() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("old.sqlite").path
        // A version-1 file, as the first release wrote it.
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: StoreSchema.migrations[0])
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        try queue.close()
        let plan = StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt").path
        #expect(try CorpusIndexer(roots: [plan]).run(databasePath: db).indexed == 1)
        let store = try PlanStore(readOnly: db)
        #expect(try store.table(sql: "PRAGMA user_version").rows[0][0].int == StoreSchema.currentVersion)
        let indexColumns = try store.table(sql: "SELECT name FROM pragma_index_info('departments_task')").column("name")
        #expect(indexColumns.map(\.description) == ["task_id", "canonical", "role", "generic"])
        #expect(try store.networkEdges().count == 6)

        let newer = try DatabaseQueue(path: db)
        try newer.write { try $0.execute(sql: "PRAGMA user_version = \(StoreSchema.currentVersion + 1)") }
        try newer.close()
        #expect(throws: StoreError.newerSchema(found: StoreSchema.currentVersion + 1, supported: StoreSchema.currentVersion)) {
            try PlanStore(readOnly: db)
        }
        #expect(throws: StoreError.newerSchema(found: StoreSchema.currentVersion + 1, supported: StoreSchema.currentVersion)) {
            try CorpusIndexer(roots: [plan]).run(databasePath: db)
        }
    }
}
