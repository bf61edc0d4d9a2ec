/// Where and how a byte sequence stops being well-formed UTF-8.
struct UTF8Failure: Error, Equatable {
    /// Offset of the first byte of the ill-formed sequence (a stray byte, or the lead byte of a bad or cut-off sequence).
    var offset: Int
    /// Whether the sequence is a valid prefix cut off by the end of the input.
    var truncatedAtEnd: Bool
}

/// What a full scan of not-quite-UTF-8 bytes found: used to tell broken UTF-8 from another encoding.
struct UTF8Survey: Equatable {
    /// Well-formed multi-byte sequences (2–4 bytes).
    var valid = 0
    /// Ill-formed sequences (each maximal bad subpart counted once).
    var invalid = 0
    /// The first failure.
    var first: UTF8Failure?

    /// Broken UTF-8 rather than another encoding: the only fault is a character cut off by the end
    /// of the input, or well-formed multi-byte sequences outnumber faults at least 4 to 1 (GB18030
    /// and Big5 text of the corpus scores between 1:16 and 1:3).
    var looksLikeUTF8: Bool {
        guard let first else { return true }
        if invalid == 1 && first.truncatedAtEnd { return true }
        return valid >= 4 * invalid
    }
}

/// A validating UTF-8 decoder straight into code points (UTF-8 解码), no `String` round trip.
enum UTF8Decoder {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// At `i`: the length of a well-formed sequence (> 0), or minus the length of the maximal
    /// ill-formed subpart (< 0); `truncated` is set when a valid prefix runs into the end.
    @inline(__always)
    private static func sequence(_ p: UnsafeBufferPointer<UInt8>, at i: Int, truncated: inout Bool) -> Int {
        let b0 = p[i]
        var need = 0
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; high = 0x9F
        case 0xF0: need = 3; low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; high = 0x8F
        default: return -1
        }
        var j = i + 1
        for k in 0..<need {
            guard j < p.count else {
                truncated = true
                return -(j - i)
            }
            let b = p[j]
            let fits = k == 0 ? (b >= low && b <= high) : (b & 0xC0 == 0x80)
            guard fits else { return -(j - i) }
            j += 1
        }
        return need + 1
    }

    /// Counts well-formed multi-byte and ill-formed sequences of `bytes[start...]` in one pass.
    static func survey(_ bytes: [UInt8], from start: Int) -> UTF8Survey {
        bytes.withUnsafeBufferPointer { p in
            var result = UTF8Survey()
            var i = max(0, start)
            while i < p.count {
                if p[i] < 0x80 {
                    i += 1
                    continue
                }
                var truncated = false
                let length = sequence(p, at: i, truncated: &truncated)
                if length > 0 {
                    result.valid += 1
                    i += length
                } else {
                    result.invalid += 1
                    if result.first == nil { result.first = UTF8Failure(offset: i, truncatedAtEnd: truncated) }
                    i -= length
                }
            }
            return result
        }
    }

    /// The number of code points `bytes[start...]` holds if it is valid UTF-8 (bytes that are not continuation bytes).
    private static func leadCount(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var i = start
        var continuation = 0
        while i + 8 <= p.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // One flag bit per continuation byte (10xxxxxx), summed by a multiply: x86-64's baseline
            // has no POPCNT instruction, so `nonzeroBitCount` is a dozen instructions a word.
            let flags = (word & ~(word << 1) & highBits) >> 7
            continuation += Int(truncatingIfNeeded: (flags &* ones) >> 56)
            i += 8
        }
        while i < p.count {
            if p[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return p.count - start - continuation
    }

    /// Decodes `bytes[start...]`, throwing the first ill-formed sequence; `firstNUL` receives the offset of the first NUL byte.
    static func decode(_ bytes: [UInt8], from start: Int, firstNUL: inout Int?) throws(UTF8Failure) -> ScalarBuffer {
        var failure: UTF8Failure? = nil
        var nul: Int? = nil
        let scalars: ScalarBuffer = bytes.withUnsafeBufferPointer { p in
            let capacity = leadCount(p, from: max(0, start))
            return ScalarBuffer(capacity: capacity) { out in
                var astral: [(Int, UInt32)] = []
                guard let base = p.baseAddress, out.baseAddress != nil else { return (0, astral) }
                let raw = UnsafeRawPointer(base)
                let n = p.count
                var i = max(0, start)
                var o = 0
                while i < n {
                    let b0 = p[i]
                    if b0 < 0x80 {
                        // ASCII: eight bytes at a time while they last.
                        if i + 8 <= n && o + 8 <= capacity {
                            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                            if word & highBits == 0 {
                                if nul == nil && (word &- ones) & ~word & highBits != 0 {
                                    for k in 0..<8 where p[i + k] == 0 { nul = i + k; break }
                                }
                                for k in 0..<8 { out[o + k] = UInt16(p[i + k]) }
                                o += 8
                                i += 8
                                continue
                            }
                        }
                        guard o < capacity else { break }
                        if b0 == 0 && nul == nil { nul = i }
                        out[o] = UInt16(b0)
                        o += 1
                        i += 1
                        continue
                    }
                    // Fast path for the common case, a three-byte character (CJK) whose lead
                    // byte allows any continuation bytes (not E0 or ED).
                    if b0 >= 0xE1, b0 != 0xED, b0 <= 0xEF, i + 2 < n, o < capacity {
                        let b1 = p[i + 1]
                        let b2 = p[i + 2]
                        if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
                            out[o] = (UInt16(b0 & 0x0F) << 12) | (UInt16(b1 & 0x3F) << 6) | UInt16(b2 & 0x3F)
                            o += 1
                            i += 3
                            continue
                        }
                    }
                    var truncated = false
                    let length = sequence(p, at: i, truncated: &truncated)
                    guard length > 0, o < capacity else {
                        failure = UTF8Failure(offset: i, truncatedAtEnd: truncated)
                        break
                    }
                    switch length {
                    case 2:
                        out[o] = (UInt16(b0 & 0x1F) << 6) | UInt16(p[i + 1] & 0x3F)
                    case 3:
                        out[o] = (UInt16(b0 & 0x0F) << 12) | (UInt16(p[i + 1] & 0x3F) << 6) | UInt16(p[i + 2] & 0x3F)
                    default:
                        let value = (UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12)
                            | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
                        astral.append((o, value))
                        out[o] = ScalarBuffer.astralUnit
                    }
                    o += 1
                    i += length
                }
                return (o, astral)
            }
        }
        firstNUL = nul
        if let failure { throw failure }
        return scalars
    }
}
