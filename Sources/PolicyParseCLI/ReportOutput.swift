import Foundation
import PolicyParse
import PolicyParseBatch
import PolicyParseReport

/// Where `policyparse report` writes: a file staged under a temporary name and renamed into place
/// (`StagedFile`), or standard output for `-` (the buffered `FileDescriptorWriter`). Errors
/// become `ReportError`s carrying the writer's one line (`cannot write plan.html: No space left
/// on device (ENOSPC)`).
final class ReportOutput {
    /// The output as named to the user.
    let name: String
    private let file: StagedFile?
    private let standardOutput: FileDescriptorWriter?

    /// Opens `path` (`-` is standard output).
    init(_ path: String) throws(ReportError) {
        name = path == "-" ? "standard output" : path
        guard path != "-" else {
            file = nil
            standardOutput = FileDescriptorWriter.standardOutput()
            return
        }
        standardOutput = nil
        do {
            file = try StagedFile(path: path)
        } catch {
            throw ReportError(output: path, message: error.message)
        }
    }

    /// A stream whose chunks go to this output.
    func stream() -> HTMLStream {
        HTMLStream { [self] (chunk: [UInt8]) throws(ReportError) in try write(chunk) }
    }

    /// Writes one chunk.
    private func write(_ bytes: [UInt8]) throws(ReportError) {
        do throws(BatchFailure) {
            try file?.write(bytes)
        } catch {
            throw ReportError(output: name, message: error.message)
        }
        do throws(OutputError) {
            try standardOutput?.write(bytes)
        } catch {
            throw ReportError(output: name, message: error.description)
        }
    }

    /// Renames the staged file into place, or flushes standard output.
    func commit() throws(ReportError) {
        do throws(BatchFailure) {
            try file?.commit()
        } catch {
            throw ReportError(output: name, message: error.message)
        }
        do throws(OutputError) {
            try standardOutput?.flush()
        } catch {
            throw ReportError(output: name, message: error.description)
        }
    }

    /// Removes the staged file, leaving any earlier file at the path untouched.
    func discard() {
        file?.discard()
    }
}
