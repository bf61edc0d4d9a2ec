import GRDB
import GRDBSQLite

/// One of the writer's cached INSERT statements, bound and stepped through SQLite's C API (插入语句).
///
/// `insert(…)` takes the row's values as a parameter pack, so nothing is boxed: GRDB's
/// `execute(arguments:)` builds an array of existentials and one of `DatabaseValue`s per row, which
/// cost about a sixth of the writer's own (non-SQLite) work. Strings are copied by SQLite
/// (`SQLITE_TRANSIENT`); NULL for nil.
struct RowStatement {
    private let statement: OpaquePointer
    private let db: Database

    /// The statement for `sql` from the connection's cache.
    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: sql).sqliteStatement
    }

    /// Binds `values` to the placeholders in order and runs the statement once.
    func insert<each V: SQLBindable>(_ values: repeat each V) throws {
        var index: Int32 = 0
        for value in repeat each values {
            index += 1
            value.bind(statement, index)
        }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: String(cString: sqlite3_sql(statement)))
        }
    }
}

/// A Swift value `RowStatement` binds to a placeholder.
protocol SQLBindable {
    /// Binds the value to placeholder `index` (1-based) of `statement`.
    func bind(_ statement: OpaquePointer, _ index: Int32)
}

extension Int: SQLBindable {
    func bind(_ statement: OpaquePointer, _ index: Int32) { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Int64: SQLBindable {
    func bind(_ statement: OpaquePointer, _ index: Int32) { sqlite3_bind_int64(statement, index, self) }
}

extension Double: SQLBindable {
    func bind(_ statement: OpaquePointer, _ index: Int32) { sqlite3_bind_double(statement, index, self) }
}

extension Bool: SQLBindable {
    func bind(_ statement: OpaquePointer, _ index: Int32) { sqlite3_bind_int64(statement, index, self ? 1 : 0) }
}

extension String: SQLBindable {
    func bind(_ statement: OpaquePointer, _ index: Int32) {
        var text = self
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress, bytes.count > 0 {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    _ = sqlite3_bind_text(statement, index, $0, Int32(bytes.count), sqliteTransient)
                }
            } else {
                _ = sqlite3_bind_text(statement, index, "", 0, sqliteTransient)
            }
        }
    }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    func bind(_ statement: OpaquePointer, _ index: Int32) {
        switch self {
        case .some(let value): value.bind(statement, index)
        case .none: sqlite3_bind_null(statement, index)
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT`: the text is copied before the bind returns.
private var sqliteTransient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
