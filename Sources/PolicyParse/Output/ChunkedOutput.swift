/// A 64 KiB buffer in front of a streaming output: text is appended, and each time the buffer
/// fills it is handed to `output` and emptied, so a writer's memory does not grow with the document.
struct ChunkedOutput {
    private var buffer: [UInt8] = []
    private let output: (UnsafeBufferPointer<UInt8>) throws -> Void

    /// Bytes that make the buffer go to the output.
    static let threshold = 1 << 16

    /// Creates a buffer in front of `output`.
    init(_ output: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.output = output
        buffer.reserveCapacity(Self.threshold + 1024)
    }

    /// Appends the UTF-8 of `text`; hands the buffer on when it is full.
    mutating func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.threshold { try flush() }
    }

    /// Hands whatever is buffered to the output.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { try output($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Runs `body` with a buffer in front of the non-escaping `output`, then flushes it.
    static func with(_ output: (UnsafeBufferPointer<UInt8>) throws -> Void,
                     _ body: (inout ChunkedOutput) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in
            var chunked = ChunkedOutput(output)
            try body(&chunked)
            try chunked.flush()
        }
    }
}
