import PolicyParse
import PolicyParseBatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of records (JSONL, CSV, report lines) going to a staged file or to standard output.
final class RecordOutput {
    private let staged: StagedFile?
    private var buffer: [UInt8] = []
    /// Write standard output after every record (for `--stdin-jsonl` request/response use).
    private let flushEachRecord: Bool

    /// Opens `path` as a staged file, or standard output for `-`.
    init(path: String, flushEachRecord: Bool = false) throws(BatchFailure) {
        staged = path == "-" ? nil : try StagedFile(path: path)
        self.flushEachRecord = flushEachRecord
    }

    /// Appends one record's bytes.
    func write(_ bytes: [UInt8]) throws(BatchFailure) {
        if let staged {
            try staged.write(bytes)
            return
        }
        buffer += bytes
        if flushEachRecord || buffer.count >= 1 << 16 { try flushStandardOutput() }
    }

    /// Finishes: renames the staged file into place, or flushes standard output.
    func commit() throws(BatchFailure) {
        if let staged { try staged.commit() } else { try flushStandardOutput() }
    }

    /// Drops a staged file unfinished.
    func discard() {
        staged?.discard()
    }

    private func flushStandardOutput() throws(BatchFailure) {
        var start = 0
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { raw in
                #if canImport(Darwin)
                Darwin.write(1, raw.baseAddress, raw.count)
                #else
                Glibc.write(1, raw.baseAddress, raw.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw BatchFailure(path: "<stdout>", kind: "unwritable", message: "cannot write to standard output")
            }
            start += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
