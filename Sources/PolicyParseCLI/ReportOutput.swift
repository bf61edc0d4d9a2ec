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
        name = path == "-" ? "<stdout>" : path
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
        var start = 0
        while start < bytes.count {
            let n = bytes[start...].withUnsafeBytes { raw in
                systemWrite(1, raw.baseAddress, raw.count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReportError(output: name, reason: String(cString: strerror(errno)))
            }
            start += n
        }
    }

    /// Renames the staged file into place (nothing for standard output).
    func commit() throws(ReportError) {
        do {
            try file?.commit()
        } catch {
            throw ReportError(output: name, message: error.message)
        }
    }

    /// Removes the staged file, leaving any earlier file at the path untouched.
    func discard() {
        file?.discard()
    }
}

/// `write(2)`, named apart from the methods called `write`.
private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, pointer, count)
    #elseif canImport(Musl)
    return Musl.write(fd, pointer, count)
    #else
    return Glibc.write(fd, pointer, count)
    #endif
}
