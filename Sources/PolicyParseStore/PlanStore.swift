import Foundation
import GRDB
import PolicyParse

/// A corpus database opened for reading (方案库): the standard questions as Swift values or tables,
/// and read-only SQL for anything else. Opened with `SQLITE_OPEN_READONLY`, so nothing done through
/// it can change the file. Safe to share between threads (GRDB serialises access).
///
/// ```swift
/// let store = try PlanStore(readOnly: "plans.sqlite")
/// for count in try store.departmentCounts(top: 10) { print(count.department, count.tasks) }
/// let table = try store.search(["数据要素"], limit: 20)
/// ```
public final class PlanStore: Sendable {
    /// The database file's path.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the database at `path` read-only; fails if it is missing, not a database, or newer than this program.
    public init(readOnly path: String) throws(StoreError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "policyparse.store.read"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let version = try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
            if version > StoreSchema.currentVersion {
                throw StoreError.newerSchema(found: version, supported: StoreSchema.currentVersion)
            }
            if version == 0 { throw StoreError.sqlite(path: path, message: "not a policyparse database (no schema)") }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Opens (creating if needed) the database at `path` for writing: WAL journal, migrations run.
    static func openWriter(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "policyparse.store.write"
        configuration.prepareDatabase { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            // WAL commits do not sync (a crash may lose the last commits, never consistency); a 64 MB page
            // cache and in-memory temporaries keep the index's B-trees off the disk while a chunk is written.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { try StoreSchema.migrate($0) }
            return queue
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// A `StoreError` naming the file for a GRDB error.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError { return .sqlite(path: path, message: error.message ?? "\(error.resultCode)") }
        return .sqlite(path: path, message: "\(error)")
    }

    // MARK: - Any SQL

    /// Runs one read-only SQL statement with `arguments` bound to its `?` placeholders.
    public func table(sql: String, arguments: [QueryValue] = []) throws(StoreError) -> ResultTable {
        do {
            return try queue.read { db in
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else { throw StoreError.badQuery(message: "only read-only statements are allowed: \(sql)") }
                statement.arguments = StatementArguments(arguments.map(Self.databaseValue))
                var table = ResultTable(columns: statement.columnNames)
                let cursor = try Row.fetchCursor(statement)
                while let row = try cursor.next() {
                    table.rows.append(row.databaseValues.map(Self.queryValue))
                }
                return table
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func queryValue(_ value: DatabaseValue) -> QueryValue {
        switch value.storage {
        case .null: return .null
        case .int64(let v): return .integer(v)
        case .double(let v): return .real(v)
        case .string(let v): return .text(v)
        case .blob(let data): return .text(data.map { String(format: "%02x", $0) }.joined())
        }
    }

    static func databaseValue(_ value: QueryValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let v): return v.databaseValue
        case .real(let v): return v.databaseValue
        case .text(let v): return v.databaseValue
        }
    }
}
