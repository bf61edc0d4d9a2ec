/// 中文数字与阿拉伯数字 (numerals) as outline markers write them: `十二`, `一百零三`, `１２`.
///
/// Ordinals are bounded by construction (at most 999): longer digit runs are not read as markers,
/// so an input-derived number can never overflow.
enum ChineseNumeral {
    /// The longest run of Chinese numeral characters read (九百九十九 has five).
    static let maxCJKLength = 7
    /// The longest run of Arabic digits read as an ordinal.
    static let maxArabicDigits = 3

    /// The digit value of a Chinese numeral character, 10 for 十, 100 for 百, or nil.
    @inline(__always)
    static func value(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        case "百": return 100
        default: return nil
        }
    }

    /// Whether `c` is a Chinese numeral character.
    @inline(__always)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool { value(c) != nil }

    /// Reads a Chinese numeral starting at `start` (before `limit`): its value (1…999) and end index.
    ///
    /// Rejects runs that are not ordinals: `二〇二三` (digits side by side), `百` without a digit, zero.
    static func readCJK(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (value: Int, end: Int)? {
        var total = 0
        var current = 0
        var lastWasDigit = false
        var lastWasZero = false
        var j = start
        while j < limit, j - start < maxCJKLength, let v = value(s[j]) {
            switch v {
            case 10:
                total += (current == 0 ? 1 : current) * 10
                current = 0
                lastWasDigit = false
                lastWasZero = false
            case 100:
                guard current > 0, total == 0 else { return nil }
                total = current * 100
                current = 0
                lastWasDigit = false
                lastWasZero = false
            default:
                if lastWasDigit, !lastWasZero { return nil }
                current = v
                lastWasDigit = true
                lastWasZero = v == 0
            }
            j += 1
        }
        guard j > start else { return nil }
        if j < limit, j - start >= maxCJKLength, isNumeral(s[j]) { return nil }
        let value = total + current
        guard value > 0, value <= 999 else { return nil }
        return (value, j)
    }

    /// Reads one to three Arabic digits (full- or half-width) at `start`; nil for none or more than three.
    static func readArabic(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (value: Int, end: Int)? {
        var value = 0
        var j = start
        while j < limit, ScalarFold.isDigit(s[j]) {
            guard j - start < maxArabicDigits else { return nil }
            value = value * 10 + Int(ScalarFold.analysis(s[j]).value - 0x30)
            j += 1
        }
        guard j > start else { return nil }
        return (value, j)
    }
}
