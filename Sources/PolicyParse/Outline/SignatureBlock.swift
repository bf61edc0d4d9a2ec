/// 落款 (the signature block) closing a notice or a plan: the issuing body on one to three short
/// lines, the signing date alone on its line (`2019年1月16日`, `二〇一九年一月十六日`), and notes in
/// brackets after it (`（此件公开发布）`). It is no part of the last task: the outline ends before it
/// and the document keeps it as its `closing`.
///
/// Only the last lines of one record's own text are looked at, so finding it is linear in the text.
enum SignatureBlock {
    /// The most lines above the date that name the issuer.
    static let maxIssuerLines = 3
    /// The longest issuer line, white space excluded.
    static let maxIssuerLength = 40
    /// The longest note line after the date (`（此件公开发布）`).
    static let maxNoteLength = 24

    /// The signature block ending `range` of `clean` (only white space after it) and how many
    /// issuer lines it has, or nil.
    static func find(in clean: CleanText, ending range: Range<Int>) -> (range: Range<Int>, issuerLines: Int)? {
        let s = clean.scalars
        // The lines of `range`, last first, blank ones skipped: (start, end) trimmed.
        var lines: [Range<Int>] = []
        var end = range.upperBound
        while end > range.lowerBound, lines.count < maxIssuerLines + 4 {
            var start = end
            while start > range.lowerBound, s[start - 1] != "\n" { start -= 1 }
            let line = clean.trimmed(start..<end)
            if !line.isEmpty { lines.append(line) }
            end = start > range.lowerBound ? start - 1 : start
        }
        // Notes after the date, then the date.
        var k = 0
        while k < lines.count, isNote(s, lines[k]) { k += 1 }
        guard k < lines.count, isDate(s, lines[k]) else { return nil }
        var first = lines[k].lowerBound
        var issuers = 0
        while issuers < maxIssuerLines, k + 1 + issuers < lines.count, isIssuer(s, lines[k + 1 + issuers]) {
            first = lines[k + 1 + issuers].lowerBound
            issuers += 1
        }
        return (first..<lines[0].upperBound, issuers)
    }

    /// A line that is a date and nothing else: year, month and day in Arabic or Chinese digits.
    static func isDate(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        dateEnd(s, from: line.lowerBound, limit: line.upperBound) == line.upperBound
    }

    /// Where a full date (year, month and day; blanks after each) starting at `start` ends, or nil.
    static func dateEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int? {
        var i = start
        for (unit, most) in [("年", 4), ("月", 2), ("日", 3)] as [(Unicode.Scalar, Int)] {
            let first = i
            while i < limit, i - first < most, isNumeral(s[i]) { i += 1 }
            guard i > first, i < limit, s[i] == unit else { return nil }
            if unit == "年", i - first != 4 { return nil }
            i += 1
            while i < limit, CharacterClass.isBlank(s[i]) { i += 1 }
        }
        return i
    }

    @inline(__always)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        ScalarFold.isDigit(c) || ChineseNumeral.digit(c) != nil || c == "十" || c == "〇" || c == "○" || c == "零"
    }

    /// A short line naming a body: no sentence punctuation, no outline marker.
    static func isIssuer(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard line.count >= 2 else { return false }
        var length = 0
        for i in line {
            switch s[i] {
            case "。", "，", "；", "：", ",", ";", ":", "（", "(", "、": return false
            default: if !CharacterClass.isBlank(s[i]) { length += 1 }
            }
        }
        guard length <= maxIssuerLength, CharacterClass.isHan(s[line.lowerBound]) else { return false }
        return OutlineTokenizer.marker(in: s, at: line.lowerBound, lineEnd: line.upperBound) == nil
    }

    /// A short line in brackets after the date (`（此件公开发布）`, `（本文有删减）`).
    static func isNote(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard line.count >= 3, line.count <= maxNoteLength else { return false }
        return ScalarFold.analysis(s[line.lowerBound]) == "(" && ScalarFold.analysis(s[line.upperBound - 1]) == ")"
    }
}
