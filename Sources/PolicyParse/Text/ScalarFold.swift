/// The analysis view of a character: full-width digits, Latin letters, `％ ． ＋ －`, parentheses
/// and the ideographic space read as their ASCII forms. Not NFKC wholesale: `，；：！？` and `①` stay.
package enum ScalarFold {
    /// The analysis form of `scalar`: `１` → `1`, `Ａ` → `A`, `（` → `(`, `％` → `%`, `．` → `.`, U+3000 → space.
    @inline(__always)
    package static func analysis(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        guard v >= 0xFF05 else { return v == 0x3000 ? " " : scalar }
        switch v {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05, 0xFF08, 0xFF09, 0xFF0E, 0xFF0B, 0xFF0D:
            // U+FF01..U+FF5E sit at a fixed distance from U+0021..U+007E.
            return Unicode.Scalar(v - 0xFEE0) ?? scalar
        default:
            return scalar
        }
    }

    /// True for ASCII digits after folding.
    @inline(__always)
    package static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = analysis(scalar).value
        return v >= 0x30 && v <= 0x39
    }
}

extension ScalarFold {
    /// `A`–`Z` as `a`–`z`; anything else unchanged.
    @inline(__always)
    static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20) ?? scalar : scalar
    }
}
