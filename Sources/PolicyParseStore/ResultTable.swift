/// One value of a query result (结果值): SQLite's four storage classes and NULL.
public enum QueryValue: Sendable, Hashable, CustomStringConvertible {
    /// SQL NULL.
    case null
    /// An INTEGER.
    case integer(Int64)
    /// A REAL.
    case real(Double)
    /// TEXT (BLOBs are shown as hexadecimal text).
    case text(String)

    /// The value as a person reads it; NULL is empty.
    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v):
            if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
            return String(v)
        case .text(let v): return v
        }
    }

    /// The text, or nil for anything else.
    public var string: String? { if case .text(let v) = self { return v } else { return nil } }

    /// The integer (a whole REAL too), or nil.
    public var int: Int? {
        switch self {
        case .integer(let v): return Int(v)
        case .real(let v) where v == v.rounded() && abs(v) < 9e15: return Int(v)
        default: return nil
        }
    }

    /// The number as a Double, or nil.
    public var double: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }
}

/// The result of a query (查询结果): column names and rows of values, in order.
public struct ResultTable: Sendable, Hashable {
    /// The column names.
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[QueryValue]]

    /// Creates a table.
    public init(columns: [String], rows: [[QueryValue]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The values of column `name` (empty if there is no such column).
    public func column(_ name: String) -> [QueryValue] {
        guard let index = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }

    /// Row `row` as a dictionary from column name to value.
    public func record(_ row: Int) -> [String: QueryValue] {
        Dictionary(zip(columns, rows[row]), uniquingKeysWith: { first, _ in first })
    }
}
