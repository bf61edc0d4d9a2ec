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
        let decree = decree(clean, in: head)
        facts.documentNumber = decree?.number ?? documentNumber(clean, in: head) ?? documentNumber(clean, in: tail)
        if let signature = signature(clean, in: head) ?? signature(clean, in: tail) {
            facts.signed = signature.date
            facts.issuer = signature.issuer
        }
        // A decree (`上海市人民政府令（第19号）`) is issued by the body the 令 line names; the line
        // above its date names the signer (`市长　应勇`), no issuer.
        if let decree {
            if facts.issuer == nil || facts.issuer.map(isSigner) == true { facts.issuer = decree.issuer }
            if facts.signed == nil { facts.signed = decree.date }
        }
        facts.period = period(clean, in: head)
        return facts
    }

    /// Titles that open a signer's line (`市长　应勇`, `总理　李克强`).
    static let signerTitles = ["总理", "主席", "省长", "市长", "区长", "县长", "州长", "旗长", "部长", "局长", "主任", "署长", "书记"]

    /// Whether `line` is a signer: a title, a blank, and a person's name of two to four characters.
    static func isSigner(_ line: String) -> Bool {
        guard let title = signerTitles.first(where: { line.hasPrefix($0) }) else { return false }
        let name = line.dropFirst(title.count).drop { $0.isWhitespace }
        return name.count >= 2 && name.count <= 4 && name.count < line.count - title.count
    }

    /// 政府令 (a decree) in the first lines of `range`: `上海市人民政府令` with `（第19号）` on the
    /// next line, or `2019年10月22日 中华人民共和国国务院令第722号公布` on one. Gives the issuer (the
    /// body before 令), the number as one string (`上海市人民政府令第19号`), and a date written on the line.
    static func decree(_ clean: CleanText, in range: Range<Int>) -> (issuer: String, number: String, date: CalendarDate?)? {
        let s = clean.scalars
        var lines: [Range<Int>] = []
        var start = range.lowerBound
        for j in range where s[j] == "\n" {
            let t = DepartmentList.trim(s, start..<j)
            if !t.isEmpty { lines.append(t) }
            if lines.count >= 16 { break }
            start = j + 1
        }
        for (index, line) in lines.enumerated() where line.count <= 40 {
            guard let decreeWord = line.first(where: { s[$0] == "令" }) else { continue }
            // A date before the body's name (`2019年10月22日 …令第722号公布`).
            var bodyStart = line.lowerBound
            var date: CalendarDate?
            if let y = YearExtractor.extract(from: clean, in: line.lowerBound..<decreeWord).first,
               y.span.start == line.lowerBound, let month = y.month, let day = y.day {
                date = CalendarDate(year: y.from, month: month, day: day)
                bodyStart = ScalarPattern.skipSpace(s, y.span.end, limit: decreeWord)
            }
            let body = bodyStart..<decreeWord
            guard body.count >= 3, body.allSatisfy({ ScalarPattern.isHan(s[$0]) }),
                  DepartmentList.endsUnitName(s[decreeWord - 1]) else { continue }
            // `第722号` after 令 on the line, else `（第19号）` alone on the next line.
            var serial: Range<Int>? = serialNumber(s, in: (decreeWord + 1)..<line.upperBound)
            if serial == nil, decreeWord + 1 == line.upperBound, index + 1 < lines.count {
                serial = serialNumber(s, in: lines[index + 1])
            }
            guard let serial else { continue }
            return (clean.text(body), clean.text(body) + "令" + clean.text(serial), date)
        }
        return nil
    }

    /// `第19号` in `range`, alone or in brackets (`（第19号）`), with 公布 allowed after it.
    static func serialNumber(_ s: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound
        if lo < range.upperBound, ScalarFold.analysis(s[lo]) == "(" { lo += 1 }
        guard lo < range.upperBound, s[lo] == "第" else { return nil }
        var k = lo + 1
        while k < range.upperBound, ScalarPattern.isDigit(ScalarFold.analysis(s[k])) { k += 1 }
        guard k > lo + 1, k < range.upperBound, s[k] == "号" else { return nil }
        var rest = k + 1
        if rest < range.upperBound, ScalarFold.analysis(s[rest]) == ")" { rest += 1 }
        if rest + 1 < range.upperBound, s[rest] == "公", s[rest + 1] == "布" { rest += 2 }
        guard rest == range.upperBound else { return nil }
        return lo..<(k + 1)
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
                        // `《…办法》（中府办〔2012〕92号）`: the number of a document the text cites.
                        let cited = b >= range.lowerBound + 2 && ScalarFold.analysis(s[b - 1]) == "(" && s[b - 2] == "》"
                        if b < i, !cited { return clean.text(b..<(k + 1)) }
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
