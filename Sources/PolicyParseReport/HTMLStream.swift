/// HTML on its way out: bytes collect in a buffer and go to `drain` in chunks of about 64 KiB,
/// so a report of any size is written in one pass without being held whole in memory.
///
/// Every character rule of HTML escaping (转义) is here and nowhere else:
/// - text: `&` `<` `>` become `&amp;` `&lt;` `&gt;`;
/// - attribute values (always double-quoted) also escape `"` and `'`;
/// - a carriage return is written `&#13;`, because an HTML parser turns a raw CR (and CR LF) into
///   LF, and the page must hold exactly the source's code points;
/// - NUL, which an HTML parser drops, is written `&#xFFFD;` (the one character that cannot be
///   kept; it still counts as one code point, so positions do not move).
public struct HTMLStream {
    /// Bytes not yet drained.
    private var buffer: [UInt8] = []
    /// Receives each full chunk and, at `finish()`, the rest.
    private let drain: ([UInt8]) throws(ReportError) -> Void
    /// The chunk size that triggers a drain.
    private let chunk: Int

    /// A stream handing chunks of about `chunk` bytes to `drain`.
    public init(chunk: Int = 1 << 16, drain: @escaping ([UInt8]) throws(ReportError) -> Void) {
        self.chunk = max(1024, chunk)
        self.drain = drain
        buffer.reserveCapacity(self.chunk + 1024)
    }

    /// Drains what is buffered.
    public mutating func finish() throws(ReportError) {
        if !buffer.isEmpty {
            try drain(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Drains when the buffer is full; called after every write.
    @inline(__always)
    private mutating func check() throws(ReportError) {
        if buffer.count >= chunk {
            try drain(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Markup written as is (the caller's own tags, never document text).
    package mutating func raw(_ markup: StaticString) throws(ReportError) {
        markup.withUTF8Buffer { buffer.append(contentsOf: $0) }
        try check()
    }

    /// Markup built by the report itself (numbers, ids, class names), written as is.
    package mutating func raw(_ markup: String) throws(ReportError) {
        buffer.append(contentsOf: markup.utf8)
        try check()
    }

    /// An integer in decimal.
    package mutating func int(_ value: Int) throws(ReportError) {
        try raw(String(value))
    }

    /// `text` escaped for element content.
    package mutating func text(_ text: String) throws(ReportError) {
        for c in text.unicodeScalars { append(c, attribute: false) }
        try check()
    }

    /// `text` escaped for a double-quoted attribute value.
    package mutating func attribute(_ text: String) throws(ReportError) {
        for c in text.unicodeScalars { append(c, attribute: true) }
        try check()
    }

    /// The code points `range` of `scalars`, escaped for element content (the source pane).
    package mutating func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) throws(ReportError) {
        var i = range.lowerBound
        while i < range.upperBound {
            let end = min(range.upperBound, i + chunk)
            buffer.reserveCapacity(buffer.count + (end - i) * 3)
            while i < end {
                append(scalars[i], attribute: false)
                i += 1
            }
            try check()
        }
    }

    /// Appends one code point, escaped.
    @inline(__always)
    private mutating func append(_ c: Unicode.Scalar, attribute: Bool) {
        let v = c.value
        if v < 0x80 {
            switch v {
            case 0x26: buffer.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])                   // &amp;
            case 0x3C: buffer.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                         // &lt;
            case 0x3E: buffer.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                         // &gt;
            case 0x0D: buffer.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])                   // &#13;
            case 0x00: buffer.append(contentsOf: [0x26, 0x23, 0x78, 0x46, 0x46, 0x46, 0x44, 0x3B]) // &#xFFFD;
            case 0x22 where attribute: buffer.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            case 0x27 where attribute: buffer.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])   // &#39;
            default: buffer.append(UInt8(truncatingIfNeeded: v))
            }
        } else if v < 0x800 {
            buffer.append(UInt8(truncatingIfNeeded: 0xC0 | v >> 6))
            buffer.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else if v < 0x10000 {
            buffer.append(UInt8(truncatingIfNeeded: 0xE0 | v >> 12))
            buffer.append(UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F))
            buffer.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else {
            buffer.append(UInt8(truncatingIfNeeded: 0xF0 | v >> 18))
            buffer.append(UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F))
            buffer.append(UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F))
            buffer.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        }
    }
}

extension HTMLStream {
    /// `scalars` escaped by the rules above, as a string, for HTML built as text
    /// (`ReuseHTMLFormatter`). With `attribute` (the default) quotes are escaped too, so the result
    /// is safe both as element content and inside a double-quoted attribute value.
    package static func escaped<S: Sequence<Unicode.Scalar>>(_ scalars: S, attribute: Bool = true) -> String {
        var stream = HTMLStream(chunk: 1024) { _ in }   // never drained: `check()` is not called
        for c in scalars { stream.append(c, attribute: attribute) }
        return String(decoding: stream.buffer, as: UTF8.self)
    }

    /// Renders into memory: the whole page as bytes (tests, small reports).
    public static func collect(_ body: (inout HTMLStream) throws(ReportError) -> Void) -> [UInt8] {
        final class Box: @unchecked Sendable { var bytes: [UInt8] = [] }
        let box = Box()
        var stream = HTMLStream { chunk in box.bytes.append(contentsOf: chunk) }
        do {
            try body(&stream)
            try stream.finish()
        } catch {
            // Writing to memory cannot fail.
        }
        return box.bytes
    }
}
