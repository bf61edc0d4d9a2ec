import PolicyParse

/// CSV 输出 (CSV sink): the analyst tables of `Docs/Batch.md` (`tasks.csv`, `departments.csv`,
/// `values.csv`) as a `DocumentSink`, each table streamed record by record into its own
/// `FileDescriptorWriter`. `policyparse batch --csv DIR` gives it three staged files;
/// `policyparse FILE --format csv --table T` gives it standard output for one table.
///
/// The rows are `CSVRows` (computed where the batch parses, on its worker threads); the sink only
/// writes them, so both commands write the same bytes for the same document.
///
/// ```swift
/// let sink = CSVSink(tasks: FileDescriptorWriter.standardOutput())
/// try sink.writeHeaders()                    // byte order mark and header of each table
/// try sink.write(document, id: "plan.txt")   // its rows
/// try sink.tasks?.flush()
/// ```
package struct CSVSink: DocumentSink {
    /// One of the three tables.
    package enum Table: String, Sendable, CaseIterable {
        /// `tasks.csv`: one row per node.
        case tasks
        /// `departments.csv`: one row per department mention.
        case departments
        /// `values.csv`: one row per amount, percentage, year and quantity mention.
        case values

        /// The table's file name in a `--csv` folder.
        package var fileName: String { rawValue + ".csv" }

        /// The table's header.
        package var header: [String] {
            switch self {
            case .tasks: CSVRows.taskHeader
            case .departments: CSVRows.departmentHeader
            case .values: CSVRows.valueHeader
            }
        }
    }

    /// Where `tasks.csv` goes, or nil when it is not written.
    package let tasks: FileDescriptorWriter?
    /// Where `departments.csv` goes, or nil.
    package let departments: FileDescriptorWriter?
    /// Where `values.csv` goes, or nil.
    package let values: FileDescriptorWriter?

    /// A sink writing each table given a writer.
    package init(tasks: FileDescriptorWriter? = nil, departments: FileDescriptorWriter? = nil, values: FileDescriptorWriter? = nil) {
        self.tasks = tasks
        self.departments = departments
        self.values = values
    }

    /// A sink writing only `table`, to `writer`.
    package init(_ table: Table, to writer: FileDescriptorWriter) {
        self.init(tasks: table == .tasks ? writer : nil, departments: table == .departments ? writer : nil,
                  values: table == .values ? writer : nil)
    }

    /// Starts each table: the UTF-8 byte order mark (so spreadsheet programs read the Chinese), then its header.
    package func writeHeaders() throws(OutputError) {
        for (table, writer) in tables {
            try writer.write(CSVLine.byteOrderMark)
            try CSVLine.write(table.header, to: writer)
        }
    }

    /// Writes the rows of `document`, whose stable id is `id`.
    package func write(_ document: Document, id: String) throws(OutputError) {
        try write(CSVRows(document: document, name: id))
    }

    /// Writes rows already computed (the batch computes them on its worker threads).
    package func write(_ rows: CSVRows) throws(OutputError) {
        for (table, writer) in tables {
            let records: [[String]]
            switch table {
            case .tasks: records = rows.tasks
            case .departments: records = rows.departments
            case .values: records = rows.values
            }
            for record in records { try CSVLine.write(record, to: writer) }
        }
    }

    /// The tables written, with their writers, in the order of `Table`.
    private var tables: [(Table, FileDescriptorWriter)] {
        [(Table.tasks, tasks), (.departments, departments), (.values, values)].compactMap { table, writer in writer.map { (table, $0) } }
    }
}
