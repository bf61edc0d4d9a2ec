import PolicyParse

/// 文件报告 (document report): one self-contained HTML page showing a parsed document over its
/// own source text, for checking an extraction by eye.
///
/// Left, the outline as a collapsible tree (marker, heading, badges for departments and values);
/// right, the decoded source exactly as given, every mention highlighted from its span (hover
/// shows the normalised value); below, the tasks with their lead and support departments and
/// targets, and the diagnostics, each linked to its place. Inline CSS and a small inline script;
/// no external resources; readable with JavaScript off. Written in one pass to an `HTMLStream`.
public struct DocumentReport {
    /// The parsed document.
    public var document: Document
    /// The decoded source the document's spans count in (`DecodedText.scalars`).
    public var source: [Unicode.Scalar]

    /// At most this many badges are shown per node in the outline; the rest are counted.
    static let badgeLimit = 12

    /// A report of `document` over `source`, the decoded text it was parsed from.
    public init(document: Document, source: [Unicode.Scalar]) {
        self.document = document
        self.source = source
    }

    /// Decodes `bytes`, parses them and pairs the document with its source.
    public init(bytes: [UInt8], source name: String?, options: ParseOptions = ParseOptions()) throws(PolicyParseError) {
        let decoded = try TextDecoder.decode(bytes, encoding: options.encoding)
        let document = PolicyParser.parse(decoded, source: name)
        self.init(document: document, source: decoded.scalars.array)
    }

    /// The whole page as bytes.
    public func html() -> [UInt8] {
        HTMLStream.collect { (out: inout HTMLStream) throws(ReportError) in try write(to: &out) }
    }

    /// Writes the page to `out` (and finishes the stream).
    public func write(to out: inout HTMLStream) throws(ReportError) {
        let steps = Array(document.allNodes)
        var highlights: [Highlight] = []
        highlights.reserveCapacity(steps.count + 16)
        try head(&out)
        try header(steps, &out)
        try out.raw("<div class=\"panes\">\n<nav class=\"outline\" aria-label=\"Outline\"><h2>Outline</h2>\n<ul class=\"tree\">\n")
        var nextMention = 0
        var firstMention = [Int](repeating: 0, count: steps.count + 1)
        // The preamble is node 0.
        firstMention[0] = nextMention
        try out.raw("<li><a class=\"node\" href=\"#n0\"><span class=\"mk\">¶</span>Preamble</a>")
        try badges(document, first: nextMention, &out)
        try out.raw("</li>\n")
        Self.collect(document, number: 0, nextMention: &nextMention, into: &highlights)
        var openContainers = 0
        for (k, step) in steps.enumerated() {
            let depth = step.indices.count
            while openContainers >= depth {
                try out.raw("</ul></details></li>\n")
                openContainers -= 1
            }
            let number = k + 1
            firstMention[number] = nextMention
            let node = step.node
            try out.raw(node.children.isEmpty ? "<li>" : "<li><details open><summary>")
            try out.raw("<a class=\"node\" href=\"#n")
            try out.int(number)
            try out.raw("\" title=\"")
            try out.attribute(step.path)
            try out.raw("\"><span class=\"mk\">")
            try out.text(node.marker.isEmpty ? node.pathComponent : node.marker)
            try out.raw("</span>")
            try out.text(node.heading.isEmpty ? Self.excerpt(node.text) : node.heading)
            try out.raw("</a>")
            try badges(node, first: nextMention, &out)
            if node.children.isEmpty {
                try out.raw("</li>\n")
            } else {
                try out.raw("</summary><ul>\n")
                openContainers += 1
            }
            Self.collect(node, number: number, nextMention: &nextMention, into: &highlights)
        }
        while openContainers > 0 {
            try out.raw("</ul></details></li>\n")
            openContainers -= 1
        }
        try out.raw("</ul>\n</nav>\n<main class=\"source\"><h2>Source</h2>\n")
        for (i, d) in document.diagnostics.enumerated() {
            highlights.append(Highlight(start: d.span.start, end: d.span.end, layer: .diagnostic, number: i,
                                        kind: "w", title: d.message))
        }
        // The newline after <pre> is eaten by the HTML parser, so a source that starts with one keeps it.
        try out.raw("<pre id=\"src\">\n")
        try SourceMarkup.write(source, highlights, into: &out)
        try out.raw("</pre>\n</main>\n</div>\n")
        try tasks(steps, firstMention, &out)
        try diagnostics(&out)
        try out.raw("<footer>Written by policyparse report. Spans are code points of the decoded source; see Docs/Report.md.</footer>\n<script>\n")
        try out.raw(ReportStyle.documentScript)
        try out.raw("\n</script>\n</body>\n</html>\n")
        try out.finish()
    }

    // MARK: Sections

    private func head(_ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        try out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        try out.raw("<meta name=\"generator\" content=\"policyparse report\">\n<title>")
        try out.text(displayTitle)
        try out.raw(" · policyparse report</title>\n<style>\n")
        try out.raw(ReportStyle.common)
        try out.raw("\n")
        try out.raw(ReportStyle.document)
        try out.raw("\n</style>\n</head>\n<body class=\"document-report\">\n")
    }

    /// The title, else the source path, else `Untitled document`.
    var displayTitle: String { document.title ?? document.source ?? "Untitled document" }

    private func header(_ steps: [NodeWalk.Step], _ out: inout HTMLStream) throws(ReportError) {
        var total = document.mentions.count
        for step in steps { total += step.node.mentions.count }
        try out.raw("<header>\n<h1>")
        try out.text(displayTitle)
        try out.raw("</h1>\n<p class=\"meta\">")
        if let source = document.source {
            try out.raw("<span class=\"src-name\">")
            try out.text(source)
            try out.raw("</span> · ")
        }
        try out.text(document.encoding)
        try out.raw(" · ")
        try out.int(source.count)
        try out.raw(" code points · <span id=\"count-nodes\">")
        try out.int(steps.count)
        try out.raw("</span> nodes · <span id=\"count-mentions\">")
        try out.int(total.all)
        try out.raw("</span> mentions (")
        try out.int(total.departments)
        try out.raw(" departments, ")
        try out.int(total.amounts)
        try out.raw(" amounts, ")
        try out.int(total.percentages)
        try out.raw(" percentages, ")
        try out.int(total.years)
        try out.raw(" years, ")
        try out.int(total.quantities)
        try out.raw(" quantities) · ")
        try out.int(document.diagnostics.count)
        try out.raw(" diagnostics</p>\n")
        if !document.metadata.isEmpty {
            try out.raw("<table class=\"metadata\">\n")
            for key in document.metadata.keys.sorted() {
                try out.raw("<tr><th>")
                try out.text(key)
                try out.raw("</th><td>")
                try out.text(document.metadata[key] ?? "")
                try out.raw("</td></tr>\n")
            }
            try out.raw("</table>\n")
        }
        try out.raw("""
        <ul class="legend"><li class="b k-amount">amount 金额</li><li class="b k-percentage">percentage 百分比</li>\
        <li class="b k-year">year 年份</li><li class="b k-quantity">quantity 数量</li>\
        <li class="b r-lead">lead 牵头</li><li class="b r-responsible">responsible 负责</li>\
        <li class="b r-support">support 配合</li></ul>
        </header>
        <nav class="toolbar"><a href="#tasks">Tasks</a><a href="#diagnostics">Diagnostics</a></nav>

        """)
    }

    private func tasks(_ steps: [NodeWalk.Step], _ firstMention: [Int], _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<section id=\"tasks\"><h2>Tasks</h2>\n")
        try out.raw("<p class=\"meta\">Every node with a department or a target (amount, percentage, quantity), in reading order.</p>\n")
        try out.raw("<table class=\"tasks\">\n<thead><tr><th>Task</th><th>Heading</th><th>Lead / responsible</th><th>Support</th><th>Targets</th><th>Years</th></tr></thead>\n<tbody>\n")
        var rows = 0
        for (k, step) in steps.enumerated() {
            let node = step.node
            guard !node.departments.isEmpty || !node.amounts.isEmpty || !node.percentages.isEmpty || !node.quantities.isEmpty else { continue }
            rows += 1
            let number = k + 1
            let ids = MentionNumbers(first: firstMention[number], node)
            try out.raw("<tr><td class=\"path\"><a href=\"#n")
            try out.int(number)
            try out.raw("\">")
            try out.text(step.path)
            try out.raw("</a></td><td>")
            try out.text(node.heading.isEmpty ? Self.excerpt(node.text) : node.heading)
            try out.raw("</td><td>")
            for (i, d) in node.departments.enumerated() where d.role != .support {
                try Self.badge(ids.department(i), d.name, Self.roleClass(d.role), MentionLabel.describe(d), &out)
            }
            try out.raw("</td><td>")
            for (i, d) in node.departments.enumerated() where d.role == .support {
                try Self.badge(ids.department(i), d.name, Self.roleClass(d.role), MentionLabel.describe(d), &out)
            }
            try out.raw("</td><td>")
            for (i, a) in node.amounts.enumerated() {
                try Self.badge(ids.amount(i), a.text, "k-amount", MentionLabel.describe(a), &out)
            }
            for (i, p) in node.percentages.enumerated() {
                try Self.badge(ids.percentage(i), p.text, "k-percentage", MentionLabel.describe(p), &out)
            }
            for (i, q) in node.quantities.enumerated() {
                try Self.badge(ids.quantity(i), q.text, "k-quantity", MentionLabel.describe(q), &out)
            }
            try out.raw("</td><td>")
            for (i, y) in node.years.enumerated() {
                try Self.badge(ids.year(i), y.text, "k-year", MentionLabel.describe(y), &out)
            }
            try out.raw("</td></tr>\n")
        }
        try out.raw("</tbody>\n</table>\n")
        if rows == 0 { try out.raw("<p>No node names a department or a target.</p>\n") }
        try out.raw("</section>\n")
    }

    private func diagnostics(_ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<section id=\"diagnostics\"><h2>Diagnostics</h2>\n")
        guard !document.diagnostics.isEmpty else {
            try out.raw("<p>None: the numbering reads cleanly.</p>\n</section>\n")
            return
        }
        try out.raw("<table class=\"diagnostics\">\n<thead><tr><th>Place</th><th>Severity</th><th>Code</th><th>Message</th></tr></thead>\n<tbody>\n")
        for (i, d) in document.diagnostics.enumerated() {
            try out.raw("<tr><td class=\"path\"><a href=\"#d")
            try out.int(i)
            try out.raw("\">")
            try out.int(d.line)
            try out.raw(":")
            try out.int(d.column)
            try out.raw("</a></td><td>")
            try out.text(d.severity.rawValue)
            try out.raw("</td><td>")
            try out.text(d.code)
            try out.raw("</td><td>")
            try out.text(d.message)
            try out.raw("</td></tr>\n")
        }
        try out.raw("</tbody>\n</table>\n</section>\n")
    }

    // MARK: Badges and highlights

    /// The outline's badges for one holder: departments first, then values; at most `badgeLimit`.
    private func badges(_ holder: some MentionHolding, first: Int, _ out: inout HTMLStream) throws(ReportError) {
        var shown = 0
        let ids = MentionNumbers(first: first, holder)
        func room() -> Bool { shown < Self.badgeLimit }
        for (i, d) in holder.departments.enumerated() where room() {
            try Self.badge(ids.department(i), d.name, Self.roleClass(d.role), MentionLabel.describe(d), &out); shown += 1
        }
        for (i, a) in holder.amounts.enumerated() where room() {
            try Self.badge(ids.amount(i), a.text, "k-amount", MentionLabel.describe(a), &out); shown += 1
        }
        for (i, p) in holder.percentages.enumerated() where room() {
            try Self.badge(ids.percentage(i), p.text, "k-percentage", MentionLabel.describe(p), &out); shown += 1
        }
        for (i, y) in holder.years.enumerated() where room() {
            try Self.badge(ids.year(i), y.text, "k-year", MentionLabel.describe(y), &out); shown += 1
        }
        for (i, q) in holder.quantities.enumerated() where room() {
            try Self.badge(ids.quantity(i), q.text, "k-quantity", MentionLabel.describe(q), &out); shown += 1
        }
        let total = holder.mentions.count.all
        if total > shown {
            try out.raw(" <span class=\"b more\">+")
            try out.int(total - shown)
            try out.raw("</span>")
        }
    }

    /// One badge: a link to the mention's highlight, titled with its normalised value.
    private static func badge(_ number: Int, _ text: String, _ kind: StaticString, _ title: String, _ out: inout HTMLStream) throws(ReportError) {
        try out.raw(" <a class=\"b ")
        try out.raw(kind)
        try out.raw("\" href=\"#m")
        try out.int(number)
        try out.raw("\" title=\"")
        try out.attribute(title)
        try out.raw("\">")
        try out.text(text)
        try out.raw("</a>")
    }

    /// The CSS class of a department role.
    static func roleClass(_ role: DepartmentRole) -> StaticString {
        switch role {
        case .lead: "r-lead"
        case .support: "r-support"
        case .responsible: "r-responsible"
        }
    }

    /// Adds the holder's own span and its mentions to `highlights`, numbering mentions in the
    /// order `MentionNumbers` gives them.
    private static func collect(_ holder: some MentionHolding & Spanned, number: Int, nextMention: inout Int, into highlights: inout [Highlight]) {
        highlights.append(Highlight(start: holder.ownSpan.start, end: holder.ownSpan.end, layer: .node, number: number, kind: "", title: nil))
        for d in holder.departments {
            let title = MentionLabel.describe(d)
            highlights.append(Highlight(start: d.span.start, end: d.span.end, layer: .mention, number: nextMention, kind: roleClass(d.role), title: title))
            for place in d.spans ?? [] where place != d.span {
                highlights.append(Highlight(start: place.start, end: place.end, layer: .mention, number: nextMention,
                                            kind: roleClass(d.role), title: title, isRepeat: true))
            }
            nextMention += 1
        }
        for a in holder.amounts {
            highlights.append(Highlight(start: a.span.start, end: a.span.end, layer: .mention, number: nextMention, kind: "k-amount", title: MentionLabel.describe(a)))
            nextMention += 1
        }
        for p in holder.percentages {
            highlights.append(Highlight(start: p.span.start, end: p.span.end, layer: .mention, number: nextMention, kind: "k-percentage", title: MentionLabel.describe(p)))
            nextMention += 1
        }
        for y in holder.years {
            highlights.append(Highlight(start: y.span.start, end: y.span.end, layer: .mention, number: nextMention, kind: "k-year", title: MentionLabel.describe(y)))
            nextMention += 1
        }
        for q in holder.quantities {
            highlights.append(Highlight(start: q.span.start, end: q.span.end, layer: .mention, number: nextMention, kind: "k-quantity", title: MentionLabel.describe(q)))
            nextMention += 1
        }
    }

    /// The first 40 characters of `text`, for a node without a heading.
    static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 40 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(40))) + "…"
    }
}

/// A holder's own extent: a node's span, the document's preamble span.
protocol Spanned {
    /// The holder's own span.
    var ownSpan: Span { get }
}

extension Node: Spanned {
    var ownSpan: Span { span }
}

extension Document: Spanned {
    var ownSpan: Span { span }
}

/// The mention numbers (`m12`) of one holder: departments, amounts, percentages, years,
/// quantities, one after the other from `first`, the order `DocumentReport.collect` uses.
struct MentionNumbers {
    private let first: Int
    private let counts: Mentions.Count

    init(first: Int, _ holder: some MentionHolding) {
        self.first = first
        self.counts = holder.mentions.count
    }

    func department(_ i: Int) -> Int { first + i }
    func amount(_ i: Int) -> Int { first + counts.departments + i }
    func percentage(_ i: Int) -> Int { amount(counts.amounts) + i }
    func year(_ i: Int) -> Int { percentage(counts.percentages) + i }
    func quantity(_ i: Int) -> Int { year(counts.years) + i }
}

extension Mentions {
    /// How many mentions of each kind.
    struct Count {
        var departments = 0, amounts = 0, percentages = 0, years = 0, quantities = 0
        /// All of them.
        var all: Int { departments + amounts + percentages + years + quantities }

        static func + (a: Count, b: Count) -> Count {
            Count(departments: a.departments + b.departments, amounts: a.amounts + b.amounts,
                  percentages: a.percentages + b.percentages, years: a.years + b.years, quantities: a.quantities + b.quantities)
        }

        static func += (a: inout Count, b: Count) { a = a + b }
    }

    /// The counts of each kind.
    var count: Count {
        Count(departments: departments.count, amounts: amounts.count, percentages: percentages.count,
              years: years.count, quantities: quantities.count)
    }
}
