/// 序号书写 (ordinal spelling): how a number is written in a marker of a given style, for remarks.
enum OrdinalText {
    /// `23` as `二十三`, `103` as `一百零三` (1…999; other values as Arabic digits): `ChineseNumeral.spell`.
    static func chinese(_ value: Int) -> String { ChineseNumeral.spell(value) }

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
        case .decimal, .dash, .paragraph, .document, .tableRow, .closing: return "\(value)"
        }
    }
}
