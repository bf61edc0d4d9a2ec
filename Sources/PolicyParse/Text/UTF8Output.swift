/// Collects code points as UTF-8 bytes and makes one `String` at the end: far cheaper than
/// appending to a `String.UnicodeScalarView` one code point at a time. The bytes live in memory
/// of its own (no copy-on-write checks per byte), freed when the value goes away.
struct UTF8Output: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    /// An empty output with room for `capacity` bytes (it grows when needed).
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Appends the UTF-8 form of `c`.
    @inline(__always)
    mutating func append(_ c: Unicode.Scalar) {
        if count + 4 > capacity { grow() }
        count = Self.write(c, into: UnsafeMutableBufferPointer(start: base, count: capacity), at: count)
    }

    /// Appends the UTF-8 form of every code point of `run`, with one capacity check for the run.
    @inline(__always)
    mutating func append(contentsOf run: UnsafeBufferPointer<Unicode.Scalar>) {
        while count + 4 * run.count > capacity { grow() }
        let buffer = UnsafeMutableBufferPointer(start: base, count: capacity)
        var at = count
        for c in run { at = Self.write(c, into: buffer, at: at) }
        count = at
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The text written so far.
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// The number of UTF-8 bytes `c` takes.
    @inline(__always)
    static func length(of c: Unicode.Scalar) -> Int {
        let v = c.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Writes the UTF-8 form of `c` at `index` of `buffer`; returns the index after it.
    @inline(__always)
    static func write(_ c: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let v = c.value
        if v < 0x80 {
            buffer[index] = UInt8(truncatingIfNeeded: v)
            return index + 1
        } else if v < 0x800 {
            buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return index + 2
        } else if v < 0x10000 {
            buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return index + 3
        } else {
            buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
            buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return index + 4
        }
    }
}
