/// One marked stretch of the source pane (标注): a node's own extent, a diagnostic's place or a
/// mention, and how its element is written.
struct Highlight {
    /// Which kind of stretch; at equal extents an outer layer opens first.
    enum Layer: UInt8 {
        /// A node's own span (the preamble included): the target of the outline's links (`id="n3"`).
        case node = 0
        /// A diagnostic's place (`id="d0"`).
        case diagnostic = 1
        /// A mention: amount, percentage, year, quantity, department (`id="m12"`).
        case mention = 2
    }

    /// First code point.
    var start: Int
    /// One past the last code point.
    var end: Int
    /// The kind of stretch.
    var layer: Layer
    /// The number in the element's id (`m12` is mention 12).
    var number: Int
    /// The CSS class naming the kind (`k-amount`, `r-lead`).
    var kind: StaticString
    /// The text shown on hover: the normalised value or the diagnostic's message.
    var title: String?
    /// True for a further place of the same mention (a department named again in the node,
    /// `Department.spans`): written like a continuation piece, so each mention keeps one first piece.
    var isRepeat = false

    /// The id the page links to: `n3`, `d0`, `m12`.
    var id: String {
        switch layer {
        case .node: "n\(number)"
        case .diagnostic: "d\(number)"
        case .mention: "m\(number)"
        }
    }

    /// Writes the opening tag: the first piece carries the id; a later piece (after a crossing
    /// highlight closed it) carries `data-of` with the first piece's id and the class `cont`.
    func writeOpen(first: Bool, into out: inout HTMLStream) throws(ReportError) {
        try out.raw(layer == .mention ? "<mark " : "<span ")
        try out.raw(first ? "id=\"" : "data-of=\"")
        try out.raw(id)
        try out.raw("\" class=\"")
        try out.raw(layer == .node ? "nd " : layer == .diagnostic ? "dg " : "hl ")
        try out.raw(kind)
        if !first { try out.raw(" cont") }
        try out.raw("\"")
        if let title {
            try out.raw(" title=\"")
            try out.attribute(title)
            try out.raw("\"")
        }
        try out.raw(">")
    }

    /// Writes the closing tag.
    func writeClose(into out: inout HTMLStream) throws(ReportError) {
        try out.raw(layer == .mention ? "</mark>" : "</span>")
    }
}
