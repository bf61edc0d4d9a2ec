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

    /// Appends one record's bytes.
    func write(_ bytes: [UInt8]) throws(BatchFailure) {
        if let staged {
            try staged.write(bytes)
            return
        }
        do {
            try StandardStreams.out(bytes)
            if flushEachRecord { try StandardStreams.output.flush() }
        } catch {
            throw BatchFailure(path: "-", output: error)
        }
    }

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
