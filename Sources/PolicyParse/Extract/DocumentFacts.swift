/// Facts about the whole document: 文号, issuing body, signing date, plan period, jurisdiction.
///
/// Typed inside the package (a date is year, month and day; a period two years) and flattened into
/// the string `metadata` of `Document` only when written (`fields`), so nobody re-reads a year out
/// of `signedDate`. Only the first and last `window` characters of the text are read, so the cost
/// does not grow with the input.
package struct DocumentFacts: Hashable, Sendable {
    /// How many characters at each end of the text are read.
    package static let window = 4096

    /// 成文日期 (signing date): the year, and the month and day where written.
    package struct CalendarDate: Hashable, Sendable {
        /// The year.
        package var year: Int
        /// The month, 1–12.
        package var month: Int?
        /// The day of the month.
        package var day: Int?

        /// Creates a date.
        package init(year: Int, month: Int? = nil, day: Int? = nil) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// `2021-09-02` (the metadata form); a date without day or month is written as far as it goes.
        package var text: String {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            guard let month else { return "\(year)" }
            guard let day else { return "\(year)-\(two(month))" }
            return "\(year)-\(two(month))-\(two(day))"
        }

        /// Reads a date as metadata holds it: four digits first (`2021-09-02`, `2021年9月2日`,
        /// `2021`), then a month and a day where they follow, or `20210902`; nil when it does not
        /// start with a year.
        package init?(parsing text: String) {
            let runs = DocumentFacts.digitRuns(text)
            guard let first = runs.first, first.start == 0 else { return nil }
            if first.digits == 8 {   // 20210902
                year = first.value / 10_000
                month = (first.value / 100) % 100
                day = first.value % 100
                return
            }
            guard first.digits == 4 else { return nil }
            year = first.value
            if runs.count > 1, (1...12).contains(runs[1].value) {
                month = runs[1].value
                if runs.count > 2, (1...31).contains(runs[2].value) { day = runs[2].value }
            }
        }
    }

    /// 规划期 (plan period): the first and last year, equal for a one-year plan.
    package struct Period: Hashable, Sendable {
        /// The first year.
        package var from: Int
        /// The last year.
        package var to: Int

        /// Creates a period.
        package init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }

        /// `2021-2023` (the metadata form), or `2025` for one year.
        package var text: String { from == to ? "\(from)" : "\(from)-\(to)" }

        /// Reads a period as metadata holds it (`2021-2023`, `2025`, `2021年—2023年`): its first
        /// and last plausible year; nil when it names none.
        package init?(parsing text: String) {
            let years = DocumentFacts.digitRuns(text).map(\.value).filter(YearExtractor.plausible)
            guard let first = years.first, let last = years.last else { return nil }
            from = first
            to = last
        }
    }

    /// 文号 (`国发〔2019〕4号`).
    package var documentNumber: String?
    /// The issuing body named above the signing date (or in front matter).
    package var issuer: String?
    /// The signing date.
    package var signed: CalendarDate?
    /// The plan period stated in the title.
    package var period: Period?
    /// Where the document's departments sit, by name (`上海市`, `中央`).
    package var jurisdiction: String?

    /// No facts.
    package init() {}

    /// The facts stated in the text: `documentNumber`, `issuer`, `signed`, `period`.
    package static func extract(from clean: CleanText) -> DocumentFacts {
        let s = clean.scalars
        let head = 0..<min(s.count, window)
        let tail = max(head.upperBound, s.count - window)..<s.count
        var facts = DocumentFacts()
        facts.documentNumber = documentNumber(clean, in: head) ?? documentNumber(clean, in: tail)
        if let signature = signature(clean, in: head) ?? signature(clean, in: tail) {
            facts.signed = signature.date
            facts.issuer = signature.issuer
        }
        facts.period = period(clean, in: head)
        return facts
    }

    /// The metadata keys the facts are written under.
    package static let keys = ["documentNumber", "issuer", "signedDate", "period", "jurisdiction"]

    /// The facts as metadata fields (what `Document.metadata` holds); absent facts have no field.
    package var fields: [String: String] {
        var out: [String: String] = [:]
        if let documentNumber { out["documentNumber"] = documentNumber }
        if let issuer { out["issuer"] = issuer }
        if let signed { out["signedDate"] = signed.text }
        if let period { out["period"] = period.text }
        if let jurisdiction { out["jurisdiction"] = jurisdiction }
        return out
    }

    /// The facts that `metadata` (front matter, or a document's written metadata) states.
    package init(metadata: [String: String]) {
        documentNumber = metadata["documentNumber"]
        issuer = metadata["issuer"]
        signed = metadata["signedDate"].flatMap(CalendarDate.init(parsing:))
        period = metadata["period"].flatMap(Period.init(parsing:))
        jurisdiction = metadata["jurisdiction"]
    }

    /// The year that year-less deadlines (`6月底前`, `年底前`) fall in: the signing year, else the
    /// year of a one-year plan period.
    package var contextYear: Int? {
        if let signed { return signed.year }
        if let period, period.from == period.to { return period.from }
        return nil
    }

    /// The runs of ASCII digits in `text`: where each starts (in characters), its length and value.
    static func digitRuns(_ text: String) -> [(start: Int, digits: Int, value: Int)] {
        var runs: [(start: Int, digits: Int, value: Int)] = []
        var index = 0
        var start = -1
        var value = 0
        for c in text.unicodeScalars {
            if c.value >= 0x30, c.value <= 0x39 {
                if start < 0 { start = index; value = 0 }
                if index - start < 9 { value = value * 10 + Int(c.value - 0x30) }
            } else if start >= 0 {
                runs.append((start, index - start, value))
                start = -1
            }
            index += 1
        }
        if start >= 0 { runs.append((start, index - start, value)) }
        return runs
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
    static func signature(_ clean: CleanText, in range: Range<Int>) -> (date: CalendarDate, issuer: String?)? {
        let s = clean.scalars
        var lines: [Range<Int>] = []
        var start = range.lowerBound
        for j in range where s[j] == "\n" {
            lines.append(start..<j)
            start = j + 1
        }
        lines.append(start..<range.upperBound)
        for (index, line) in lines.enumerated() {
            let t = DepartmentList.trim(clean.scalars, line)
            guard t.count >= 8, t.count <= 16 else { continue }
            let years = YearExtractor.extract(from: clean, in: t)
            guard years.count == 1, let y = years.first, let month = y.month, let day = y.day,
                  y.span.start == t.lowerBound, y.span.end == t.upperBound else { continue }
            let date = CalendarDate(year: y.from, month: month, day: day)
            var issuer: String?
            var k = index - 1
            while k >= 0, DepartmentList.trim(s, lines[k]).isEmpty { k -= 1 }
            if k >= 0 {
                let name = DepartmentList.trim(s, lines[k])
                if name.count >= 2, name.count <= 30, isIssuerName(s, name) { issuer = clean.text(name) }
            }
            return (date, issuer)
        }
        return nil
    }

    /// Whether `name` is only Han characters (and spaces), like an issuing body's name.
    static func isIssuerName(_ s: [Unicode.Scalar], _ name: Range<Int>) -> Bool {
        for k in name where !ScalarPattern.isHan(s[k]) && !DepartmentList.isBlank(s[k]) { return false }
        return true
    }

    /// The period of the five-year plan a title names (`“十四五”规划`, `第十四个五年规划` give 2021-2025), or nil
    /// (read as `YearExtractor` reads plan periods in the text).
    package static func fiveYearPlanPeriod(inTitle title: String) -> Period? {
        let s = Array(title.unicodeScalars)
        for i in s.indices where s[i] == "十" {
            if let (from, _) = YearExtractor.planName(s, at: i, floor: 0, limit: s.count) { return Period(from: from, to: from + 4) }
        }
        return nil
    }

    /// The plan period in the title (`（2021-2023年）` gives `2021-2023`), from the first lines.
    static func period(_ clean: CleanText, in range: Range<Int>) -> Period? {
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
                   ScalarFold.analysis(s[ScalarPattern.skipSpace(s, y.span.end, limit: end)]) == ")" {
                    return Period(from: y.from, to: y.to)
                }
            }
            i += 1
        }
        return nil
    }
}
