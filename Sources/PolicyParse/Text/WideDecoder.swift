/// Decodes UTF-16 and UTF-32 (宽字符编码) in either byte order, failing on the first bad unit.
enum WideDecoder {
    /// The UTF forms this decoder handles, with the name reported as `DecodedText.encoding`.
    enum Form: String {
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case utf32LE = "UTF-32LE"
        case utf32BE = "UTF-32BE"

        /// Bytes per code unit.
        var unitSize: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
        /// Whether the least significant byte comes first.
        var littleEndian: Bool { self == .utf16LE || self == .utf32LE }
    }

    /// Decodes `bytes[start...]` as `form`. A byte count that is not a whole number of units, an
    /// unpaired surrogate or a value above U+10FFFF is `.undecodable`; U+0000 is `.nulByte`.
    static func decode(_ bytes: [UInt8], from start: Int, as form: Form) throws(PolicyParseError) -> [Unicode.Scalar] {
        let size = form.unitSize
        let length = bytes.count - start
        guard length % size == 0 else {
            let at = bytes.count - length % size
            throw PolicyParseError(.undecodable, byteOffset: at,
                                   detail: "\(form.rawValue) input has \(length) bytes after the byte order mark, not a multiple of \(size); the last unit is cut off at byte \(at)")
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(length / size)
        var failure: PolicyParseError? = nil
        bytes.withUnsafeBufferPointer { p in
            @inline(__always) func unit(_ i: Int) -> UInt32 {
                if size == 2 {
                    return form.littleEndian ? UInt32(p[i]) | UInt32(p[i + 1]) << 8 : UInt32(p[i]) << 8 | UInt32(p[i + 1])
                }
                return form.littleEndian
                    ? UInt32(p[i]) | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 3]) << 24
                    : UInt32(p[i]) << 24 | UInt32(p[i + 1]) << 16 | UInt32(p[i + 2]) << 8 | UInt32(p[i + 3])
            }
            var i = start
            let n = p.count
            while i < n {
                var value = unit(i)
                var advance = size
                if size == 2 && value & 0xFC00 == 0xD800 {
                    guard i + 4 <= n, unit(i + 2) & 0xFC00 == 0xDC00 else {
                        failure = PolicyParseError(.undecodable, byteOffset: i,
                                                   detail: "\(form.rawValue) high surrogate at byte \(i) is not followed by a low surrogate")
                        return
                    }
                    value = 0x10000 + ((value & 0x3FF) << 10) + (unit(i + 2) & 0x3FF)
                    advance = 4
                } else if size == 2 && value & 0xFC00 == 0xDC00 {
                    failure = PolicyParseError(.undecodable, byteOffset: i,
                                               detail: "\(form.rawValue) low surrogate at byte \(i) has no high surrogate before it")
                    return
                }
                if value == 0 {
                    failure = PolicyParseError(.nulByte, byteOffset: i, detail: "NUL character (U+0000) at byte \(i) of \(form.rawValue) text")
                    return
                }
                guard let scalar = Unicode.Scalar(value) else {
                    failure = PolicyParseError(.undecodable, byteOffset: i,
                                               detail: "\(form.rawValue) unit at byte \(i) is not a Unicode code point")
                    return
                }
                scalars.append(scalar)
                i += advance
            }
        }
        if let failure { throw failure }
        return scalars
    }
}
