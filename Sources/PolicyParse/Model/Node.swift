import Foundation

/// 任务 (task): one numbered item of the outline with its own text, its mentions and its children.
public struct Node: Hashable, Sendable, Codable {
    /// The numbering exactly as written in the source, e.g. `（一）`; empty for `paragraph` nodes.
    public var marker: String
    /// The numbering style of `marker`.
    public var style: Style
    /// The number the marker stands for (`（十二）` is 12).
    public var ordinal: Int
    /// Depth in the tree: children of the document are level 1.
    public var level: Int
    /// The first sentence after the marker, end punctuation dropped.
    public var heading: String
    /// The rest of the node's own text, children excluded.
    public var text: String
    /// The node's own extent in the source, marker included, children excluded.
    public var span: Span
    /// 责任部门 found in this node's own heading and text.
    public var departments: [Department]
    /// 金额 found in this node's own heading and text.
    public var amounts: [Amount]
    /// 百分比 found in this node's own heading and text.
    public var percentages: [Percentage]
    /// 年份与期限 found in this node's own heading and text.
    public var years: [YearMention]
    /// 数量 found in this node's own heading and text.
    public var quantities: [Quantity]
    /// The nodes one level deeper, in document order.
    public var children: [Node]
    /// 指标: the rows of an indicator table this node holds (主要指标表); nil when it holds none.
    public var indicators: [Indicator]?

    /// Creates a node.
    public init(marker: String, style: Style, ordinal: Int, level: Int, heading: String, text: String,
                span: Span, mentions: Mentions = Mentions(), children: [Node] = [], indicators: [Indicator]? = nil) {
        self.marker = marker
        self.style = style
        self.ordinal = ordinal
        self.level = level
        self.heading = heading
        self.text = text
        self.span = span
        self.departments = mentions.departments
        self.amounts = mentions.amounts
        self.percentages = mentions.percentages
        self.years = mentions.years
        self.quantities = mentions.quantities
        self.children = children
        self.indicators = indicators
    }
}
