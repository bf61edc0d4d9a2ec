/// The outline found in a clean text, before mentions are attached: positions are clean indices.
package struct OutlineTree: Sendable {
    /// The document's own text before the first marker (clean indices).
    package var preamble: Range<Int>
    /// The top-level items.
    package var items: [OutlineItem]
    /// Remarks about the numbering, positions in clean indices.
    package var remarks: [OutlineRemark]
    /// The signature block (落款) after the body, with an attachment list before it, when found.
    package var closing: Range<Int>?

    /// Creates a tree.
    package init(preamble: Range<Int>, items: [OutlineItem], remarks: [OutlineRemark] = [], closing: Range<Int>? = nil) {
        self.preamble = preamble
        self.items = items
        self.remarks = remarks
        self.closing = closing
    }
}

/// One node of an `OutlineTree`.
package struct OutlineItem: Sendable {
    /// The marker as written (display view), empty for paragraphs.
    package var marker: String
    /// The marker's style.
    package var style: Style
    /// The number the marker stands for.
    package var ordinal: Int
    /// Depth: 1 for top-level items.
    package var level: Int
    /// The heading: first sentence after the marker, end punctuation dropped, wrapped lines joined.
    package var heading: String
    /// The rest of the node's own text, wrapped lines joined.
    package var text: String
    /// Marker start to the end of the item's own text (clean indices), children excluded.
    package var ownRange: Range<Int>
    /// The part of `ownRange` after the marker: where mentions are looked for.
    package var contentRange: Range<Int>
    /// Nested items.
    package var children: [OutlineItem]
    /// A table row's department cells with their column's role (clean indices).
    package var departmentCells: [(range: Range<Int>, role: DepartmentRole)] = []
    /// Annotations after the node's last item that name who does all its items (clean indices).
    package var liftedAnnotations: [Range<Int>] = []

    /// Creates an item.
    package init(marker: String, style: Style, ordinal: Int, level: Int, heading: String, text: String,
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
package struct OutlineRemark: Sendable {
    /// A short machine-readable name, e.g. `numberingGap`.
    package var code: String
    /// A sentence for a person.
    package var message: String
    /// Where it applies (clean indices).
    package var range: Range<Int>
    /// `warning` for numbering a reader should check, `note` for structure found (an annex).
    package var severity: Diagnostic.Severity

    /// Creates a remark.
    package init(code: String, message: String, range: Range<Int>, severity: Diagnostic.Severity = .warning) {
        self.code = code
        self.message = message
        self.range = range
        self.severity = severity
    }
}

/// Bounds on the outline that keep the tree shallow whatever the input (see Docs/Limits.md).
package enum OutlineLimits {
    /// The most components a decimal marker may have (`1.2.3.4.5.6.7.8`); longer ones are text.
    package static let maxDecimalDepth = 8
    /// The deepest a tree can be: one level per non-decimal style that nests (part, chapter,
    /// section, article, cjkComma, cjkParen, arabic, arabicParen, circled, dash, inlineOrdinal,
    /// paragraph, annex, document, tableRow) plus the decimal levels.
    package static let maxDepth = 15 + maxDecimalDepth
}
