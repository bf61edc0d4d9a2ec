import Foundation
import PolicyParse

/// The properties every parse must have, whatever the input: checked by the fuzz target and
/// replayed by the tests (`FuzzRegressionTests`, `PathologicalInputTests`).
///
/// Nothing here traps: a check returns the list of broken invariants, and the caller decides
/// (the fuzz target calls `fatalError` so libFuzzer records the input; tests fail with the list).
public enum InvariantCheck {
    /// What one run of the pipeline over some bytes gave.
    public enum Outcome: Sendable {
        /// The bytes became a document.
        case document(Document)
        /// The bytes were refused with a typed error.
        case error(PolicyParseError)
    }

    /// Runs `bytes` through the whole pipeline (decode, clean, outline, extract, JSON) and
    /// returns what it gave with every broken invariant; an empty list means all held.
    public static func run(_ bytes: [UInt8], options: ParseOptions = ParseOptions()) -> (outcome: Outcome, violations: [String]) {
        let document: Document
        do {
            document = try PolicyParser.parse(bytes: bytes, source: nil, options: options)
        } catch {
            return (.error(error), errorViolations(error, byteCount: bytes.count))
        }
        // The spans count code points of the decoded source: decode again to get them.
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, encoding: options.encoding)
        } catch {
            return (.document(document), ["parse succeeded but decoding the same bytes again failed: \(error)"])
        }
        var violations = check(document, source: decoded.scalars.array)
        violations += scanViolations(decoded, parsed: document)
        violations += completenessViolations(document, decoded: decoded)
        violations += segmenterViolations(decoded.scalars.array)
        violations += visibleTextViolations(decoded)
        if document.encoding != decoded.encoding {
            violations.append("document encoding \(document.encoding) differs from the decoder's \(decoded.encoding)")
        }
        return (.document(document), violations)
    }

    /// Each amount, percentage, year and quantity as the extractor read it (its clean display
    /// text) stands in the source at the span it was given, through only the markup and white space
    /// the cleaner removed or folded; and the pipeline run stage by stage gives `parsed` again.
    /// (A mention's `text` in the document is `source[span]` by construction, so checking that
    /// would test nothing.)
    package static func scanViolations(_ decoded: DecodedText, parsed: Document? = nil) -> [String] {
        let clean = Cleaner.clean(decoded)
        let tree = TreeBuilder.build(OutlineTokenizer.tokens(in: clean), in: clean)
        let (document, scans) = DocumentAssembler(decoded: decoded, clean: clean).assembleRecordingScans(tree, source: parsed?.source)
        var violations: [String] = []
        if let parsed, parsed != document { violations.append("the stages run one by one give a different document than PolicyParser.parse") }
        let source = decoded.scalars.array
        for scan in scans where violations.count < 20 {
            let span = scan.span
            guard span.start >= 0, span.start <= span.end, span.end <= source.count else {
                violations.append("scanned \(debug(scan.text)) has span \(span) outside the source of \(source.count) code points")
                continue
            }
            if !markupMatch(span, Array(scan.text.unicodeScalars), in: source, whole: true, skipsWhiteSpace: true) {
                violations.append("scanned \(debug(scan.text)) is not source\(span) \(debug(String(String.UnicodeScalarView(source[span.range])))))")
            }
        }
        return violations
    }

    /// The invariants of a typed error: a byte offset, where given, lies inside the input.
    public static func errorViolations(_ error: PolicyParseError, byteCount: Int) -> [String] {
        var violations: [String] = []
        if let offset = error.byteOffset, offset < 0 || offset > byteCount {
            violations.append("error \(error.kind) has byte offset \(offset) outside 0...\(byteCount)")
        }
        if error.detail.isEmpty { violations.append("error \(error.kind) has an empty detail") }
        return violations
    }

    /// Every invariant of `document` parsed from `source` (the decoded code points), including
    /// that its JSON reads back into an equal value.
    public static func check(_ document: Document, source: [Unicode.Scalar]) -> [String] {
        var violations = spanViolations(document, source: source)
        violations += roundTripViolations(document)
        return violations
    }

    /// Spans inside the source; department names stand at their spans; node spans start
    /// at their marker. Walks the tree without recursion.
    public static func spanViolations(_ document: Document, source: [Unicode.Scalar]) -> [String] {
        var violations: [String] = []
        let count = source.count
        func note(_ message: @autoclosure () -> String) {
            if violations.count < 20 { violations.append(message()) }
        }
        func inside(_ span: Span, _ what: @autoclosure () -> String) -> Bool {
            guard span.start >= 0, span.start <= span.end, span.end <= count else {
                note("\(what()) span \(span) is not inside the source of \(count) code points")
                return false
            }
            return true
        }
        func surface(_ span: Span) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: source[span.start..<span.end])
            return String(view)
        }
        func mentions<M: MentionHolding>(_ holder: M, _ path: String) {
            for (i, d) in holder.departments.enumerated() where inside(d.span, "\(path).departments[\(i)]") {
                if d.name.isEmpty { note("\(path).departments[\(i)] has an empty name") }
                if !nameFills(d.span, Array(d.name.unicodeScalars), in: source) {
                    note("\(path).departments[\(i)] name \(debug(d.name)) is not source\(d.span) \(debug(surface(d.span)))")
                }
            }
            let m = holder.mentions
            for kind in Mentions.valueKinds { values(kind, m, path) }
        }
        func values<M: ValueMention>(_ kind: M.Type, _ m: Mentions, _ path: String) {
            for (i, x) in m[keyPath: M.path].enumerated() where inside(x.span, "\(path).\(M.key)[\(i)]") {
                if let q = x as? any QualifiedMention, q.value.isNaN { note("\(path).\(M.key)[\(i)] value is NaN") }
            }
        }

        _ = inside(document.span, "document")
        mentions(document, "document")
        if let closing = document.closing, inside(closing.span, "closing") { mentions(closing, "closing") }
        for (i, d) in document.diagnostics.enumerated() {
            if inside(d.span, "diagnostics[\(i)]"), d.line < 1 || d.column < 1 {
                note("diagnostics[\(i)] has line \(d.line) column \(d.column)")
            }
        }
        // Depth-first over the nodes with an explicit stack: the tree may be deep.
        var stack: [(node: Node, path: String, level: Int)] = document.children.enumerated().reversed().map {
            ($0.element, "children[\($0.offset)]", 1)
        }
        while let (node, path, level) = stack.popLast() {
            if violations.count >= 20 { break }
            if node.level != level { note("\(path) has level \(node.level) at depth \(level)") }
            if level > OutlineLimits.maxDepth { note("\(path) is \(level) deep, more than OutlineLimits.maxDepth \(OutlineLimits.maxDepth)") }
            if inside(node.span, path), !node.marker.isEmpty,
               !markerStarts(node.span, Array(node.marker.unicodeScalars), in: source) {
                note("\(path) span \(node.span) starts with \(debug(surface(Span(node.span.start, min(node.span.end, node.span.start + 12))))), not its marker \(debug(node.marker))")
            }
            mentions(node, path)
            for (i, child) in node.children.enumerated().reversed() {
                stack.append((child, "\(path).children[\(i)]", level + 1))
            }
        }
        return violations
    }

    /// Whether `source[span]` begins with `marker`. Markup the cleaner removed may stand inside a
    /// marker in the source (`6<span>.1`, `&#65288;一）`, a zero-width space), so the marker's
    /// characters must come in order, the first at `span.start`, each either written or as one
    /// character reference (`&…;`), with only removed markup between them: a tag, a comment, an
    /// entity, zero-width or soft-hyphen characters, and white space: text extracted from PDF
    /// spaces markers out (`第 1 条`, `1 . 1`) and the cleaner joins them (`第1条`).
    public static func markerStarts(_ span: Span, _ marker: [Unicode.Scalar], in source: [Unicode.Scalar]) -> Bool {
        markupMatch(span, marker, in: source, whole: false, skipsWhiteSpace: true)
    }

    /// Whether `source[span]` is `name` as written: its characters in order from `span.start` to
    /// `span.end`, with only removed markup and white space (a joined line wrap) between them; a
    /// space in the name stands for any run the cleaner reads as white space (control characters too).
    public static func nameFills(_ span: Span, _ name: [Unicode.Scalar], in source: [Unicode.Scalar]) -> Bool {
        markupMatch(span, name, in: source, whole: true, skipsWhiteSpace: true)
    }

    /// `text` read from `source` at `span.start` through removed markup (see `markerStarts`);
    /// with `whole`, it must end exactly at `span.end`.
    static func markupMatch(_ span: Span, _ text: [Unicode.Scalar], in source: [Unicode.Scalar], whole: Bool,
                            skipsWhiteSpace: Bool) -> Bool {
        let written = source[span.start..<span.end]
        if whole ? written.elementsEqual(text) : written.starts(with: text) { return true }
        var p = span.start
        let end = span.end
        /// The index after a character reference at `p`, or nil.
        func entityEnd(_ p: Int) -> Int? {
            guard p < end, source[p] == "&" else { return nil }
            var q = p + 1
            while q < end, q - p <= 12, source[q] != ";" { q += 1 }
            return q < end && source[q] == ";" && q > p + 1 ? q + 1 : nil
        }
        /// The index after removed markup at `p`, or nil.
        func markupEnd(_ p: Int) -> Int? {
            guard p < end else { return nil }
            switch source[p] {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}": return p + 1
            case let c where skipsWhiteSpace && readsAsSpace(c):
                return p + 1
            case _ where skipsWhiteSpace && p > 0 && source[p - 1] == "\n":
                // A page-number line (`— 12 —`) the cleaner removed from inside a figure.
                var e = p
                while e < end, source[e] != "\n" { e += 1 }
                return e > p && PDFLayout.isPageNumber(source, p..<e) ? e : nil
            case "&" where skipsWhiteSpace:
                // White space written as a reference (`&nbsp;`, `&#12288;`), which the cleaner may fold away.
                guard let e = entityEnd(p) else { return nil }
                let name = String(String.UnicodeScalarView(source[p..<e])).lowercased()
                return ["&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#xa0;", "&#32;", "&#x20;", "&#12288;", "&#x3000;"]
                    .contains(name) ? e : nil
            case "<":
                var q = p + 1
                if source[p..<end].starts(with: "<!--".unicodeScalars) {
                    while q + 2 < end, !(source[q] == "-" && source[q + 1] == "-" && source[q + 2] == ">") { q += 1 }
                    return q + 2 < end ? q + 3 : nil
                }
                while q < end, source[q] != ">" { q += 1 }
                return q < end ? q + 1 : nil
            default: return nil
            }
        }
        for (k, m) in text.enumerated() {
            if k > 0 {
                while p < end, source[p] != m, !(skipsWhiteSpace && m == " " && (readsAsSpace(source[p]) || source[p] == "&")),
                      let next = markupEnd(p) { p = next }
            }
            guard p < end else { return false }
            if source[p] == m {
                p += 1
            } else if skipsWhiteSpace, m == " ", readsAsSpace(source[p]) {
                p += 1
            } else if let next = entityEnd(p) {
                p = next
            } else {
                return false
            }
        }
        return !whole || p == end
    }

    /// Characters the cleaner turns into white space (then collapses): blanks, line breaks and
    /// other control characters.
    static func readsAsSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v <= 0x20 || v == 0x7F || v == 0x85 || v == 0xA0 || v == 0x3000 || v == 0x2002 || v == 0x2003
            || v == 0x2009 || v == 0x2028 || v == 0x2029
    }

    /// In an HTML page, every Han character (U+4E00–U+9FFF) a browser would show (outside tags,
    /// comments including the empty `<!-->` and `<!--->`, and `script`/`style`/… elements) is in
    /// the clean text, up to the last character the clean text keeps (boilerplate after it may be
    /// cut), from the first character it keeps (front matter before it becomes metadata). Read with
    /// HTML's own rules, independently of the cleaner. Skipped for pages with front matter fields
    /// or Markdown links (`](`), whose targets the cleaner drops.
    package static func visibleTextViolations(_ decoded: DecodedText) -> [String] {
        let source = decoded.scalars.array
        let clean = Cleaner.clean(decoded)
        guard clean.format == .html, clean.count > 0, clean.metadata.isEmpty, !containsLinkTarget(source) else { return [] }
        var kept = [Bool](repeating: false, count: source.count)
        for k in 0..<clean.count {
            let p = clean.map.sourceStart(of: k)
            if p >= 0 && p < source.count { kept[p] = true }
        }
        let limit = clean.map.sourceStart(of: clean.count - 1)
        var markup = HTMLMarkup(source)
        // Text before the first clean character may be front matter or a removed header.
        var i = clean.map.sourceStart(of: 0)
        while i < limit {
            if source[i] == "<", let end = markup.end(at: i) {
                i = end
                continue
            }
            if (0x4E00...0x9FFF).contains(source[i].value), !kept[i] {
                return ["visible text lost: \(debug(String(String.UnicodeScalarView(source[i..<min(source.count, i + 20)])))) at \(i) is not in the clean text"]
            }
            i += 1
        }
        return []
    }

    private static func containsLinkTarget(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < s.count {
            if s[i] == "]" && s[i + 1] == "(" { return true }
            i += 1
        }
        return false
    }

    /// 完整性 (completeness): every value mention the extractors find when run over
    /// the whole clean text is in the tree (or the closing 落款) exactly once (same source span), and
    /// the tree holds no other. Text the outline puts in no node, or in two, shows up here.
    package static func completenessViolations(_ document: Document, decoded: DecodedText) -> [String] {
        let clean = Cleaner.clean(decoded)
        let whole = MentionExtractor.extract(from: clean, in: 0..<clean.count,
                                             contextYear: DocumentAssembler.contextYear(document.metadata))
        var violations: [String] = []
        func compare(_ kind: String, _ expected: [Span], _ found: [Span]) {
            var counts: [Span: Int] = [:]
            for span in found { counts[span, default: 0] += 1 }
            for span in expected {
                let source = clean.sourceSpan(of: span.range)
                let seen = counts[source, default: 0]
                if seen != 1, violations.count < 20 {
                    violations.append("\(kind) at source\(source) \(debug(text(decoded.scalars.array[source.range]))) is in the tree \(seen) times, not once")
                }
                counts[source] = nil
            }
            for (span, _) in counts.sorted(by: { $0.key.start < $1.key.start }).prefix(max(0, 20 - violations.count)) {
                violations.append("\(kind) at source\(span) is in the tree but not found over the whole text")
            }
        }
        func compareKind<M: ValueMention>(_ kind: M.Type) {
            var found = document.mentions[keyPath: M.path].map(\.span)
            for step in document.allNodes { found += step.node.mentions[keyPath: M.path].map(\.span) }
            if let closing = document.closing { found += closing.mentions[keyPath: M.path].map(\.span) }
            compare(M.name, whole[keyPath: M.path].map(\.span), found)
        }
        for kind in Mentions.valueKinds where !kind.readsBounds { compareKind(kind) }
        return violations
    }

    /// The string of some code points.
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// `Segmenter` paragraphs, sentences and words of `source`: non-empty, inside the source, in
    /// order and not overlapping; sentences and words inside their paragraphs' extent.
    public static func segmenterViolations(_ source: [Unicode.Scalar], segmenter: Segmenter = Segmenter()) -> [String] {
        var violations: [String] = []
        for (kind, ranges) in [("paragraph", segmenter.paragraphs(in: source)), ("sentence", segmenter.sentences(in: source)),
                               ("word", segmenter.words(in: source))] {
            var previousEnd = 0
            for (i, r) in ranges.enumerated() {
                if r.isEmpty || r.lowerBound < previousEnd || r.upperBound > source.count {
                    violations.append("\(kind) \(i) \(r) is empty, out of order or outside the source of \(source.count)")
                    break
                }
                previousEnd = r.upperBound
            }
        }
        return violations
    }

    /// The JSON of `document` decodes with `JSONDecoder` into an equal `Document`: the one-line
    /// layout always, the pretty one too while the JSON is under `prettyLimit` bytes (the two
    /// differ only in white space; decoding both doubles the cost of a large test input).
    public static func roundTripViolations(_ document: Document, prettyLimit: Int = 1 << 20) -> [String] {
        var violations: [String] = []
        for pretty in [false, true] {
            let json = JSONWriter.encode(document, pretty: pretty)
            if pretty, json.count > prettyLimit { break }
            let decoded: Document
            do {
                decoded = try JSONDecoder().decode(Document.self, from: Data(json))
            } catch {
                violations.append("JSON (pretty: \(pretty)) does not decode: \(error)")
                continue
            }
            if decoded != document {
                violations.append("JSON (pretty: \(pretty)) decodes to a different document: \(firstDifference(document, decoded))")
            }
        }
        return violations
    }

    /// A short description of where two documents first differ (for the report).
    static func firstDifference(_ a: Document, _ b: Document) -> String {
        if a.text != b.text { return "text \(debug(a.text)) vs \(debug(b.text))" }
        if a.title != b.title { return "title \(String(describing: a.title)) vs \(String(describing: b.title))" }
        if a.metadata != b.metadata { return "metadata \(a.metadata) vs \(b.metadata)" }
        if a.mentions != b.mentions { return "preamble mentions \(a.mentions) vs \(b.mentions)" }
        if a.diagnostics != b.diagnostics { return "diagnostics differ" }
        var stack = Array(zip(a.children, b.children).enumerated().map { ($0.element.0, $0.element.1, "children[\($0.offset)]") })
        if a.children.count != b.children.count { return "child count \(a.children.count) vs \(b.children.count)" }
        while let (x, y, path) = stack.popLast() {
            if x.children.count != y.children.count { return "\(path) child count differs" }
            if x.mentions != y.mentions { return "\(path) mentions \(x.mentions) vs \(y.mentions)" }
            if x.marker != y.marker || x.heading != y.heading || x.text != y.text || x.span != y.span
                || x.style != y.style || x.ordinal != y.ordinal || x.level != y.level {
                return "\(path) fields differ"
            }
            stack += zip(x.children, y.children).enumerated().map { ($0.element.0, $0.element.1, "\(path).children[\($0.offset)]") }
        }
        return "unknown field"
    }

    /// A string shortened and escaped for a message.
    static func debug(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(40))
        return String(reflecting: String(view)) + (scalars.count > 40 ? "…(\(scalars.count))" : "")
    }
}

/// HTML markup read the way a browser reads it, for `visibleTextViolations`: tags, comments
/// (`<!-->` and `<!--->` are empty ones), and elements whose content is not shown. A search that
/// failed is remembered, so a page of unclosed `<` stays linear.
struct HTMLMarkup {
    let s: [Unicode.Scalar]
    /// Searches for these texts from at or after the index already failed.
    var failedFrom: [String: Int] = [:]

    /// Elements whose content a browser does not show.
    static let hiddenElements: Set<String> = ["script", "style", "head", "noscript", "template", "iframe", "svg"]

    init(_ s: [Unicode.Scalar]) { self.s = s }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 0x20)! : c
    }

    func starts(_ text: [Unicode.Scalar], at p: Int) -> Bool {
        guard p >= 0, p + text.count <= s.count else { return false }
        for (k, c) in text.enumerated() where Self.lower(s[p + k]) != c { return false }
        return true
    }

    mutating func find(_ text: String, from p: Int) -> Int? {
        if let failed = failedFrom[text], p >= failed { return nil }
        let pattern = Array(text.unicodeScalars)
        var q = p
        while q < s.count {
            if starts(pattern, at: q) { return q }
            q += 1
        }
        failedFrom[text] = min(p, failedFrom[text] ?? p)
        return nil
    }

    /// The end of the tag, comment or hidden element starting with `<` at `i`, or nil if it is text.
    mutating func end(at i: Int) -> Int? {
        let n = s.count
        if starts(Array("<!--".unicodeScalars), at: i) {
            if starts([">"], at: i + 4) { return i + 5 }
            if starts(["-", ">"], at: i + 4) { return i + 6 }
            return find("-->", from: i + 4).map { $0 + 3 }
        }
        guard i + 1 < n else { return nil }
        let closing = s[i + 1] == "/"
        let nameStart = closing ? i + 2 : i + 1
        var nameEnd = nameStart
        while nameEnd < n, s[nameEnd].isASCII, s[nameEnd].properties.isAlphabetic || ("0"..."9").contains(s[nameEnd]) { nameEnd += 1 }
        let isTag = nameEnd > nameStart && s[nameStart].properties.isAlphabetic
        guard isTag || (!closing && (s[i + 1] == "!" || s[i + 1] == "?")), let close = find(">", from: i + 1) else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<nameEnd].map(Self.lower)))
        let terminated = nameEnd >= n || [" ", "\t", "\n", "\r", "\u{0C}", "/", ">"].contains(s[nameEnd])
        if !closing, terminated, Self.hiddenElements.contains(name) {
            guard let endTag = find("</" + name, from: close + 1) else { return n }
            return (find(">", from: endTag) ?? n - 1) + 1
        }
        return close + 1
    }
}
