#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes with POSIX calls straight into an array, turning every failure into a
/// `PolicyParseError` that names the file.
package enum InputFile {
    /// The bytes of the file at `path`, or standard input for `-`; more than `limit` bytes is `.tooLarge`.
    package static func read(_ path: String, limit: Int = ParseOptions.defaultMaxInputBytes) throws(PolicyParseError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, path: path, sizeHint: 1 << 16, limit: limit) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            let reason = code == ENOENT ? "no such file" : (code == EACCES ? "permission denied" : describe(code))
            throw PolicyParseError(.unreadable, path: path, detail: reason)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw PolicyParseError(.unreadable, path: path, detail: describe(errno))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw PolicyParseError(.unreadable, path: path, detail: "is a directory")
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw PolicyParseError(.tooLarge, path: path, detail: "file is \(size) bytes, more than the limit of \(limit)")
        }
        return try readAll(fd: fd, path: path, sizeHint: max(size, 1 << 12), limit: limit)
    }

    /// The bytes of the file whose path is the raw bytes `fileSystemPath` (a name that is not
    /// UTF-8); errors name it `name`.
    package static func read(fileSystemPath: [UInt8], name: String, limit: Int = ParseOptions.defaultMaxInputBytes) throws(PolicyParseError) -> [UInt8] {
        let fd = (fileSystemPath + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_RDONLY | O_CLOEXEC) }
        }
        guard fd >= 0 else {
            let code = errno
            throw PolicyParseError(.unreadable, path: name, detail: code == ENOENT ? "no such file" : describe(code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw PolicyParseError(.unreadable, path: name, detail: describe(errno)) }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw PolicyParseError(.tooLarge, path: name, detail: "file is \(size) bytes, more than the limit of \(limit)")
        }
        return try readAll(fd: fd, path: name, sizeHint: max(size, 1 << 12), limit: limit)
    }

    /// Reads `fd` to its end; the array grows when the file is longer than `sizeHint` (a pipe, a growing file).
    private static func readAll(fd: Int32, path: String, sizeHint: Int, limit: Int) throws(PolicyParseError) -> [UInt8] {
        // A negative limit admits nothing; `limit - count + 1` below stays in range even for `Int.max`.
        let limit = max(0, limit)
        var bytes = [UInt8](repeating: 0, count: min(max(0, sizeHint), limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else {
                    throw PolicyParseError(.tooLarge, path: path, detail: "input is more than the limit of \(limit) bytes")
                }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, max(1, limit - count + 1))))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw PolicyParseError(.unreadable, path: path, detail: "read failed: \(describe(errno))")
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else {
            throw PolicyParseError(.tooLarge, path: path, detail: "input is more than the limit of \(limit) bytes")
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
