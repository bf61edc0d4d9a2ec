/// Turns an `OutlineTree` (clean indices) into the public `Document` (source spans), running the
/// extractors over each node's own text and moving every position back to the source. Each item
/// becomes its `Node` once, in document order (so positions move forward through the offset map);
/// children are then moved into their parents from the last item up.
package struct DocumentAssembler {
    let decoded: DecodedText
    let clean: CleanText
    private var cursor: OffsetMap.Cursor
    /// When not nil, every value mention as the extractor read it is appended (see `assembleRecordingScans`).
    private var scans: [ScannedValue]?
    /// The year that year-less deadlines (`6月底前`, `年底前`) fall in: the signing year, else a one-year plan period.
    private var contextYear: Int?
    /// The user's department aliases.
    private let aliases: [DepartmentAlias]
    /// Names departments: the user's aliases plus the document's `以下简称` definitions.
    private var canonicalizer = DepartmentCanonicalizer()
    /// Where the document's departments sit (the `jurisdiction` fact).
    private var jurisdiction = Jurisdiction.unknown
    /// The indicator tables of the text: where each starts (clean) and its rows (clean spans).
    private lazy var indicatorTables: [(start: Int, indicators: [Indicator])] = clean.tables.compactMap { table in
        IndicatorTable.indicators(table, in: clean, planEnd: planEnd).map { (table.range.lowerBound, $0) }
    }
    /// The last year of the plan period, when the document states one: an indicator table's
    /// target column is the one for this year (a 十四五 plan's 2025, not its 2035 outlook).
    private var planEnd: Int?
    /// True when the document declares `列第一位者为牵头单位`.
    private var firstListedLeads = false
    /// Canonical names already resolved in this document, by written name and qualified name
    /// (nil: generic): a name is read once, not at every mention.
    private var resolved: [NamePair: String?] = [:]

    package init(decoded: DecodedText, clean: CleanText, aliases: [DepartmentAlias] = []) {
        self.decoded = decoded
        self.clean = clean
        self.cursor = OffsetMap.Cursor(clean.map)
        self.aliases = aliases
    }

    package func assemble(_ tree: OutlineTree, source: String?) -> Document {
        var copy = self
        return copy.build(tree, source: source)
    }

    /// As `assemble`, also returning each amount, percentage, year and quantity as the extractor
    /// read it (its display text) with the source span it was moved to: the invariant checks compare
    /// the two, since a mention's `text` in the document is `source[span]` by construction.
    package func assembleRecordingScans(_ tree: OutlineTree, source: String?) -> (document: Document, scans: [ScannedValue]) {
        var copy = self
        copy.scans = []
        let document = copy.build(tree, source: source)
        return (document, copy.scans ?? [])
    }

    private mutating func build(_ tree: OutlineTree, source: String?) -> Document {
        // Front matter wins over what the text states, field by field; the facts are flattened
        // into `metadata` here, where the document is written.
        let stated = DocumentFacts.extract(from: clean)
        var metadata = clean.metadata
        for (key, value) in stated.fields where metadata[key] == nil {
            metadata[key] = value
        }
        metadata = FrontMatter.addingChineseFacts(to: metadata)
        let title = TitleFinder.title(of: clean, metadata: metadata)
        if metadata["period"] == nil, let title, let period = DocumentFacts.fiveYearPlanPeriod(inTitle: title) {
            metadata["period"] = period.text
        }
        // The facts as written (front matter, then the text, then Chinese front-matter keys, then
        // the five-year plan the title names).
        let facts = DocumentFacts(metadata: metadata)
        contextYear = facts.contextYear
        planEnd = facts.period?.to
        jurisdiction = DocumentFacts.jurisdiction(of: clean, metadata: metadata, title: title)
        if metadata["jurisdiction"] == nil, let name = jurisdiction.name { metadata["jurisdiction"] = name }
        canonicalizer = DepartmentCanonicalizer(aliases: aliases)
            .adding(definitions: DepartmentDefinitions.abbreviations(in: clean), in: jurisdiction)
        firstListedLeads = DepartmentDefinitions.declaresFirstListedLead(in: clean)
        let preambleSpan = cursor.sourceSpan(of: tree.preamble)
        let preambleMentions = mentions(in: tree.preamble)
        let children = nodes(from: tree.items)
        // 落款: its values (the signing date) are the document's, no task's.
        let closing = tree.closing.map { range in
            Node(marker: "", style: .closing, ordinal: 0, level: 1, heading: "", text: PreambleText.join(clean, range),
                 span: cursor.sourceSpan(of: range), mentions: mentions(in: range))
        }
        var diagnostics: [Diagnostic] = []
        // Line numbers are counted only when a remark needs them, for all remarks in one pass.
        if !tree.remarks.isEmpty {
            var spans: [Span] = []
            spans.reserveCapacity(tree.remarks.count)
            for remark in tree.remarks { spans.append(cursor.sourceSpan(of: remark.range)) }
            let positions = LineIndex.positions(of: spans.map(\.start), in: decoded.scalars)
            for (k, remark) in tree.remarks.enumerated() {
                diagnostics.append(Diagnostic(severity: remark.severity, code: remark.code, message: remark.message,
                                              span: spans[k], line: positions[k].line, column: positions[k].column))
            }
        }
        return Document(source: source, encoding: decoded.encoding, title: title,
                        metadata: metadata, text: PreambleText.join(clean, tree.preamble), span: preambleSpan,
                        mentions: preambleMentions, children: children, closing: closing, diagnostics: diagnostics)
    }

    /// The top-level nodes of `items` (pre-order with parent links), each built once.
    private mutating func nodes(from items: [OutlineItem]) -> [Node] {
        var built: [Node] = []
        built.reserveCapacity(items.count)
        for item in items { built.append(node(from: item)) }
        // Bottom-up: a node's children are complete before it moves into its parent.
        var children: [[Node]] = Array(repeating: [], count: items.count)
        var roots: [Node] = []
        for k in items.indices.reversed() {
            var node = built[k]
            swap(&node.children, &children[k])
            node.children.reverse()
            if items[k].parent == OutlineItem.topLevel { roots.append(node) } else { children[items[k].parent].append(node) }
        }
        roots.reverse()
        return roots
    }

    /// The node of `item` without its children.
    private mutating func node(from item: OutlineItem) -> Node {
        let span = cursor.sourceSpan(of: item.ownRange)
        var found = mentions(in: item.contentRange)
        if !item.departmentCells.isEmpty {
            // A table row's department cells, with their column's role (merged cells too), named
            // as annotations are (canonical, generic).
            var cells: [Department] = []
            for (range, role) in item.departmentCells {
                for var department in DepartmentList.departments(in: clean, content: range, role: role) {
                    department.span = cursor.sourceSpan(of: department.span.range)
                    cells.append(department)
                }
            }
            found.departments += name(cells)
            found.departments.sort { $0.span.start < $1.span.start }
        }
        // An annotation after the last item that names who does them all (found after the items).
        for range in item.liftedAnnotations { found.append(mentions(in: range)) }
        var indicators: [Indicator] = []
        for table in indicatorTables where item.contentRange.contains(table.start) {
            for var indicator in table.indicators {
                indicator.span = cursor.sourceSpan(of: indicator.span.range)
                indicators.append(indicator)
            }
        }
        let (heading, text) = item.headingAndText(in: clean)
        return Node(marker: clean.string(item.marker), style: item.style, ordinal: item.ordinal, level: item.level,
                    heading: heading, text: text, span: span, mentions: found,
                    indicators: indicators.isEmpty ? nil : indicators)
    }

    /// Runs the extractors over `range` and moves their clean positions to source spans.
    private mutating func mentions(in range: Range<Int>) -> Mentions {
        guard !range.isEmpty else { return Mentions() }
        var found = MentionExtractor.extract(from: clean, in: range, contextYear: contextYear, firstListedLeads: firstListedLeads)
        for i in found.departments.indices {
            found.departments[i].span = cursor.sourceSpan(of: found.departments[i].span.range)
        }
        found.departments = name(found.departments)
        guard found.valueCount > 0 else { return found }
        var relocation = Relocation(cursor: cursor, decoded: decoded, scans: scans)
        scans = nil
        swap(&relocation.found, &found)
        Mentions.visitKinds(&relocation)
        swap(&relocation.found, &found)
        cursor = relocation.cursor
        scans = relocation.scans
        return found
    }

    /// Sets each department's `canonical` and `generic`, and lists a name repeated with the same
    /// role once, with every span in `spans`. The extractor leaves in `canonical` the name as its
    /// list qualifies it (`省` carried over, `部门` shared), which is what gets canonicalized.
    private mutating func name(_ departments: [Department]) -> [Department] {
        var out: [Department] = []
        var seen: [NamePair: Int] = [:]
        for var d in departments {
            let key = NamePair(d.role.rawValue, d.name)
            if let k = seen[key] {
                out[k].spans = (out[k].spans ?? [out[k].span]) + [d.span]
                continue
            }
            let qualified = d.canonical ?? d.name
            let resolvedKey = NamePair(d.name, qualified)
            let canonical: String?
            if let known = resolved[resolvedKey] {
                canonical = known
            } else {
                if DepartmentCanonicalizer.isGeneric(d.name) || DepartmentCanonicalizer.isGeneric(qualified) {
                    canonical = nil
                } else {
                    canonical = canonicalizer.canonical(for: qualified, in: jurisdiction)
                }
                resolved[resolvedKey] = .some(canonical)
            }
            d.canonical = canonical
            if canonical == nil { d.generic = true }
            seen[key] = out.count
            out.append(d)
        }
        return out
    }

    /// The year year-less deadlines fall in, for a document's written `metadata` (see
    /// `DocumentFacts.contextYear`).
    package static func contextYear(_ metadata: [String: String]) -> Int? {
        DocumentFacts(metadata: metadata).contextYear
    }
}

/// Maps each value mention's clean span to the source and sets its text to exactly `source[span]`,
/// kind by kind.
private struct Relocation: ValueKindVisitor {
    var cursor: OffsetMap.Cursor
    let decoded: DecodedText
    /// When not nil, each mention as the extractor read it is appended.
    var scans: [ScannedValue]?
    var found = Mentions()

    mutating func visit<M: ValueMention>(_ kind: M.Type) {
        var mentions = found[keyPath: M.path]
        guard !mentions.isEmpty else { return }
        found[keyPath: M.path] = []
        for i in mentions.indices {
            let span = cursor.sourceSpan(of: mentions[i].span.range)
            scans?.append(ScannedValue(text: mentions[i].text, span: span))
            mentions[i].span = span
            mentions[i].text = String(scalars: decoded.scalars[span.range])
        }
        found[keyPath: M.path] = mentions
    }
}

/// A value mention as an extractor read it: its display text in the clean text, and its source span.
package struct ScannedValue: Hashable, Sendable {
    /// The clean characters the extractor read.
    package var text: String
    /// Where they came from in the decoded source.
    package var span: Span
}
