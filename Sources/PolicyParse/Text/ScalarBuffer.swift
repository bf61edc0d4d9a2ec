/// Code points (码位) in 16 bits each: half the memory of `[Unicode.Scalar]`, same random access.
///
/// Nearly every character of Chinese text is in the Basic Multilingual Plane and is stored as its
/// own 16-bit value. A code point above U+FFFF is stored as the unit 0xD800 (a surrogate, never a
/// code point itself) with its value kept aside, looked up by binary search: rare in policy text,
/// still exact. Reading a character costs one comparison more than reading an array of scalars.
package struct ScalarBuffer: RandomAccessCollection, Sendable, Equatable {
    /// One unit per code point: the value itself, or 0xD800 for a code point above U+FFFF.
    private(set) var units: [UInt16]
    /// Indices of the code points above U+FFFF, ascending.
    private var astralIndices: [Int] = []
    /// Their values, in the same order.
    private var astralValues: [UInt32] = []

    /// The unit standing for any code point above U+FFFF.
    static let astralUnit: UInt16 = 0xD800

    /// An empty buffer.
    package init() { units = [] }

    /// The code points of `scalars`.
    package init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        units = []
        units.reserveCapacity(scalars.underestimatedCount)
        for c in scalars { append(c) }
    }

    /// Code points written by `body` into `capacity` units: it returns how many it wrote and the
    /// code points above U+FFFF (index, value), ascending, whose units it set to `astralUnit`.
    init(capacity: Int, writing body: (UnsafeMutableBufferPointer<UInt16>) -> (count: Int, astral: [(Int, UInt32)])) {
        var astral: [(Int, UInt32)] = []
        units = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            let written = body(buffer)
            initialized = written.count
            astral = written.astral
        }
        astralIndices = astral.map(\.0)
        astralValues = astral.map(\.1)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { units.count }
    package var count: Int { units.count }
    package var isEmpty: Bool { units.isEmpty }

    /// The code point at `i`.
    @inline(__always)
    package subscript(i: Int) -> Unicode.Scalar {
        let u = units[i]
        if _fastPath(u != Self.astralUnit) { return unsafeBitCast(UInt32(u), to: Unicode.Scalar.self) }
        return astral(at: i)
    }

    /// The code point at `i` when it is in the Basic Multilingual Plane, else U+D800 (a surrogate,
    /// which no character compares equal to): exact for tests against given characters (`>`, `[`,
    /// line breaks), one comparison cheaper than the subscript.
    @inline(__always)
    package func bmp(_ i: Int) -> Unicode.Scalar { unsafeBitCast(UInt32(units[i]), to: Unicode.Scalar.self) }

    /// The code point above U+FFFF stored at `i`.
    private func astral(at i: Int) -> Unicode.Scalar {
        var low = 0
        var high = astralIndices.count
        while low < high {
            let mid = (low + high) / 2
            if astralIndices[mid] < i { low = mid + 1 } else { high = mid }
        }
        return unsafeBitCast(astralValues[low], to: Unicode.Scalar.self)
    }

    /// Makes room for `n` code points in all.
    package mutating func reserveCapacity(_ n: Int) { units.reserveCapacity(n) }

    /// Appends one code point.
    @inline(__always)
    package mutating func append(_ c: Unicode.Scalar) {
        if _fastPath(c.value < 0xD800 || (c.value >= 0xE000 && c.value <= 0xFFFF)) {
            units.append(UInt16(truncatingIfNeeded: c.value))
        } else {
            astralIndices.append(units.count)
            astralValues.append(c.value)
            units.append(Self.astralUnit)
        }
    }

    /// Appends code points.
    package mutating func append<S: Sequence<Unicode.Scalar>>(contentsOf scalars: S) {
        for c in scalars { append(c) }
    }

    /// Appends `source[range]`.
    @inline(__always)
    package mutating func append(_ source: ScalarBuffer, _ range: Range<Int>) {
        if source.astralIndices.isEmpty {
            units.append(contentsOf: source.units[range])
        } else {
            for i in range { append(source[i]) }
        }
    }

    /// Removes the code points from `index` on.
    package mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        units.removeSubrange(range.lowerBound...)
        while let last = astralIndices.last, last >= range.lowerBound {
            astralIndices.removeLast()
            astralValues.removeLast()
        }
    }

    /// The code points as an array (4 bytes each).
    package var array: [Unicode.Scalar] { Array(self) }

    /// Calls `body` with the 16-bit units and whether any is `astralUnit` (then read through the subscript).
    @inline(__always)
    func withUnits<R>(_ body: (UnsafeBufferPointer<UInt16>, Bool) throws -> R) rethrows -> R {
        let plain = astralIndices.isEmpty
        return try units.withUnsafeBufferPointer { try body($0, plain) }
    }
}

extension String {
    /// Builds a string from code points of a buffer.
    init(scalars: Slice<ScalarBuffer>) {
        var length = 0
        for c in scalars { length += UTF8Output.length(of: c) }
        guard length > 0 else {
            self = ""
            return
        }
        self = String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for c in scalars { i = UTF8Output.write(c, into: buffer, at: i) }
            return i
        }
    }
}
