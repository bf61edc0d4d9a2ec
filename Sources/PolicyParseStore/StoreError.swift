/// Why the corpus database could not be opened, written or queried (数据库错误).
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not there (read-only opens do not create it).
    case missing(path: String)
    /// The database was written by a newer policyparse.
    case newerSchema(found: Int, supported: Int)
    /// SQLite refused: the message names the file and SQLite's reason.
    case sqlite(path: String, message: String)
    /// A query's SQL was not read-only or not valid.
    case badQuery(message: String)

    /// One line for a person.
    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such database (create it with `policyparse index … --db \(path)`)"
        case .newerSchema(let found, let supported):
            return "the database has schema version \(found); this policyparse reads up to \(supported)"
        case .sqlite(let path, let message): return "\(path): \(message)"
        case .badQuery(let message): return message
        }
    }
}
