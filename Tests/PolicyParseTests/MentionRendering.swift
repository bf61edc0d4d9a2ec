import Foundation
import Testing
@testable import PolicyParse

/// Renders mentions as short lines (`amount:超过250亿元=25000000000 CNY gt:超过`) for table-driven tests.
enum MentionRendering {
    static func lines(_ text: String, contextYear: Int? = nil) -> [String] {
        let clean = CleanText(plain: text)
        let m = MentionExtractor.extract(from: clean, in: 0..<clean.count, contextYear: contextYear)
        var rows: [(Int, Int, String)] = []
        func cmp(_ c: ValueComparator?, _ t: String?) -> String {
            guard let c else { return "" }
            return " \(c.rawValue):\(t ?? "?")"
        }
        func val(_ v: Decimal, _ u: Decimal?) -> String { u.map { "\(v)~\($0)" } ?? "\(v)" }
        func over(_ o: Bool?) -> String { o == true ? " overflow" : "" }
        for a in m.amounts {
            rows.append((a.span.start, 0, "amount:\(a.text)=\(val(a.value, a.upper)) \(a.currency)\(cmp(a.comparator, a.comparatorText))\(over(a.overflow))"))
            #expect(clean.string(a.span.range) == a.text)
        }
        for p in m.percentages {
            let kind = p.kind == .percent ? "percent" : "point"
            rows.append((p.span.start, 1, "\(kind):\(p.text)=\(val(p.value, p.upper))\(cmp(p.comparator, p.comparatorText))\(over(p.overflow))"))
            #expect(clean.string(p.span.range) == p.text)
        }
        for y in m.years {
            var s = "year:\(y.text)=\(y.from)"
            if y.to != y.from { s += "~\(y.to)" }
            if let mo = y.month { s += " m\(mo)" }
            if let d = y.day { s += " d\(d)" }
            if y.deadline == true { s += " deadline" }
            if y.since == true { s += " since" }
            rows.append((y.span.start, 2, s))
            #expect(clean.string(y.span.range) == y.text)
        }
        for q in m.quantities {
            rows.append((q.span.start, 3, "quantity:\(q.text)=\(val(q.value, q.upper)) \(q.unit)\(cmp(q.comparator, q.comparatorText))\(over(q.overflow))"))
            #expect(clean.string(q.span.range) == q.text)
        }
        for d in m.departments {
            rows.append((d.span.start, 4, "dept:\(d.name)=\(d.role.rawValue)"))
            #expect(clean.string(d.span.range) == d.name)
        }
        return rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
