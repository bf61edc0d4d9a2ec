import Foundation
import PolicyParse
import PolicyParseBatch
import GRDB
import Testing
@testable import PolicyParseStore

/// The `indicators` table (migration 3) and `query indicators`.
@Suite struct IndicatorStoreTests {
    static let table = StoreTestSupport.fixtures.appendingPathComponent("18-indicator-table.html")

    @Test func indicatorTableRowsAreStoredWithTheirValues() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (summary, db) = try CorpusIndexerTests.index([Self.table.path], into: directory)
        #expect(summary.indexed == 1)
        let store = try PlanStore(readOnly: db)
        let all = try store.indicators()
        #expect(all.column("indicator").map(\.description) == ["城镇污水处理率", "河湖水面率", "黑臭水体"])
        let first = try #require(all.rows.first)
        func value(_ column: String) -> QueryValue { first[all.columns.firstIndex(of: column) ?? 0] }
        #expect(value("unit") == .text("%"))
        #expect(value("base_year") == .integer(2020))
        #expect(value("base_text") == .text("95"))
        #expect(value("target_year") == .integer(2025))
        #expect(value("target_text") == .text("≥98%"))
        #expect(value("target_value") == .real(98))
        #expect(value("comparator") == .text("gte"))
        #expect(value("attribute") == .text("约束性"))
        // 黑臭水体's target 基本消除 is no number: its value and comparator stay empty.
        let last = try #require(all.rows.last)
        #expect(last[all.columns.firstIndex(of: "target_value") ?? 0] == .null)
        #expect(last[all.columns.firstIndex(of: "target_text") ?? 0] == .text("基本消除"))

        #expect(try store.indicators(year: 2025).rows.count == 3)
        #expect(try store.indicators(year: 2030).rows.isEmpty)
        #expect(try store.indicators(name: "污水").column("indicator").map(\.description) == ["城镇污水处理率"])
        #expect(try store.indicators(jurisdiction: "上海市").rows.isEmpty)
        // The `sql` example of Docs/Database.md.
        let binding = try store.table(sql: """
            SELECT d.jurisdiction, i.name, i.unit, i.base_text, i.target_text
            FROM indicators i JOIN documents d ON d.id = i.document_id
            WHERE i.target_year = 2025 AND i.attribute = '约束性' ORDER BY d.jurisdiction, i.name;
            """)
        #expect(binding.column("name").map(\.description) == ["城镇污水处理率", "黑臭水体"])
        // The span is the table row in the source.
        let span = try store.table(sql: "SELECT start, \"end\" FROM indicators ORDER BY id LIMIT 1").rows[0]
        #expect(span == [.integer(205), .integer(268)])
    }

    @Test func aVersion2DatabaseGetsIndicatorsAndKeepsItsFullTextRows() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("plan.html")
        try FileManager.default.copyItem(at: Self.table, to: path)
        let db = directory.appendingPathComponent("v2.sqlite").path
        // A version-2 file holding the document as the previous release wrote it: same content hash and
        // parser version, so without migration 3 the next run would leave it (and its missing indicators) alone.
        let bytes = [UInt8](try Data(contentsOf: path))
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: StoreSchema.migrations[0])
            try db.execute(sql: StoreSchema.migrations[1])
            try db.execute(sql: "PRAGMA user_version = 2")
            try db.execute(sql: """
                INSERT INTO documents (id, path, encoding, sha256, size, mtime_ns, parsed_with, indexed_at)
                VALUES (1, ?, 'UTF-8', ?, ?, 0, ?, '2026-12-01T00:00:00Z')
                """, arguments: [path.path, SHA256.hex(bytes), bytes.count, PolicyParser.version])
            try db.execute(sql: """
                INSERT INTO tasks (id, document_id, ordinal, path, level, style, marker, heading, text, heading_path, is_leaf, start, "end")
                VALUES (7, 1, 0, '', 0, 'preamble', '', '', '推进数据要素市场化', '', 1, 0, 9)
                """)
            try db.execute(sql: "INSERT INTO tasks_fts (rowid, heading, text) VALUES (7, '', '推进 数据 要素 市场化')")
        }
        try queue.close()

        let migrated = try PlanStore.openWriter(db)
        let (version, parsedWith, indicators) = try migrated.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "SELECT parsed_with FROM documents"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM indicators"))
        }
        #expect(version == StoreSchema.currentVersion)
        #expect(parsedWith == "")
        #expect(indicators == 0)
        try migrated.close()
        // The full-text rows moved to the new table and are found as before.
        #expect(try PlanStore(readOnly: db).search(["数据要素"]).column("task_id") == [.integer(7)])
        #expect(try PlanStore(readOnly: db).search(["据要"]).rows.isEmpty)

        let summary = try CorpusIndexer(roots: [path.path]).run(databasePath: db)
        #expect(summary.indexed == 1 && summary.unchanged == 0)
        let store = try PlanStore(readOnly: db)
        #expect(try StoreTestSupport.storedCounts(store, path: path.path) == StoreTestSupport.Counts(try PolicyParser.parse(contentsOf: path.path)))
        #expect(try store.indicators().rows.count == 3)
        #expect(try store.search(["数据要素"]).rows.isEmpty)
    }

    @Test(.enabled(if: StoreTestSupport.corpusIsPresent, "needs ../shared/corpus (the shared real documents, absent from a fresh clone)"))
    func theSharedCorpusIsStoredWithTheCountsOfItsJSON() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let roots = ["seeds", "real"].map { StoreTestSupport.sharedCorpus.appendingPathComponent($0).path }
        let (summary, db) = try CorpusIndexerTests.index(roots, into: directory)
        #expect(summary.failed == 0 && summary.indexed == summary.inputs)
        let store = try PlanStore(readOnly: db)
        var total = StoreTestSupport.Counts()
        for document in try store.documents() {
            let expected = StoreTestSupport.Counts(try PolicyParser.parse(contentsOf: document.path))
            #expect(try StoreTestSupport.storedCounts(store, path: document.path) == expected, "\(document.path)")
            total.tasks += expected.tasks
            total.indicators += expected.indicators
        }
        #expect(total.tasks > 1000)
        let stored = try store.table(sql: "SELECT count(*) FROM indicators").rows[0][0].int
        #expect(stored == total.indicators)
    }
}

/// The index's word segmentation (`FieldSegmenter`) against the library's `Segmenter`.
@Suite struct FieldSegmenterTests {
    @Test func fieldWordsAreTheSegmenterWordsOfEachLineWithPunctuationBetween() throws {
        let text = try String(contentsOf: StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let fields = FieldSegmenter().segment(lines)
        #expect(fields.count == lines.count)
        var words = 0
        for (line, field) in zip(lines, fields) {
            let scalars = Array(line.unicodeScalars)
            let expected = Segmenter().words(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
            // Punctuation between two words is one token (`。（`), made of nothing else.
            let found = field.split(separator: " ").map(String.init).filter { token in
                !token.unicodeScalars.allSatisfy(SearchPhrase.isTokenPunctuation)
            }
            #expect(found == expected, "\(line)")
            words += found.count
        }
        #expect(words > 300)
        // Pieces cut between fields give the same words.
        #expect(FieldSegmenter(pieceLength: 64).segment(lines) == fields)
        // Punctuation between two words is a token; a field without words is empty; no word crosses a line.
        #expect(FieldSegmenter().segment(["加快发展，推动创新", "。", "数据\n要素"]) == ["加快 发展 ， 推动 创新", "", "数据 要素"])
        #expect(FieldSegmenter().segment(["数\n据"]) == ["数 据"])
        // Characters beyond the BMP (𠮷, a surrogate pair in UTF-16) and ASCII come back as written.
        let wide = FieldSegmenter().segment(["𠮷野家发布5G应用"])[0]
        #expect(wide.hasPrefix("𠮷") && wide.contains("5G") && !wide.contains("\u{FFFD}"))
    }
}
