#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An output that could not be written (输出错误): which output, what was being done, and the
/// system's error number. Thrown by `FileDescriptorWriter`; the CLI prints `description` as its one
/// line and exits 74.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// What was being done when the error happened (package: the CLI and batch choose their verb by it).
    package enum Operation: String, Hashable, Sendable {
        /// Opening or creating the output.
        case open
        /// Writing bytes.
        case write
        /// Forcing written bytes to the storage device (`fsync`).
        case sync
        /// Closing the descriptor (NFS reports late write errors here).
        case close
        /// Renaming a finished staged file into place.
        case rename
    }

    /// The output as a person knows it: a path, `standard output` or `standard error`.
    public var output: String
    /// What was being done.
    package var operation: Operation
    /// The `errno` value (`ENOSPC`, `EPIPE`, `EIO`, …).
    public var code: Int32

    /// Creates an error.
    package init(output: String, operation: Operation, code: Int32) {
        self.output = output
        self.operation = operation
        self.code = code
    }

    /// The system's sentence for `code` (`No space left on device`).
    public var reason: String { String(cString: strerror(code)) }

    /// Whether the error is about the storage, not this one output (full disk, quota, read-only
    /// file system, I/O error): every further output would fail too, so a batch stops.
    public var isStorageFailure: Bool {
        [ENOSPC, EDQUOT, EROFS, EIO, EFBIG].contains(code)
    }

    /// One line: `cannot write standard output: No space left on device (ENOSPC)`.
    public var description: String {
        let verb: String
        switch operation {
        case .open: verb = "cannot create"
        case .write, .close: verb = "cannot write"
        case .sync: verb = "cannot sync"
        case .rename: verb = "cannot publish"
        }
        let symbol = Self.symbols[code].map { " (\($0))" } ?? ""
        return "\(verb) \(output): \(reason)\(symbol)"
    }

    /// The same line, for `localizedDescription`.
    public var errorDescription: String? { description }

    private static let symbols: [Int32: String] = [
        ENOSPC: "ENOSPC", EDQUOT: "EDQUOT", EROFS: "EROFS", EIO: "EIO", EPIPE: "EPIPE",
        EACCES: "EACCES", EFBIG: "EFBIG", EBADF: "EBADF", ENOENT: "ENOENT", ENOTDIR: "ENOTDIR",
        EISDIR: "EISDIR", EEXIST: "EEXIST", ENAMETOOLONG: "ENAMETOOLONG", EPERM: "EPERM",
    ]
}
