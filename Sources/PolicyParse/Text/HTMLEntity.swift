/// HTML character references (`&nbsp;`, `&amp;`, `&#x4E00;`, `&#19968;`).
enum HTMLEntity {
    /// Named references seen in government pages and their characters.
    static let named: [String: Unicode.Scalar] = [
        "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "amp": "&", "lt": "<", "gt": ">",
        "quot": "\"", "apos": "'", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        "middot": "\u{00B7}", "times": "\u{00D7}", "divide": "\u{00F7}", "copy": "\u{00A9}", "reg": "\u{00AE}",
        "bull": "\u{2022}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "yen": "\u{00A5}", "deg": "\u{00B0}",
        "plusmn": "\u{00B1}", "le": "\u{2264}", "ge": "\u{2265}", "permil": "\u{2030}", "zwsp": "\u{200B}",
    ]

    /// Longest reference read (`&#x10FFFF;` and the longest name fit).
    static let maxLength = 10

    /// The character of the reference starting at `i` (which holds `&`) and its length, or nil.
    static func decode(_ s: ScalarBuffer, at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let end = min(s.count, i + maxLength + 2)
        var j = i + 1
        guard j < end else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < end, s[j] == "x" || s[j] == "X" {
                hex = true
                j += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while j < end, let d = digitValue(s[j], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d
                digits += 1
                if digits > 7 { return nil }
                j += 1
            }
            guard digits > 0, j < end, s[j] == ";", let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (scalar, j + 1 - i)
        }
        var name = String.UnicodeScalarView()
        while j < end, s[j].properties.isASCIIHexDigit || (s[j].value >= 0x61 && s[j].value <= 0x7A) || (s[j].value >= 0x41 && s[j].value <= 0x5A) {
            name.append(s[j])
            j += 1
        }
        guard j < end, s[j] == ";", let scalar = named[String(name)] else { return nil }
        return (scalar, j + 1 - i)
    }

    private static func digitValue(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x61...0x66 where hex: return c.value - 0x61 + 10
        case 0x41...0x46 where hex: return c.value - 0x41 + 10
        default: return nil
        }
    }
}
