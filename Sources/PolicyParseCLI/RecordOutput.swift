import PolicyParse
import PolicyParseBatch

/// A stream of records (JSONL, CSV, report lines) going to a staged file or to standard output,
/// both through `FileDescriptorWriter`.
final class RecordOutput {
    private let staged: StagedFile?
    /// Flush standard output after every record (for `--stdin-jsonl` request/response use).
    private let flushEachRecord: Bool

    /// Opens `path` as a staged file (synced before it is published with `syncs`), or standard output for `-`.
    init(path: String, flushEachRecord: Bool = false, syncs: Bool = false) throws(BatchFailure) {
        staged = path == "-" ? nil : try StagedFile(path: path, syncs: syncs)
        self.flushEachRecord = flushEachRecord
    }

    private init(flushEachRecord: Bool) {
        staged = nil
        self.flushEachRecord = flushEachRecord
    }

    /// Standard output as a record stream.
    static func standardOutput(flushEachRecord: Bool) -> RecordOutput {
        RecordOutput(flushEachRecord: flushEachRecord)
    }

    /// The writer behind the output (the staged file's, or standard output), for sinks that stream into it.
    var writer: FileDescriptorWriter { staged?.writer ?? StandardStreams.output }

    /// Appends one record's bytes.
    func write(_ bytes: [UInt8]) throws(BatchFailure) {
        try append(bytes, lineBreak: false)
    }

    /// Appends one record's bytes and a line break, without a copy of the record.
    func writeLine(_ bytes: [UInt8]) throws(BatchFailure) {
        try append(bytes, lineBreak: true)
    }

    private func append(_ bytes: [UInt8], lineBreak: Bool) throws(BatchFailure) {
        if let staged {
            try staged.write(bytes)
            if lineBreak { try staged.write(Self.lineBreak) }
            return
        }
        do {
            try StandardStreams.out(bytes)
            if lineBreak { try StandardStreams.output.write(byte: 0x0A) }
            if flushEachRecord { try StandardStreams.output.flush() }
        } catch {
            throw BatchFailure(path: "-", output: error)
        }
    }

    private static let lineBreak: [UInt8] = [0x0A]

    /// Finishes: renames the staged file into place, or flushes standard output.
    func commit() throws(BatchFailure) {
        if let staged {
            try staged.commit()
            return
        }
        do {
            try StandardStreams.output.flush()
        } catch {
            throw BatchFailure(path: "-", output: error)
        }
    }

    /// Drops a staged file unfinished.
    func discard() {
        staged?.discard()
    }
}
