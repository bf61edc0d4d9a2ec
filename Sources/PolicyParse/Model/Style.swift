/// The numbering style of an outline marker (标号样式), as named in the output contract.
public enum Style: String, Sendable, Codable, CaseIterable {
    /// 第一部分
    case part
    /// 第一章
    case chapter
    /// 第一节
    case section
    /// 第一条 (regulations)
    case article
    /// 一、 十二、
    case cjkComma
    /// （一） (一)
    case cjkParen
    /// 1、 1. 1． １．
    case arabic
    /// （1） (1)
    case arabicParen
    /// ① ⑩
    case circled
    /// 1.1 2.3.1: emergency plans and standards; depth follows the dots.
    case decimal
    /// ——产业规模。 dash bullets of a target list.
    case dash
    /// 一是…二是… or 第一，…第二，… enumerations inside a paragraph.
    case inlineOrdinal
    /// An unnumbered task paragraph that carries its own department annotation.
    case paragraph
    /// 附件 (annex): `附件2` and its title; the annex's own numbering starts afresh below it.
    case annex
    /// A second document in one notice (通知 covering 若干政策 and 行动计划): its title line, its
    /// numbering starting afresh below it.
    case document
    /// One row of a task or indicator table (任务分工表, 主要指标表), under the table's node.
    case tableRow
    /// 落款: the issuer, signing date and notes after the body (and an attachment list before
    /// them); only `Document.closing` has this style, it is no task.
    case closing
}
