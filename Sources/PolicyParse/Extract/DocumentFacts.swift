/// Facts about the whole document: 文号, issuing body, signing date, plan period.
///
/// Only the first and last `window` characters are read, so the cost does not grow with the input.
package enum DocumentFacts {
    /// How many characters at each end of the text are read.
    package static let window = 4096

    /// Metadata fields stated in the text (`documentNumber`, `issuer`, `signedDate`, `period`).
    package static func extract(from clean: CleanText) -> [String: String] {
        let s = clean.scalars
        let head = 0..<min(s.count, window)
        let tail = max(head.upperBound, s.count - window)..<s.count
        var facts: [String: String] = [:]
        if let number = documentNumber(clean, in: head) ?? documentNumber(clean, in: tail) {
            facts["documentNumber"] = number
        }
        if let signature = signature(clean, in: head) ?? signature(clean, in: tail) {
            facts["signedDate"] = signature.date
            if let issuer = signature.issuer { facts["issuer"] = issuer }
        }
        if let period = period(clean, in: head) { facts["period"] = period }
        return facts
    }

    /// The first 文号 in `range`: `国发〔2019〕4号`, `皖政办秘[2021]82号`.
    static func documentNumber(_ clean: CleanText, in range: Range<Int>) -> String? {
        let s = clean.scalars
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c == "〔" || c == "[" || c == "［" || c == "【" || c == "(" || c == "（" {
                var j = i + 1
                var digits = 0
                while j < range.upperBound, ScalarPattern.isDigit(ScalarFold.analysis(s[j])) { j += 1; digits += 1 }
                if digits == 4, j < range.upperBound, s[j] == "〕" || s[j] == "]" || s[j] == "］" || s[j] == "】" || s[j] == ")" || s[j] == "）" {
                    var k = j + 1
                    var serial = 0
                    while k < range.upperBound, ScalarPattern.isDigit(ScalarFold.analysis(s[k])) { k += 1; serial += 1 }
                    if serial > 0, serial <= 6, k < range.upperBound, s[k] == "号" {
                        var b = i
                        while b > range.lowerBound, i - b < 12, ScalarPattern.isHan(s[b - 1]) { b -= 1 }
                        if b < i { return clean.text(b..<(k + 1)) }
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// A signature block: a line holding only a date (`2021年9月2日`, `二〇〇五年六月十一日`),
    /// and the short line before it naming the issuer.
    static func signature(_ clean: CleanText, in range: Range<Int>) -> (date: String, issuer: String?)? {
        let s = clean.scalars
        var lines: [Range<Int>] = []
        var start = range.lowerBound
        for j in range where s[j] == "\n" {
            lines.append(start..<j)
            start = j + 1
        }
        lines.append(start..<range.upperBound)
        for (index, line) in lines.enumerated() {
            let t = DepartmentExtractor.trim(clean.scalars, line)
            guard t.count >= 8, t.count <= 16 else { continue }
            let years = YearExtractor.extract(from: clean, in: t)
            guard years.count == 1, let y = years.first, let month = y.month, let day = y.day,
                  y.span.start == t.lowerBound, y.span.end == t.upperBound else { continue }
            let date = "\(y.from)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            var issuer: String?
            var k = index - 1
            while k >= 0, DepartmentExtractor.trim(s, lines[k]).isEmpty { k -= 1 }
            if k >= 0 {
                let name = DepartmentExtractor.trim(s, lines[k])
                if name.count >= 2, name.count <= 30, isIssuerName(s, name) { issuer = clean.text(name) }
            }
            return (date, issuer)
        }
        return nil
    }

    /// Whether `name` is only Han characters (and spaces), like an issuing body's name.
    static func isIssuerName(_ s: [Unicode.Scalar], _ name: Range<Int>) -> Bool {
        for k in name where !ScalarPattern.isHan(s[k]) && !DepartmentExtractor.isBlank(s[k]) { return false }
        return true
    }

    /// The plan period in the title (`（2021-2023年）` gives `2021-2023`), from the first lines.
    static func period(_ clean: CleanText, in range: Range<Int>) -> String? {
        let s = clean.scalars
        var end = range.lowerBound
        var lines = 0
        while end < range.upperBound, lines < 6 {
            if s[end] == "\n" { lines += 1 }
            end += 1
        }
        var i = range.lowerBound
        while i < end {
            if ScalarFold.analysis(s[i]) == "(" {
                let years = YearExtractor.extract(from: clean, in: (i + 1)..<min(end, i + 16))
                if let y = years.first, y.from < y.to, y.span.start == i + 1, y.span.end < end,
                   ScalarFold.analysis(s[y.span.end]) == ")" {
                    return "\(y.from)-\(y.to)"
                }
            }
            i += 1
        }
        return nil
    }
}
