import Foundation
import GRDB
import PolicyParse

/// Writes flattened documents into an open database (写入): replaces a path's rows, deletes a path,
/// refreshes a touched file's time. Called inside the indexer's chunk transactions.
struct StoreWriter {
    let db: Database
    /// The time stamp written to `documents.indexed_at` (ISO 8601, UTC).
    let indexedAt: String

    /// A writer on `db` stamping rows with the current time.
    init(_ db: Database) {
        self.db = db
        self.indexedAt = ISO8601DateFormatter().string(from: Date())
    }

    /// Deletes the document at `path` with all its rows (the full-text rows first: FTS5 has no cascade).
    /// Statements come from the connection's cache: a run deletes once per changed file.
    func delete(path: String) throws {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?"), arguments: [path]) else { return }
        for sql in Self.deletions { try db.cachedStatement(sql: sql).execute(arguments: [id]) }
    }

    /// What `delete(path:)` runs for a document id, children first.
    private static let deletions = [
        "DELETE FROM tasks_fts WHERE rowid IN (SELECT id FROM tasks WHERE document_id = ?)",
        "DELETE FROM departments WHERE document_id = ?",
        "DELETE FROM targets WHERE document_id = ?",
        "DELETE FROM years WHERE document_id = ?",
        "DELETE FROM indicators WHERE document_id = ?",
        "DELETE FROM tasks WHERE document_id = ?",
        "DELETE FROM documents WHERE id = ?",
    ]

    /// Records a new modification time for a file whose content did not change.
    func touch(path: String, mtimeNanoseconds: Int) throws {
        try db.execute(sql: "UPDATE documents SET mtime_ns = ? WHERE path = ?", arguments: [mtimeNanoseconds, path])
    }

    /// Replaces whatever the database holds for the rows' path with the rows.
    func replace(_ rows: DocumentRows) throws {
        try delete(path: rows.document.path)
        let d = rows.document
        try RowStatement(db, sql: """
            INSERT INTO documents (path, title, issuer, jurisdiction, signed_date, period_from, period_to, document_number,
                                   encoding, sha256, size, mtime_ns, parsed_with, indexed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).insert(d.path, d.title, d.issuer, d.jurisdiction, d.signedDate, d.periodFrom, d.periodTo,
                        d.documentNumber, d.encoding, d.sha256, d.size, d.mtimeNanoseconds, d.parsedWith, indexedAt)
        let documentID = db.lastInsertedRowID
        let insertTask = try RowStatement(db, sql: """
            INSERT INTO tasks (document_id, parent_id, ordinal, path, level, style, marker, heading, text, heading_path, is_leaf, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertWords = try RowStatement(db, sql: "INSERT INTO tasks_fts (rowid, heading, text) VALUES (?, ?, ?)")
        var taskIDs: [Int64] = []
        taskIDs.reserveCapacity(rows.tasks.count)
        for (ordinal, t) in rows.tasks.enumerated() {
            try insertTask.insert(documentID, t.parent.map { taskIDs[$0] }, ordinal, t.path, t.level, t.style, t.marker,
                                  t.heading, t.text, t.headingPath, t.isLeaf, t.span.start, t.span.end)
            let id = db.lastInsertedRowID
            taskIDs.append(id)
            if !t.headingWords.isEmpty || !t.textWords.isEmpty {
                try insertWords.insert(id, t.headingWords, t.textWords)
            }
        }
        let insertDepartment = try RowStatement(db, sql: """
            INSERT INTO departments (task_id, document_id, name, canonical, role, generic, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in rows.departments {
            try insertDepartment.insert(taskIDs[m.task], documentID, m.name, m.canonical, m.role, m.generic, m.span.start, m.span.end)
        }
        let insertTarget = try RowStatement(db, sql: """
            INSERT INTO targets (task_id, document_id, kind, text, value, value_text, upper, unit, comparator,
                                 year_from, year_to, year_source, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in rows.targets {
            try insertTarget.insert(taskIDs[m.task], documentID, m.kind, m.text, m.value, m.valueText, m.upper, m.unit,
                                    m.comparator, m.year?.from, m.year?.to, m.year?.source, m.span.start, m.span.end)
        }
        let insertYear = try RowStatement(db, sql: """
            INSERT INTO years (task_id, document_id, text, year_from, year_to, month, day, deadline, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for y in rows.years {
            let m = y.mention
            try insertYear.insert(taskIDs[y.task], documentID, m.text, m.from, m.to, m.month, m.day,
                                  m.deadline ?? false, m.span.start, m.span.end)
        }
        guard !rows.indicators.isEmpty else { return }
        let insertIndicator = try RowStatement(db, sql: """
            INSERT INTO indicators (task_id, document_id, name, unit, base_year, base_text, base_value, target_year,
                                    target_text, target_value, comparator, attribute, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows.indicators {
            let i = row.indicator
            try insertIndicator.insert(taskIDs[row.task], documentID, i.name, i.unit, i.baseYear, i.baseText,
                                       i.baseValue.map(DocumentRows.double), i.targetYear, i.targetText,
                                       i.targetValue.map(DocumentRows.double), i.comparator?.rawValue, i.attribute,
                                       i.span.start, i.span.end)
        }
    }
}
