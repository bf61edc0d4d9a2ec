import PolicyParse

/// What happened to one input of a batch, with what the ordered outputs (JSONL, CSV) need from it.
public struct BatchOutcome: Sendable {
    /// How the input ended.
    public enum Status: Sendable {
        /// Parsed (and written to `--out`, if given).
        case converted
        /// Its `--out` JSON was newer than the input and was kept.
        case skipped
        /// It could not be read, parsed or written.
        case failed(BatchFailure)
    }

    /// The input.
    public var input: BatchInput
    /// How it ended.
    public var status: Status
    /// The document's one-line JSON, when JSONL was asked for and the input did not fail.
    public var jsonLine: [UInt8]?
    /// The document's CSV rows, when CSV was asked for and the input did not fail.
    public var rows: CSVRows?

    /// Creates an outcome.
    public init(input: BatchInput, status: Status, jsonLine: [UInt8]? = nil, rows: CSVRows? = nil) {
        self.input = input
        self.status = status
        self.jsonLine = jsonLine
        self.rows = rows
    }
}
