import PolicyParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor as they arrive (without reading to the end first), in time
/// linear in the input: each byte is looked at once when searching for a line end, however long
/// the line. At most `limit` bytes of one line are held; a longer line is consumed without being
/// held and returned as oversized.
///
/// A line ends at LF, CR LF or a lone CR (old Mac files); a UTF-8 byte order mark before the first
/// line is dropped; a last line without a line end is still a line.
public struct LineReader: IteratorProtocol {
    /// One line, without its line end.
    public struct Line: Sendable, Hashable {
        /// The bytes of the line; empty when `oversized`.
        public var bytes: [UInt8]
        /// The length of a line that was longer than the limit, whose bytes were dropped.
        public var oversized: Int?

        /// Creates a line.
        public init(bytes: [UInt8], oversized: Int? = nil) {
            self.bytes = bytes
            self.oversized = oversized
        }
    }

    private let descriptor: Int32
    /// The longest line kept, in bytes.
    public let limit: Int
    private var buffer: [UInt8] = []
    /// The start of the current line in `buffer`.
    private var start = 0
    /// Bytes of the current line before `scanned` hold no line end (so they are not searched again).
    private var scanned = 0
    /// Bytes of the current line already dropped because it is longer than `limit`.
    private var dropped = 0
    private var atEnd = false
    private var atStreamStart = true
    /// The read buffer, allocated once.
    private var chunk: [UInt8] = []

    /// Reads from `descriptor` (0 for standard input), keeping lines up to `limit` bytes.
    public init(descriptor: Int32 = 0, limit: Int = ParseOptions.defaultMaxInputBytes) {
        self.descriptor = descriptor
        self.limit = max(0, limit)
    }

    /// The next line, or nil at the end of input.
    public mutating func next() -> Line? {
        if atStreamStart { skipByteOrderMark() }
        while true {
            if let (end, next) = lineEnd() {
                let length = dropped + end - start
                let line = dropped > 0 || length > limit ? Line(bytes: [], oversized: length) : Line(bytes: Array(buffer[start..<end]))
                start = next
                scanned = next
                dropped = 0
                compact()
                return line
            }
            // No line end in what is buffered: drop an over-long line's bytes (keeping a final CR,
            // whose LF may come next) so memory stays bounded by the limit plus one read.
            let pending = buffer.count - start
            if dropped + pending > limit {
                let keep = buffer.last == 0x0D ? 1 : 0
                dropped += pending - keep
                buffer.removeFirst(buffer.count - keep)
                start = 0
                scanned = 0
            }
            if atEnd {
                guard start < buffer.count || dropped > 0 else { return nil }
                let length = dropped + buffer.count - start
                let line = dropped > 0 || length > limit ? Line(bytes: [], oversized: length) : Line(bytes: Array(buffer[start...]))
                buffer.removeAll()
                start = 0
                scanned = 0
                dropped = 0
                return line
            }
            fill()
        }
    }

    /// The end of the current line and where the next starts, searching only unsearched bytes.
    /// A CR that is the last byte buffered waits for the next read (it may be the start of CR LF).
    private mutating func lineEnd() -> (end: Int, next: Int)? {
        let from = scanned
        let count = buffer.count
        // memchr for LF, then for CR before it: each byte is searched once, at memory speed.
        let hit: Int? = buffer.withUnsafeBytes { raw -> Int? in
            guard from < count, let base = raw.baseAddress else { return nil }
            let start = base + from
            let lf = memchr(start, 0x0A, count - from).map { UnsafeRawPointer($0) - start }
            let cr = memchr(start, 0x0D, lf ?? (count - from)).map { UnsafeRawPointer($0) - start }
            return (cr ?? lf).map { from + $0 }
        }
        guard let i = hit else {
            scanned = count
            return nil
        }
        if buffer[i] == 0x0A { return (i, i + 1) }
        if i + 1 < count { return (i, buffer[i + 1] == 0x0A ? i + 2 : i + 1) }
        if atEnd { return (i, i + 1) }
        scanned = i
        return nil
    }

    /// Drops a UTF-8 byte order mark at the very start of the stream.
    private mutating func skipByteOrderMark() {
        atStreamStart = false
        while buffer.count < 3 && !atEnd { fill() }
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            start = 3
            scanned = 3
        }
    }

    private mutating func compact() {
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
    }

    /// Reads up to 64 KiB and appends it to the buffer (one `memcpy`, no per-byte work).
    private mutating func fill() {
        if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return
            }
            if count < 0 && errno == EINTR { continue }
            atEnd = true
            return
        }
    }
}
