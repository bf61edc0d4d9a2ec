import Foundation
import PolicyParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a temporary name in its own directory and renamed into place by
/// `commit()`, so an interrupted run leaves either the old file or the complete new one, never half.
/// A target that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written
/// directly: renaming over it would replace the device with a file.
public final class StagedFile {
    /// Where the file ends up.
    public let path: String
    /// The temporary file, or nil when writing straight to a special file.
    private let temporaryPath: String?
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    /// Opens a temporary file beside `path`, creating the directory if needed.
    public init(path: String) throws(BatchFailure) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            temporaryPath = nil
            descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else {
                throw BatchFailure(path: path, kind: "unwritable", message: "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        self.temporaryPath = temporaryPath
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw BatchFailure(path: path, kind: "unwritable", message: "cannot create directory \(directory)")
        }
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw BatchFailure(path: path, kind: "unwritable", message: "cannot create \(temporaryPath): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        discard()
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(BatchFailure) {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(BatchFailure) {
        try write(Array(text.utf8))
    }

    /// Writes what is buffered, closes and renames the file into place.
    public func commit() throws(BatchFailure) {
        try flush()
        let closed = close(descriptor)
        descriptor = -1
        guard let temporaryPath else {
            guard closed == 0 else {
                throw BatchFailure(path: path, kind: "unwritable", message: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            return
        }
        guard closed == 0, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw BatchFailure(path: path, kind: "unwritable", message: "cannot write \(path): \(reason)")
        }
    }

    /// Closes and removes the temporary file without touching `path`.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        if let temporaryPath { unlink(temporaryPath) }
    }

    /// Writes `bytes` to `path` through a temporary file.
    public static func write(_ bytes: [UInt8], to path: String) throws(BatchFailure) {
        let file = try StagedFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    private func flush() throws(BatchFailure) {
        var start = 0
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress, raw.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw BatchFailure(path: path, kind: "unwritable", message: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            start += written
        }
        buffer.removeAll(keepingCapacity: true)
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
