import Foundation
import PolicyParseBatch
import PolicyParseReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `policyparse report` writes: a file staged under a temporary name and renamed into place
/// (`StagedFile`), or standard output for `-`.
final class ReportOutput {
    /// The output as named to the user.
    let name: String
    private let file: StagedFile?

    /// Opens `path` (`-` is standard output); the error names the output.
    init(_ path: String) throws(ReportError) {
        name = path == "-" ? "standard output" : path
        guard path != "-" else {
            file = nil
            return
        }
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
        if let file {
            do {
                try file.write(bytes)
            } catch {
                throw ReportError(output: name, message: error.message)
            }
            return
        }
        do {
            try StandardStreams.out(bytes)
        } catch {
            throw ReportError(output: name, reason: error.reason)
        }
    }

    /// Renames the staged file into place, or flushes standard output.
    func commit() throws(ReportError) {
        do {
            try file?.commit()
        } catch {
            throw ReportError(output: name, message: error.message)
        }
        if file == nil {
            do {
                try StandardStreams.output.flush()
            } catch {
                throw ReportError(output: name, reason: error.reason)
            }
        }
    }

    /// Removes the staged file, leaving any earlier file at the path untouched.
    func discard() {
        file?.discard()
    }
}
