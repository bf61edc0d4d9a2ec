import PolicyParse

/// One parsed document flattened into the rows of the database (展平): the document, its tasks in
/// reading order (the preamble first, as a level-0 task), their departments, targets and years, and
/// each task's heading and text segmented into ICU words for the full-text index.
///
/// Built on a worker thread, so the single writer only binds values.
struct DocumentRows: Sendable {
    /// The `documents` row.
    struct DocumentRow: Sendable {
        var path: String
        var title: String?
        var issuer: String?
        var jurisdiction: String?
        var signedDate: String?
        var periodFrom: Int?
        var periodTo: Int?
        var documentNumber: String?
        var encoding: String
        var sha256: String
        var size: Int
        var mtimeNanoseconds: Int
        var parsedWith: String
    }

    /// A `tasks` row; `parent` is the index of the parent row in `tasks`.
    struct TaskRow: Sendable {
        var parent: Int?
        var path: String
        var level: Int
        var style: String
        var marker: String
        var heading: String
        var text: String
        var headingPath: String
        var isLeaf: Bool
        var span: Span
        /// The heading's ICU words joined by spaces.
        var headingWords: String
        /// The text's ICU words joined by spaces.
        var textWords: String
    }

    /// A `departments` row of task `task`.
    struct DepartmentRow: Sendable {
        var task: Int
        var name: String
        var canonical: String
        var role: String
        var generic: Bool
        var span: Span
    }

    /// A `targets` row of task `task`: an amount, percentage or quantity with the year it is for.
    struct TargetRow: Sendable {
        var task: Int
        var kind: String
        var text: String
        var value: Double
        var valueText: String
        var upper: Double?
        var unit: String
        var comparator: String?
        var year: (from: Int, to: Int, source: String)?
        var span: Span
    }

    /// A `years` row of task `task`.
    struct YearRow: Sendable {
        var task: Int
        var mention: YearMention
    }

    var document: DocumentRow
    var tasks: [TaskRow] = []
    var departments: [DepartmentRow] = []
    var targets: [TargetRow] = []
    var years: [YearRow] = []

    /// Flattens `document`; `file` carries what the database keeps about the file itself.
    init(_ document: Document, path: String, sha256: String, size: Int, mtimeNanoseconds: Int,
         parsedWith: String = PolicyParser.version, segmenter: Segmenter = Segmenter()) {
        let facts = DocumentFacts(metadata: document.metadata)
        let period = facts.period
        self.document = DocumentRow(
            path: path, title: document.title, issuer: facts.issuer,
            jurisdiction: Self.jurisdiction(of: facts),
            signedDate: document.metadata["signedDate"], periodFrom: period?.from, periodTo: period?.to,
            documentNumber: facts.documentNumber, encoding: document.encoding,
            sha256: sha256, size: size, mtimeNanoseconds: mtimeNanoseconds, parsedWith: parsedWith)

        // The preamble is task 0 (level 0), so its mentions have a task like every other.
        tasks.append(TaskRow(parent: nil, path: "", level: 0, style: "preamble", marker: "", heading: "",
                             text: document.text, headingPath: "", isLeaf: document.children.isEmpty,
                             span: document.span, headingWords: "", textWords: ""))
        let documentYear = period.map { (from: $0.to, to: $0.to, source: "period") }
        add(document, task: 0, inherited: documentYear)

        // Pre-order walk with an explicit stack: (node, parent row, path of the parent, headings, inherited year).
        var rowOfIndices: [[Int]: Int] = [:]
        var yearOfRow: [Int: (from: Int, to: Int, source: String)] = [:]
        for step in document.allNodes {
            let node = step.node
            let parentRow = step.indices.count > 1 ? rowOfIndices[Array(step.indices.dropLast())] : nil
            let parentHeadingPath = parentRow.map { tasks[$0].headingPath } ?? ""
            let heading = node.heading.isEmpty ? node.marker : node.heading
            let row = tasks.count
            rowOfIndices[step.indices] = row
            tasks.append(TaskRow(parent: parentRow, path: step.path, level: node.level, style: node.style.rawValue,
                                 marker: node.marker, heading: node.heading, text: node.text,
                                 headingPath: parentHeadingPath.isEmpty ? heading : parentHeadingPath + " > " + heading,
                                 isLeaf: node.isLeaf, span: node.span, headingWords: "", textWords: ""))
            let inherited = parentRow.flatMap { yearOfRow[$0] } ?? documentYear
            let own = add(node, task: row, inherited: inherited)
            yearOfRow[row] = own.map { (from: $0.from, to: $0.to, source: "ancestor") } ?? inherited
        }
        segmentWords(segmenter)
    }

    /// Adds the mentions of `holder` as rows of task `task`; returns the holder's last year mention.
    @discardableResult
    private mutating func add<H: MentionHolding>(_ holder: H, task: Int, inherited: (from: Int, to: Int, source: String)?) -> YearMention? {
        for department in holder.departments {
            departments.append(DepartmentRow(task: task, name: department.name, canonical: department.canonical ?? department.name,
                                             role: department.role.rawValue, generic: department.generic ?? false, span: department.span))
        }
        for year in holder.years { years.append(YearRow(task: task, mention: year)) }
        func year(for span: Span) -> (from: Int, to: Int, source: String)? {
            // The task's own year nearest before the value, else the first after it, else the inherited one.
            if let before = holder.years.last(where: { $0.span.end <= span.start }) { return (before.from, before.to, "task") }
            if let after = holder.years.first { return (after.from, after.to, "task") }
            return inherited
        }
        for a in holder.amounts {
            targets.append(TargetRow(task: task, kind: "amount", text: a.text, value: Self.double(a.value), valueText: "\(a.value)",
                                     upper: a.upper.map(Self.double), unit: a.currency, comparator: a.comparator?.rawValue,
                                     year: year(for: a.span), span: a.span))
        }
        for p in holder.percentages {
            targets.append(TargetRow(task: task, kind: "percentage", text: p.text, value: Self.double(p.value), valueText: "\(p.value)",
                                     upper: p.upper.map(Self.double), unit: p.kind == .percent ? "%" : "百分点",
                                     comparator: p.comparator?.rawValue, year: year(for: p.span), span: p.span))
        }
        for q in holder.quantities {
            targets.append(TargetRow(task: task, kind: "quantity", text: q.text, value: Self.double(q.value), valueText: "\(q.value)",
                                     upper: q.upper.map(Self.double), unit: q.unit, comparator: q.comparator?.rawValue,
                                     year: year(for: q.span), span: q.span))
        }
        return holder.years.last
    }

    /// Segments every task's heading and text with one ICU pass over the whole document: the fields are
    /// laid out one after another with a blank line between them (a paragraph break, which no word crosses).
    /// Punctuation between two words is kept as a token of its own (see `StoreSchema`'s `tokenchars`),
    /// so a phrase never matches across it and snippets read like the text.
    private mutating func segmentWords(_ segmenter: Segmenter) {
        var scalars: [Unicode.Scalar] = []
        var fieldStarts: [Int] = []  // 2 per task: heading, text
        for task in tasks {
            for field in [task.heading, task.text] {
                fieldStarts.append(scalars.count)
                scalars.append(contentsOf: field.unicodeScalars)
                scalars.append(contentsOf: ["\n", "\n"])
            }
        }
        fieldStarts.append(scalars.count)
        // UTF-8 bytes per field, turned into Strings once at the end.
        var joined = [[UInt8]](repeating: [], count: tasks.count * 2)
        var field = 0
        var previousEnd = 0
        for word in segmenter.words(in: scalars) {
            while field + 1 < fieldStarts.count, word.lowerBound >= fieldStarts[field + 1] {
                field += 1
                previousEnd = fieldStarts[field]
            }
            guard field < joined.count else { break }
            if !joined[field].isEmpty {
                joined[field].append(0x20)
                var gap = false
                for i in previousEnd..<word.lowerBound where SearchPhrase.isTokenPunctuation(scalars[i]) {
                    UTF8.encode(scalars[i]) { joined[field].append($0) }
                    gap = true
                }
                if gap { joined[field].append(0x20) }
            }
            for i in word where !Self.isLineBreak(scalars[i]) { UTF8.encode(scalars[i]) { joined[field].append($0) } }
            previousEnd = word.upperBound
        }
        for i in tasks.indices {
            tasks[i].headingWords = String(decoding: joined[2 * i], as: UTF8.self)
            tasks[i].textWords = String(decoding: joined[2 * i + 1], as: UTF8.self)
        }
    }

    private static func isLineBreak(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" }

    /// The jurisdiction (行政区划) of the document: front matter `jurisdiction` where given, else the
    /// issuer up to its first 省/市/自治区/区/县 (`上海市人民政府办公厅` → `上海市`), else nil.
    static func jurisdiction(of facts: DocumentFacts) -> String? {
        if let stated = facts.jurisdiction, !stated.isEmpty { return stated }
        guard let issuer = facts.issuer else { return nil }
        let scalars = Array(issuer.unicodeScalars)
        for (i, c) in scalars.enumerated() where i >= 1 && (c == "省" || c == "市" || c == "区" || c == "县") {
            return String(String.UnicodeScalarView(scalars[...i]))
        }
        return nil
    }

    /// `Decimal` as `Double` for SQL arithmetic (the exact value is kept in `value_text`).
    static func double(_ value: Decimal) -> Double { (value as NSDecimalNumber).doubleValue }
}

import Foundation
