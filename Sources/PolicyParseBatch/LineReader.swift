import PolicyParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor as they arrive (without reading to the end first), holding
/// at most `limit` bytes of one line; a longer line is consumed and returned as oversized.
public struct LineReader: IteratorProtocol {
    /// One line, without its LF (and CR).
    public struct Line: Sendable, Hashable {
        /// The bytes of the line; empty when `oversized`.
        public var bytes: [UInt8]
        /// The length of a line that was longer than the limit, whose bytes were dropped.
        public var oversized: Int?
    }

    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Reads from `descriptor` (0 for standard input), keeping lines up to `limit` bytes.
    public init(descriptor: Int32 = 0, limit: Int = ParseOptions.defaultMaxInputBytes) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line, or nil at the end of input. A last line without LF is still a line.
    public mutating func next() -> Line? {
        var dropped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                compact()
                if dropped > 0 { return Line(bytes: [], oversized: dropped + line.count) }
                return line.count > limit ? Line(bytes: [], oversized: line.count) : Line(bytes: line, oversized: nil)
            }
            if buffer.count - start > limit {
                dropped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard start < buffer.count || dropped > 0 else { return nil }
                let line = Array(buffer[start...])
                buffer.removeAll()
                start = 0
                if dropped > 0 { return Line(bytes: [], oversized: dropped + line.count) }
                return Line(bytes: line, oversized: nil)
            }
            fill()
        }
    }

    private mutating func compact() {
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private mutating func fill() {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
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
