/// The outline found in a clean text, before mentions are attached: positions are clean indices.
///
/// The items are one flat list in document order (pre-order) with parent links, as the builder
/// makes them; `DocumentAssembler` turns them into `Node`s directly, with no nested copy between.
package struct OutlineTree: Sendable {
    /// The document's own text before the first marker (clean indices).
    package var preamble: Range<Int>
    /// Every item, in document order: a parent comes before its children.
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

    /// The indices of the items whose parent is `parent` (nil: the top level), in order.
    package func children(of parent: Int?) -> [Int] {
        let key = parent ?? OutlineItem.topLevel
        return items.indices.filter { items[$0].parent == key }
    }
}

/// One item of an `OutlineTree` (clean indices).
package struct OutlineItem: Sendable {
    /// The `parent` of a top-level item.
    package static let topLevel = -1

    /// The marker as written; empty for paragraphs and for table rows without a number.
    package var marker: Range<Int>
    /// The marker's style.
    package var style: Style
    /// The number the marker stands for.
    package var ordinal: Int
    /// The index of the parent item in `OutlineTree.items`, or `topLevel`.
    package var parent: Int
    /// Depth: 1 for top-level items.
    package var level: Int
    /// Where the item's content starts, after the marker.
    package var contentStart: Int
    /// Where the item's own text ends (its first child, the next item, or the end of the body).
    package var end: Int
    /// A table row's task cell: its heading.
    package var headingCell: Range<Int>? = nil
    /// A table row's department cells with their column's role.
    package var departmentCells: [(range: Range<Int>, role: DepartmentRole)] = []
    /// A table row's cells other than its number and its task, in order, and where the row ends
    /// (text after it, up to the next marker, is the item's too); nil for other items.
    package var textCells: (cells: [Range<Int>], rowEnd: Int)? = nil
    /// Annotations after the item's last child that name who does all its children.
    package var liftedAnnotations: [Range<Int>] = []

    /// Creates an item.
    package init(marker: Range<Int>, style: Style, ordinal: Int, parent: Int, level: Int, contentStart: Int, end: Int,
                 headingCell: Range<Int>? = nil, departmentCells: [(range: Range<Int>, role: DepartmentRole)] = []) {
        self.marker = marker
        self.style = style
        self.ordinal = ordinal
        self.parent = parent
        self.level = level
        self.contentStart = contentStart
        self.end = end
        self.headingCell = headingCell
        self.departmentCells = departmentCells
    }

    /// Marker start to the end of the item's own text, children excluded.
    package var ownRange: Range<Int> { marker.lowerBound..<end }
    /// The part of `ownRange` after the marker: where mentions are looked for.
    package var contentRange: Range<Int> { contentStart..<end }

    /// The heading (first sentence after the marker, end punctuation dropped) and the rest of the
    /// item's own text, wrapped lines joined. A table row's task cell is its heading, its other
    /// cells (before and after the task cell, one per line, its number left out) its text.
    package func headingAndText(in clean: CleanText) -> (heading: String, text: String) {
        if let cell = headingCell {
            guard let (cells, rowEnd) = textCells else {
                // A group row (`行动一：…` across the table): its cell is its heading.
                return (TextJoiner.join(clean, cell), TextJoiner.join(clean, min(cell.upperBound, end)..<end))
            }
            // The other cells, one per line, then any text after the row (up to the next marker).
            var lines = cells.map { TextJoiner.join(clean, $0) }
            lines.append(TextJoiner.join(clean, min(rowEnd, end)..<end))
            return (TextJoiner.join(clean, cell), lines.filter { !$0.isEmpty }.joined(separator: "\n"))
        }
        return NodeText.split(clean, style: style, content: contentRange)
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
