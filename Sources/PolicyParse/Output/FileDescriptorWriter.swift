#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one buffered writer behind every output (输出): standard output, standard error, staged
/// files, JSONL and CSV records. Bytes collect in a buffer and go to the descriptor with `write(2)`
/// when it is full, on `flush()` and on `close()`; every failure is thrown as an `OutputError`
/// naming the output, never a trap.
///
/// ```swift
/// let out = FileDescriptorWriter.standardOutput()
/// try out.write("{\"schemaVersion\":1}")
/// try out.write([0x0A])
/// try out.flush()            // nothing is written for sure before flush() or close()
/// ```
///
/// The rules:
/// - Partial writes are continued, `EINTR` is retried, and a non-blocking descriptor that is not
///   ready (`EAGAIN`) is waited for with `poll(2)`, so a write either completes or throws.
/// - The first error is kept: every later `write`, `flush` or `close` throws it again, and nothing
///   more reaches the descriptor (a stream never continues after a hole).
/// - `EPIPE` is an error like any other. With `SIGPIPE` at its default a closed pipe ends the
///   process before `write(2)` returns; `policyparse` ignores `SIGPIPE`, so it sees `EPIPE` here.
/// - Buffered bytes not yet flushed when the writer goes away are dropped, not written: a caller
///   that wants them calls `flush()` or `close()` and handles the error.
/// - One writer belongs to one thread at a time (it is not `Sendable`).
public final class FileDescriptorWriter {
    /// The output as named in errors: a path, `standard output`, `standard error`.
    public let name: String
    /// The descriptor written to.
    public let descriptor: Int32
    /// The number of bytes handed to `write(2)` so far (excluding what is still buffered).
    public private(set) var bytesWritten = 0
    /// The first error, after which the writer refuses to write.
    public private(set) var failure: OutputError?

    private let ownsDescriptor: Bool
    private let capacity: Int
    private var buffer: [UInt8] = []
    private var isClosed = false

    /// Writes to an open `descriptor`, named `name` in errors. With `closesDescriptor`, `close()`
    /// closes it. `bufferSize` bytes are collected before a `write(2)` (64 KiB by default; 0
    /// writes every call through at once).
    public init(descriptor: Int32, name: String, closesDescriptor: Bool = false, bufferSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.name = name
        self.ownsDescriptor = closesDescriptor
        self.capacity = max(0, bufferSize)
        buffer.reserveCapacity(self.capacity)
    }

    /// Creates (or truncates) the file at `path` and writes to it; `close()` closes it.
    public convenience init(creatingFileAt path: String, permissions: UInt32 = 0o644, bufferSize: Int = 1 << 16) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(permissions))
        guard fd >= 0 else { throw OutputError(output: path, operation: .open, code: errno) }
        self.init(descriptor: fd, name: path, closesDescriptor: true, bufferSize: bufferSize)
    }

    /// A writer on descriptor 1, named `standard output`.
    public static func standardOutput(bufferSize: Int = 1 << 16) -> FileDescriptorWriter {
        FileDescriptorWriter(descriptor: 1, name: "standard output", bufferSize: bufferSize)
    }

    /// A writer on descriptor 2, named `standard error`, unbuffered (each call is one `write(2)`).
    public static func standardError() -> FileDescriptorWriter {
        FileDescriptorWriter(descriptor: 2, name: "standard error", bufferSize: 0)
    }

    deinit {
        if ownsDescriptor && !isClosed { _ = systemClose(descriptor) }
    }

    // MARK: Writing

    /// Appends the bytes of `raw`.
    public func write(_ raw: UnsafeRawBufferPointer) throws(OutputError) {
        try checkOpen()
        if raw.isEmpty { return }
        if buffer.count + raw.count <= capacity {
            buffer.append(contentsOf: raw)
            if buffer.count == capacity { try flush() }
            return
        }
        try flush()
        if raw.count < capacity {
            buffer.append(contentsOf: raw)
        } else {
            try writeThrough(raw)
        }
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        var failure: OutputError?
        bytes.withUnsafeBytes { raw in failure = attempt(raw) }
        if let failure { throw failure }
    }

    /// Appends `bytes`.
    public func write(_ bytes: ArraySlice<UInt8>) throws(OutputError) {
        var failure: OutputError?
        bytes.withUnsafeBytes { raw in failure = attempt(raw) }
        if let failure { throw failure }
    }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(OutputError) {
        var text = text
        var failure: OutputError?
        text.withUTF8 { utf8 in failure = attempt(UnsafeRawBufferPointer(utf8)) }
        if let failure { throw failure }
    }

    /// Appends one byte.
    public func write(byte: UInt8) throws(OutputError) {
        try checkOpen()
        buffer.append(byte)
        if buffer.count >= capacity { try flush() }
    }

    /// Hands everything buffered to the descriptor.
    public func flush() throws(OutputError) {
        try checkOpen()
        guard !buffer.isEmpty else { return }
        var failure: OutputError?
        buffer.withUnsafeBytes { raw in
            do throws(OutputError) { try writeThrough(raw) } catch { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw failure }
    }

    /// Flushes, then asks the system to put the bytes on the storage device (`fsync(2)`).
    /// Descriptors that cannot be synced (pipes, terminals, `/dev/null`) are accepted as they are.
    public func sync() throws(OutputError) {
        try flush()
        while fsync(descriptor) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == EINVAL || code == EROFS && !isRegularFile || code == ENOTSUP { return }
            throw fail(.sync, code)
        }
    }

    /// Flushes and, when the writer owns its descriptor, closes it. Closing twice does nothing.
    public func close() throws(OutputError) {
        if isClosed, failure == nil { return }
        try flush()
        isClosed = true
        guard ownsDescriptor else { return }
        if systemClose(descriptor) != 0, errno != EINTR { throw fail(.close, errno) }
    }

    /// Closes without flushing and without reporting errors: the buffered bytes are dropped.
    public func abandon() {
        buffer.removeAll()
        guard !isClosed else { return }
        isClosed = true
        if ownsDescriptor { _ = systemClose(descriptor) }
    }

    // MARK: Internals

    /// `write(raw)`, returning its error instead of throwing (for use inside `withUnsafeBytes`).
    private func attempt(_ raw: UnsafeRawBufferPointer) -> OutputError? {
        do throws(OutputError) { try write(raw) } catch { return error }
        return nil
    }

    private var isRegularFile: Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private func checkOpen() throws(OutputError) {
        if let failure { throw failure }
        if isClosed { throw fail(.write, EBADF) }
    }

    private func fail(_ operation: OutputError.Operation, _ code: Int32) -> OutputError {
        let error = OutputError(output: name, operation: operation, code: code)
        failure = error
        return error
    }

    /// `write(2)` until every byte is taken.
    private func writeThrough(_ raw: UnsafeRawBufferPointer) throws(OutputError) {
        guard let base = raw.baseAddress else { return }
        var done = 0
        while done < raw.count {
            let n = systemWrite(descriptor, base + done, raw.count - done)
            if n > 0 {
                done += n
                bytesWritten += n
                continue
            }
            let code = n < 0 ? errno : EIO
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
                continue
            }
            throw fail(.write, code)
        }
    }
}

/// `write(2)`, named apart from the methods called `write`.
private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, pointer, count)
    #elseif canImport(Musl)
    return Musl.write(fd, pointer, count)
    #else
    return Glibc.write(fd, pointer, count)
    #endif
}

/// `close(2)`, named apart from the method called `close`.
private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
    return Darwin.close(fd)
    #elseif canImport(Musl)
    return Musl.close(fd)
    #else
    return Glibc.close(fd)
    #endif
}
