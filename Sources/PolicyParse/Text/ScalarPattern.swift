/// 字面匹配 (literal matching): small scanners over code points that the extractors share.
///
/// Words are given as arrays of code points, compared against the folded (analysis) form.
enum ScalarPattern {
    /// The code points of `word`, for building word tables once.
    static func scalars(_ word: String) -> [Unicode.Scalar] { Array(word.unicodeScalars) }

    /// Whether `word` stands at `index` (before `limit`), comparing folded forms.
    @inline(__always)
    static func matches(_ s: [Unicode.Scalar], at index: Int, _ word: [Unicode.Scalar], limit: Int) -> Bool {
        guard index >= 0, index + word.count <= limit else { return false }
        var j = index
        for w in word {
            if ScalarFold.analysis(s[j]) != w { return false }
            j += 1
        }
        return true
    }

    /// Whether `word` ends just before `end` (not reaching below `floor`).
    @inline(__always)
    static func endsWith(_ s: [Unicode.Scalar], before end: Int, _ word: [Unicode.Scalar], floor: Int) -> Bool {
        let start = end - word.count
        guard start >= floor else { return false }
        return matches(s, at: start, word, limit: end)
    }

    /// The first word of `words` (longest first) standing at `index`, with its position in `words`.
    @inline(__always)
    static func longestMatch(_ s: [Unicode.Scalar], at index: Int, _ words: [[Unicode.Scalar]], limit: Int) -> Int? {
        for (k, w) in words.enumerated() where matches(s, at: index, w, limit: limit) { return k }
        return nil
    }

    /// The first word of `words` (longest first) ending just before `end`, with its position in `words`.
    @inline(__always)
    static func longestSuffix(_ s: [Unicode.Scalar], before end: Int, _ words: [[Unicode.Scalar]], floor: Int) -> Int? {
        for (k, w) in words.enumerated() where endsWith(s, before: end, w, floor: floor) { return k }
        return nil
    }

    /// Whether the folded scalar is an ASCII digit.
    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// Whether the folded scalar is an ASCII letter.
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// Whether the folded scalar is the one space that may sit between a number and its unit (not
    /// the tab between table cells; clean text has no other white space, see `CharacterClass`).
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " }

    /// Index after one optional space at `index`.
    @inline(__always)
    static func skipSpace(_ s: [Unicode.Scalar], _ index: Int, limit: Int) -> Int {
        if index < limit, isSpace(ScalarFold.analysis(s[index])) { return index + 1 }
        return index
    }

    /// Index of one optional space just before `index`, else `index`.
    @inline(__always)
    static func skipSpaceBackward(_ s: [Unicode.Scalar], _ index: Int, floor: Int) -> Int {
        if index - 1 >= floor, isSpace(ScalarFold.analysis(s[index - 1])) { return index - 1 }
        return index
    }

    /// Whether the scalar is a CJK unified ideograph (汉字).
    @inline(__always)
    static func isHan(_ c: Unicode.Scalar) -> Bool { CharacterClass.isHan(c) }
}

extension CleanText {
    /// The display text of `range`, built straight from UTF-8 (faster than `string(_:)` for short mentions).
    func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buffer in
            var n = 0
            for k in lo..<hi {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }
}
