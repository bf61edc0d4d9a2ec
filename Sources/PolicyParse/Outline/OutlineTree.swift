/// The outline found in a clean text, before mentions are attached: positions are clean indices.
public struct OutlineTree: Sendable {
    /// The document's own text before the first marker (clean indices).
    public var preamble: Range<Int>
    /// The top-level items.
    public var items: [OutlineItem]
    /// Remarks about the numbering, positions in clean indices.
    public var remarks: [OutlineRemark]

    /// Creates a tree.
    public init(preamble: Range<Int>, items: [OutlineItem], remarks: [OutlineRemark] = []) {
        self.preamble = preamble
        self.items = items
        self.remarks = remarks
    }
}

/// One node of an `OutlineTree`.
public struct OutlineItem: Sendable {
    /// The marker as written (display view), empty for paragraphs.
    public var marker: String
    /// The marker's style.
    public var style: Style
    /// The number the marker stands for.
    public var ordinal: Int
    /// Depth: 1 for top-level items.
    public var level: Int
    /// The heading: first sentence after the marker, end punctuation dropped, wrapped lines joined.
    public var heading: String
    /// The rest of the node's own text, wrapped lines joined.
    public var text: String
    /// Marker start to the end of the item's own text (clean indices), children excluded.
    public var ownRange: Range<Int>
    /// The part of `ownRange` after the marker: where mentions are looked for.
    public var contentRange: Range<Int>
    /// Nested items.
    public var children: [OutlineItem]

    /// Creates an item.
    public init(marker: String, style: Style, ordinal: Int, level: Int, heading: String, text: String,
                ownRange: Range<Int>, contentRange: Range<Int>, children: [OutlineItem] = []) {
        self.marker = marker
        self.style = style
        self.ordinal = ordinal
        self.level = level
        self.heading = heading
        self.text = text
        self.ownRange = ownRange
        self.contentRange = contentRange
        self.children = children
    }
}

/// A remark about the numbering found while building the tree (becomes a `Diagnostic`).
public struct OutlineRemark: Sendable {
    /// A short machine-readable name, e.g. `numberingGap`.
    public var code: String
    /// A sentence for a person.
    public var message: String
    /// Where it applies (clean indices).
    public var range: Range<Int>
    /// `warning` for numbering a reader should check, `note` for structure found (an annex).
    public var severity: Diagnostic.Severity

    /// Creates a remark.
    public init(code: String, message: String, range: Range<Int>, severity: Diagnostic.Severity = .warning) {
        self.code = code
        self.message = message
        self.range = range
        self.severity = severity
    }
}

/// Bounds on the outline that keep the tree shallow whatever the input (see Docs/Limits.md).
public enum OutlineLimits {
    /// The most components a decimal marker may have (`1.2.3.4.5.6.7.8`); longer ones are text.
    public static let maxDecimalDepth = 8
    /// The deepest a tree can be: one level per non-decimal style that nests (part, chapter,
    /// section, article, cjkComma, cjkParen, arabic, arabicParen, circled, dash, inlineOrdinal,
    /// paragraph, annex, document, tableRow) plus the decimal levels.
    public static let maxDepth = 15 + maxDecimalDepth
}
