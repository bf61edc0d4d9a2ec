import PolicyParse

/// The kind of a mention a placeholder token stands for.
package enum MentionKind: String, Sendable, Codable, CaseIterable {
    /// 责任部门
    case department
    /// 金额
    case amount
    /// 百分比
    case percentage
    /// 年份与期限
    case year
    /// 数量
    case quantity

    /// The placeholder token a mention of this kind becomes.
    var placeholder: String {
        switch self {
        case .department: "⟨部门⟩"
        case .amount: "⟨额⟩"
        case .percentage: "⟨率⟩"
        case .year: "⟨年⟩"
        case .quantity: "⟨量⟩"
        }
    }
}

/// One mention of a node, as the comparison sees it: its kind, index within its kind, text and span.
package struct MentionReference: Hashable, Sendable {
    /// The kind.
    package var kind: MentionKind
    /// The index in the node's array of that kind.
    package var index: Int
    /// The text (for a department, its name).
    package var text: String
    /// Where it stands in the source.
    package var span: Span
}

/// 任务词序列 (a task as words): one node's heading and own text as normalised word tokens.
///
/// `text` is the heading, U+2029 and the node's own text; each token comes from one ICU word
/// (or one masked mention) at `ranges[i]` (code points into `text`).
package struct TaskWords: Sendable {
    /// The node's path (`四.（一）.1`).
    package var path: String
    /// The node.
    package var node: Node
    /// True when the node has children (a heading rather than a leaf task).
    package var isHeading: Bool
    /// Heading, U+2029, own text.
    package var text: [Unicode.Scalar]
    /// Token ids (see `Vocabulary`).
    package var tokens: [Int32]
    /// Each token's weight: the characters of its word, at most 4; 1 for a placeholder, 2 for a department.
    package var weights: [Int32]
    /// Each token's range in `text`.
    package var ranges: [Range<Int>]
    /// The mention a placeholder token stands for, if any.
    package var mentions: [MentionReference?]
    /// The sum of `weights`.
    package var totalWeight: Int
    /// Each token's weight times its informativeness (`Informativeness`): what coverages count.
    package var scaled: [Double] = []
    /// The sum of `scaled`.
    package var scaledTotal: Double = 0

    /// The node's heading line alone: the tokens before the heading/text separator (ICU words never
    /// cross it), so a heading is not segmented twice.
    package var headingOnly: TaskWords {
        let headingLength = node.heading.unicodeScalars.count
        var result = self
        result.text = Array(text.prefix(headingLength))
        let count = ranges.firstIndex { $0.upperBound > headingLength } ?? ranges.count
        result.tokens = Array(tokens.prefix(count))
        result.weights = Array(weights.prefix(count))
        result.ranges = Array(ranges.prefix(count))
        result.mentions = Array(mentions.prefix(count))
        result.totalWeight = result.weights.reduce(0) { $0 + Int($1) }
        result.scaled = []
        result.scaledTotal = 0
        return result
    }

    /// The mentions found in `text`, in text order (a heading line holds only some of its node's).
    package var presentMentions: [MentionReference] { mentions.compactMap { $0 } }

    /// All mentions of the node, in the order kinds are listed in `MentionKind`.
    package var allMentions: [MentionReference] {
        var result: [MentionReference] = []
        for (i, d) in node.departments.enumerated() { result.append(.init(kind: .department, index: i, text: d.name, span: d.span)) }
        for (i, a) in node.amounts.enumerated() { result.append(.init(kind: .amount, index: i, text: a.text, span: a.span)) }
        for (i, p) in node.percentages.enumerated() { result.append(.init(kind: .percentage, index: i, text: p.text, span: p.span)) }
        for (i, y) in node.years.enumerated() { result.append(.init(kind: .year, index: i, text: y.text, span: y.span)) }
        for (i, q) in node.quantities.enumerated() { result.append(.init(kind: .quantity, index: i, text: q.text, span: q.span)) }
        return result
    }
}
