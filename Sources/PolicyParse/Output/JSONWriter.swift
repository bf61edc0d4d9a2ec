import Foundation

/// Writes a `Document` as the contract's JSON, by hand: the same keys and values the model's
/// `Codable` conformance reads back, several times faster than `JSONEncoder`.
///
/// Keys come in the contract's order; optional values that are nil are omitted; spans are
/// `[start, end]`; numbers are exact decimals.
///
/// `encode` builds the whole JSON in memory; `write(_:pretty:to:)` streams it through a bounded
/// buffer (64 KiB, long strings passed straight through), so writing a large document costs no
/// memory in proportion to it.
public struct JSONWriter: MentionFieldWriter, ValueKindVisitor {
    /// Pretty output indents two spaces per level and puts each key on its own line.
    public var pretty: Bool
    private var bytes: [UInt8] = []
    private var depth = 0
    /// Where full buffers go when streaming; false from it stops the writing (the error is kept by the caller).
    private var sink: ((UnsafeBufferPointer<UInt8>) -> Bool)?
    /// Set once the sink has refused bytes: nothing more is written.
    private var stopped = false
    /// The object a value mention is writing its fields into (see `MentionFieldWriter`).
    private var fields = ObjectState()
    /// The node or document whose value mentions are being written, and its object (see `visit`).
    private var holder = Mentions()
    private var holderState = ObjectState()

    /// Buffered bytes that make the streaming writer hand the buffer to its sink.
    static let flushThreshold = 1 << 16

    /// Creates a writer; `pretty: false` writes one line (JSON Lines).
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The UTF-8 JSON of `document` (no trailing newline).
    public static func encode(_ document: Document, pretty: Bool = true) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.bytes.reserveCapacity(4096 + document.text.utf8.count * 2)
        writer.write(document)
        return writer.bytes
    }

    /// Streams the UTF-8 JSON of `document` to `output` in pieces of about 64 KiB, then a line
    /// break when `newline` is true (JSON Lines). The bytes are exactly those of `encode`; an
    /// error thrown by `output` stops the writing and is rethrown.
    public static func write(_ document: Document, pretty: Bool = true, newline: Bool = false,
                             to output: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var failure: (any Error)?
        withoutActuallyEscaping(output) { output in
            var writer = JSONWriter(pretty: pretty)
            writer.bytes.reserveCapacity(flushThreshold + 4096)
            writer.sink = { buffer in
                do {
                    try output(buffer)
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            writer.write(document)
            if newline { writer.bytes.append(0x0A) }
            writer.flush()
            writer.sink = nil
        }
        if let failure { throw failure }
    }

    /// Hands the buffer to the sink (streaming only) and empties it.
    private mutating func flush() {
        guard let sink else { return }
        if !stopped, !bytes.isEmpty {
            stopped = !bytes.withUnsafeBufferPointer { sink($0) }
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes when the buffer has grown past the threshold (streaming only).
    @inline(__always)
    private mutating func flushIfFull() {
        if sink != nil, bytes.count >= Self.flushThreshold { flush() }
    }

    /// Appends `run`, or when streaming and it is long, passes it to the sink without copying; the
    /// buffer so never holds much more than twice the threshold.
    @inline(__always)
    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        if run.count >= Self.flushThreshold, let sink {
            flush()
            if !stopped { stopped = !sink(run) }
        } else {
            bytes.append(contentsOf: run)
            flushIfFull()
        }
    }

    /// The JSON of `document` as a string.
    public static func string(_ document: Document, pretty: Bool = true) -> String {
        String(decoding: encode(document, pretty: pretty), as: UTF8.self)
    }

    // MARK: Document and nodes

    private mutating func write(_ d: Document) {
        var o = ObjectState()
        open("{")
        key("schemaVersion", &o); int(d.schemaVersion)
        key("source", &o); optionalString(d.source)
        key("encoding", &o); string(d.encoding)
        key("title", &o); optionalString(d.title)
        key("metadata", &o); metadata(d.metadata)
        key("text", &o); string(d.text)
        key("span", &o); span(d.span)
        mentions(d, &o)
        key("children", &o); nodes(d.children)
        if let closing = d.closing {
            // 落款: one node without children, after the tree.
            key("closing", &o)
            var c = ObjectState()
            open("{")
            nodeFields(closing, &c)
            key("children", &c); raw("[]")
            close("}", c)
        }
        key("diagnostics", &o); array(d.diagnostics) { $0.write($1) }
        close("}", o)
    }

    /// One list of sibling nodes being written.
    private struct Frame {
        var nodes: [Node]
        var next = 0
        var list = ObjectState()
        /// The state of the node object that owns this `children` list; nil for the top level.
        var owner: ObjectState?
    }

    /// Writes nodes without recursion on the Swift stack, so any nesting depth is safe.
    private mutating func nodes(_ top: [Node]) {
        guard !top.isEmpty else {
            raw("[]")
            return
        }
        open("[")
        var stack = [Frame(nodes: top)]
        while let k = stack.indices.last {
            guard stack[k].next < stack[k].nodes.count else {
                let frame = stack.removeLast()
                close("]", frame.list)
                if let owner = frame.owner { close("}", owner) }
                continue
            }
            let n = stack[k].nodes[stack[k].next]
            stack[k].next += 1
            flushIfFull()
            element(&stack[k].list)
            var o = ObjectState()
            open("{")
            nodeFields(n, &o)
            key("children", &o)
            if n.children.isEmpty {
                raw("[]")
                close("}", o)
            } else {
                open("[")
                stack.append(Frame(nodes: n.children, owner: o))
            }
        }
    }

    /// A node's fields up to its children.
    private mutating func nodeFields(_ n: Node, _ o: inout ObjectState) {
        key("marker", &o); string(n.marker)
        key("style", &o); string(n.style.rawValue)
        key("ordinal", &o); int(n.ordinal)
        key("level", &o); int(n.level)
        key("heading", &o); string(n.heading)
        key("text", &o); string(n.text)
        key("span", &o); span(n.span)
        mentions(n, &o)
        if let indicators = n.indicators { key("indicators", &o); array(indicators) { $0.write($1) } }
    }

    private mutating func mentions<M: MentionHolding>(_ m: M, _ o: inout ObjectState) {
        key("departments", &o); array(m.departments) { $0.write($1) }
        holder = m.mentions
        holderState = o
        Mentions.visitKinds(&self)
        o = holderState
        holder = Mentions()
    }

    /// Writes the array of one kind of value mention of `holder`, under the kind's key.
    package mutating func visit<M: ValueMention>(_ kind: M.Type) {
        var o = holderState
        key(M.key, &o)
        holderState = o
        array(holder[keyPath: M.path]) { writer, value in
            writer.fields = ObjectState()
            writer.open("{")
            value.writeFields(to: &writer)
            writer.close("}", writer.fields)
        }
    }

    /// The key of a value mention's field, in the object the mention is writing.
    private mutating func fieldKey(_ key: StaticString) {
        var o = fields
        self.key(key, &o)
        fields = o
    }

    package mutating func field(_ key: StaticString, _ value: String) { fieldKey(key); string(value) }
    package mutating func field(_ key: StaticString, _ value: Decimal) { fieldKey(key); decimal(value) }
    package mutating func field(_ key: StaticString, _ value: Int) { fieldKey(key); int(value) }
    package mutating func field(_ key: StaticString, _ value: Bool) { fieldKey(key); bool(value) }
    package mutating func field(_ key: StaticString, _ value: Span) { fieldKey(key); span(value) }

    // MARK: Mentions

    private mutating func write(_ d: Department) {
        var o = ObjectState()
        open("{")
        key("name", &o); string(d.name)
        key("role", &o); string(d.role.rawValue)
        if let canonical = d.canonical { key("canonical", &o); string(canonical) }
        if let generic = d.generic { key("generic", &o); bool(generic) }
        key("span", &o); span(d.span)
        if let spans = d.spans { key("spans", &o); array(spans) { $0.span($1) } }
        close("}", o)
    }

    private mutating func write(_ x: Indicator) {
        var o = ObjectState()
        open("{")
        key("name", &o); string(x.name)
        if let unit = x.unit { key("unit", &o); string(unit) }
        if let year = x.baseYear { key("baseYear", &o); int(year) }
        if let text = x.baseText { key("baseText", &o); string(text) }
        if let value = x.baseValue { key("baseValue", &o); decimal(value) }
        if let year = x.targetYear { key("targetYear", &o); int(year) }
        if let text = x.targetText { key("targetText", &o); string(text) }
        if let value = x.targetValue { key("targetValue", &o); decimal(value) }
        if let comparator = x.comparator { key("comparator", &o); string(comparator.rawValue) }
        if let attribute = x.attribute { key("attribute", &o); string(attribute) }
        key("span", &o); span(x.span)
        close("}", o)
    }

    private mutating func write(_ d: Diagnostic) {
        var o = ObjectState()
        open("{")
        key("severity", &o); string(d.severity.rawValue)
        key("code", &o); string(d.code)
        key("message", &o); string(d.message)
        key("span", &o); span(d.span)
        key("line", &o); int(d.line)
        key("column", &o); int(d.column)
        close("}", o)
    }

    private mutating func metadata(_ fields: [String: String]) {
        guard !fields.isEmpty else {
            raw("{}")
            return
        }
        var o = ObjectState()
        open("{")
        for k in fields.keys.sorted() {
            key(k, &o)
            string(fields[k] ?? "")
        }
        close("}", o)
    }

    // MARK: Layout

    /// Whether an object or array has members yet.
    private struct ObjectState {
        var count = 0
    }

    private mutating func open(_ bracket: StaticString) {
        raw(bracket)
        depth += 1
    }

    private mutating func close(_ bracket: StaticString, _ state: ObjectState) {
        depth -= 1
        if state.count > 0 { newline() }
        raw(bracket)
    }

    private mutating func element(_ state: inout ObjectState) {
        if state.count > 0 { bytes.append(UInt8(ascii: ",")) }
        state.count += 1
        newline()
    }

    /// A key of the contract: plain ASCII that needs no escaping, copied as it is.
    private mutating func key(_ name: StaticString, _ state: inout ObjectState) {
        element(&state)
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    /// A key from the data (metadata fields), escaped like any string.
    private mutating func key(_ name: String, _ state: inout ObjectState) {
        element(&state)
        string(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func array<T>(_ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        guard !items.isEmpty else {
            raw("[]")
            return
        }
        var o = ObjectState()
        open("[")
        for item in items {
            element(&o)
            body(&self, item)
            flushIfFull()
        }
        close("]", o)
    }

    // MARK: Scalars

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Decimal digits written straight into the buffer (no `String` made).
    private mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, Int.min has 19
        withUnsafeMutableBytes(of: &digits) { buffer in
            var k = buffer.count
            repeat {
                k -= 1
                buffer[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[k...]))
        }
    }

    private mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    private mutating func decimal(_ value: Decimal) {
        if value.isNaN || !value.isFinite {
            raw("null")
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    private mutating func span(_ s: Span) {
        bytes.append(UInt8(ascii: "["))
        int(s.start)
        bytes.append(UInt8(ascii: ","))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        int(s.end)
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `s` quoted and escaped: runs that need no escape are copied in one go, found eight
    /// bytes at a time.
    private mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = utf8.count
            var runStart = 0
            var i = 0
            while i < n {
                if i + 8 <= n {
                    // Eight bytes of multi-byte characters (Chinese text) need no test beyond their high bits.
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if word & Self.highBits == Self.highBits || !Self.needsEscape(word) {
                        i += 8
                        continue
                    }
                }
                // Byte by byte through the rest of this word (or the tail).
                let stop = min(n, i + 8)
                while i < stop {
                    let b = utf8[i]
                    if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F {
                        if runStart < i { append(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                        escape(b)
                        runStart = i + 1
                    }
                    i += 1
                }
            }
            if runStart < n { append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes of `word` is a control character (< 0x20), `"`, `\\` or DEL.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highBits != 0 }
        let below20 = (word &- 0x20 &* ones) & ~word & highBits != 0
        return below20 || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones)) || hasZero(word ^ (0x7F &* ones))
    }

    /// Writes the escape sequence of one byte that JSON strings may not hold as it is.
    private mutating func escape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      JSONWriter.hex[Int(b >> 4)], JSONWriter.hex[Int(b & 0xF)]])
        }
    }
}
