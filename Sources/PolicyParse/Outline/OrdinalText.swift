/// 序号书写 (ordinal spelling): how a number is written in a marker of a given style, for remarks.
enum OrdinalText {
    /// `23` as `二十三`, `103` as `一百零三` (1…999; other values as Arabic digits).
    static func chinese(_ value: Int) -> String {
        guard value > 0, value <= 999 else { return String(value) }
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let hundreds = value / 100
        let tens = (value / 10) % 10
        let ones = value % 10
        var out = ""
        if hundreds > 0 { out += digits[hundreds] + "百" }
        if tens > 0 {
            if hundreds > 0 || tens > 1 { out += digits[tens] }
            out += "十"
        } else if hundreds > 0, ones > 0 {
            out += "零"
        }
        if ones > 0 { out += digits[ones] }
        return out
    }

    /// The marker of `style` for `value`, e.g. `（三）` for cjkParen 3.
    static func marker(_ style: Style, _ value: Int) -> String {
        switch style {
        case .cjkComma: return chinese(value) + "、"
        case .cjkParen: return "（" + chinese(value) + "）"
        case .arabic: return "\(value)."
        case .arabicParen: return "（\(value)）"
        case .circled:
            if value >= 1, value <= 20, let scalar = Unicode.Scalar(0x245F + value) { return String(Character(scalar)) }
            return "(\(value))"
        case .part: return "第" + chinese(value) + "部分"
        case .chapter: return "第" + chinese(value) + "章"
        case .section: return "第" + chinese(value) + "节"
        case .article: return "第" + chinese(value) + "条"
        case .inlineOrdinal: return chinese(value) + "是"
        case .annex: return "附件\(value)"
        case .decimal, .dash, .paragraph, .document, .tableRow: return "\(value)"
        }
    }
}
