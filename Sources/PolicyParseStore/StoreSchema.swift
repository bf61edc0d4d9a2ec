import GRDB

/// The database's tables (表结构), versioned with `PRAGMA user_version`: migration *n* takes a database
/// from version *n* − 1 to *n*, each in its own transaction. Docs/Database.md describes every column.
enum StoreSchema {
    /// The version a database has after every migration ran.
    static var currentVersion: Int { migrations.count }

    /// The migrations, oldest first; append, never edit one that shipped.
    static let migrations: [String] = [
        // 1: documents, tasks, mentions, full-text index (ICU words, punctuation tokens: SearchPhrase).
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            title TEXT,
            issuer TEXT,
            jurisdiction TEXT,
            signed_date TEXT,
            period_from INTEGER,
            period_to INTEGER,
            document_number TEXT,
            encoding TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            parsed_with TEXT NOT NULL,
            indexed_at TEXT NOT NULL
        );
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            path TEXT NOT NULL,
            level INTEGER NOT NULL,
            style TEXT NOT NULL,
            marker TEXT NOT NULL,
            heading TEXT NOT NULL,
            text TEXT NOT NULL,
            heading_path TEXT NOT NULL,
            is_leaf INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX tasks_document ON tasks(document_id, ordinal);
        CREATE INDEX tasks_parent ON tasks(parent_id);
        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            canonical TEXT NOT NULL,
            role TEXT NOT NULL,
            generic INTEGER NOT NULL DEFAULT 0,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX departments_canonical ON departments(canonical, role);
        CREATE INDEX departments_name ON departments(name);
        CREATE INDEX departments_task ON departments(task_id);
        CREATE INDEX departments_document ON departments(document_id);
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            value REAL NOT NULL,
            value_text TEXT NOT NULL,
            upper REAL,
            unit TEXT NOT NULL,
            comparator TEXT,
            year_from INTEGER,
            year_to INTEGER,
            year_source TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX targets_year ON targets(year_to, kind);
        CREATE INDEX targets_task ON targets(task_id);
        CREATE INDEX targets_document ON targets(document_id);
        CREATE TABLE years (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            year_from INTEGER NOT NULL,
            year_to INTEGER NOT NULL,
            month INTEGER,
            day INTEGER,
            deadline INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX years_task ON years(task_id);
        CREATE INDEX years_document ON years(document_id);
        CREATE VIRTUAL TABLE tasks_fts USING fts5(heading, text, tokenize = "unicode61 tokenchars '\(SearchPhrase.tokenPunctuation)'");
        """,
        // 2: covering indexes for `departments` (counts by canonical) and `network` (the self-join on
        // task): both read only the index (2.4 s → and 7.7 s → on 10,000 documents, Docs/Performance.md).
        """
        DROP INDEX departments_canonical;
        DROP INDEX departments_task;
        CREATE INDEX departments_canonical ON departments(canonical, role, generic, task_id, document_id);
        CREATE INDEX departments_task ON departments(task_id, canonical, role, generic);
        """,
        // 3: indicators (指标) from the plans' indicator tables, one row per table row. Documents indexed
        // before have none: their `parsed_with` is cleared, so the next `index` run reparses them.
        """
        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            unit TEXT,
            base_year INTEGER,
            base_text TEXT,
            base_value REAL,
            target_year INTEGER,
            target_text TEXT,
            target_value REAL,
            comparator TEXT,
            attribute TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX indicators_year ON indicators(target_year);
        CREATE INDEX indicators_document ON indicators(document_id);
        UPDATE documents SET parsed_with = '';
        """,
        // 4: the full-text index with FTS5's `ascii` tokenizer: the stored text is already ICU words and
        // punctuation tokens separated by spaces, which `ascii` splits as `unicode61` did (every non-ASCII
        // character is a token character), at about two thirds of the cost per row (Docs/Performance.md).
        """
        CREATE VIRTUAL TABLE tasks_fts_ascii USING fts5(heading, text, tokenize = 'ascii');
        INSERT INTO tasks_fts_ascii (rowid, heading, text) SELECT rowid, heading, text FROM tasks_fts;
        DROP TABLE tasks_fts;
        ALTER TABLE tasks_fts_ascii RENAME TO tasks_fts;
        """,
    ]

    /// Runs the migrations `db` has not had yet; fails for a database newer than this program.
    static func migrate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version > currentVersion {
            throw StoreError.newerSchema(found: version, supported: currentVersion)
        }
        for index in version..<currentVersion {
            try db.inTransaction {
                try db.execute(sql: migrations[index])
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
                return .commit
            }
        }
    }
}
