import PolicyParse

/// One parsed document flattened into the rows of the database (展平): the document, its tasks in
/// reading order (the preamble first, as a level-0 task), their departments, targets, years and
/// indicators, and each task's heading and text segmented into ICU words for the full-text index.
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

    /// An `indicators` row of task `task`: one row of an indicator table (指标表).
    struct IndicatorRow: Sendable {
        var task: Int
        var indicator: Indicator
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
    var indicators: [IndicatorRow] = []

    /// Flattens `document`; `file` carries what the database keeps about the file itself.
    init(_ document: Document, path: String, sha256: String, size: Int, mtimeNanoseconds: Int,
         parsedWith: String = PolicyParser.version, segmenter: FieldSegmenter = FieldSegmenter()) {
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
            for indicator in node.indicators ?? [] { indicators.append(IndicatorRow(task: row, indicator: indicator)) }
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

    /// Segments every task's heading and text into words with one ICU iterator over the whole document.
    private mutating func segmentWords(_ segmenter: FieldSegmenter) {
        var fields: [String] = []
        fields.reserveCapacity(2 * tasks.count)
        for task in tasks {
            fields.append(task.heading)
            fields.append(task.text)
        }
        let words = segmenter.segment(fields)
        for i in tasks.indices {
            tasks[i].headingWords = words[2 * i]
            tasks[i].textWords = words[2 * i + 1]
        }
    }

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
