import Foundation
import PolicyParse

/// The normalised value of a mention in words, shown when the pointer rests on a highlight
/// (标注说明): `25000000000 CNY, gt`, `2021–2023, deadline`, `lead: 市科委 → 上海市科学技术委员会`.
enum MentionLabel {
    /// `25000000000 CNY, gt`; a range `500000000–1000000000 CNY`.
    static func describe(_ a: Amount) -> String {
        qualified(range(a.value, a.upper) + " " + a.currency, a.comparator, a.comparatorText, a.overflow)
    }

    /// `25 %, gt`; points: `5 percentage points`.
    static func describe(_ p: Percentage) -> String {
        let unit = p.kind == .percent ? " %" : " percentage points"
        return qualified(range(p.value, p.upper) + unit, p.comparator, p.comparatorText, p.overflow)
    }

    /// `2021–2023`, `2023-06-30`, with `, deadline` for 前/底前.
    static func describe(_ y: YearMention) -> String {
        var s = y.from == y.to ? String(y.from) : "\(y.from)–\(y.to)"
        if let month = y.month {
            s += "-" + twoDigits(month)
            if let day = y.day { s += "-" + twoDigits(day) }
        }
        if y.deadline == true { s += ", deadline" }
        return s
    }

    /// `10 家, gte`.
    static func describe(_ q: Quantity) -> String {
        qualified(range(q.value, q.upper) + " " + q.unit, q.comparator, q.comparatorText, q.overflow)
    }

    /// `lead: 市科委`, with `→ canonical` when the model has a canonical name.
    static func describe(_ d: Department) -> String {
        var s = d.role.rawValue + ": " + d.name
        if let canonical = d.canonical, canonical != d.name { s += " → " + canonical }
        if d.generic == true { s += " (generic)" }
        if let spans = d.spans, spans.count > 1 { s += ", named \(spans.count) times" }
        return s
    }

    private static func range(_ value: Decimal, _ upper: Decimal?) -> String {
        guard let upper else { return "\(value)" }
        return "\(value)–\(upper)"
    }

    private static func qualified(_ s: String, _ comparator: ValueComparator?, _ words: String?, _ overflow: Bool?) -> String {
        var s = s
        if let comparator {
            s += ", " + comparator.rawValue
            if let words { s += " (" + words + ")" }
        }
        if overflow == true { s += ", overflow: the number is a bound" }
        return s
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : String(n) }
}
