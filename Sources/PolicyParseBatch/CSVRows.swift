import Foundation
import PolicyParse

/// The rows one document adds to the analyst tables of `--csv` (`tasks.csv`, `departments.csv`,
/// `values.csv`) and, when asked, its `--tasks-jsonl` lines (columns in `Docs/Batch.md`).
///
/// Every task row has an `id` unique across the whole output: the document id, `#`, the node's
/// path (a path repeated within one document gets `~2`, `~3` …). Department and value rows carry
/// the task's `id`, the document's title and the task's heading, so each table reads on its own.
public struct CSVRows: Sendable, Hashable {
    /// One row per node, in document order.
    public var tasks: [[String]] = []
    /// One row per department mention; `task` is empty for the preamble.
    public var departments: [[String]] = []
    /// One row per amount, percentage, year and quantity mention; `task` is empty for the preamble.
    public var values: [[String]] = []
    /// One JSON object per node (the task columns plus its mentions), when asked for.
    public var taskLines: [[UInt8]] = []

    /// The header of `tasks.csv`.
    public static let taskHeader = ["id", "document", "title", "path", "parent", "level", "style", "marker", "heading",
                                    "heading_path", "is_leaf", "start", "end", "lead", "responsible", "support"]
    /// The header of `departments.csv`.
    public static let departmentHeader = ["task", "document", "title", "heading", "name", "canonical", "role", "generic",
                                          "start", "end"]
    /// The header of `values.csv`.
    public static let valueHeader = ["task", "document", "title", "heading", "kind", "text", "value", "upper", "unit",
                                     "comparator", "year_from", "year_to", "year_source", "start", "end"]

    /// Creates empty rows.
    public init() {}

    /// The rows of `document`, whose stable id is `name` (the input's relative path, or the
    /// `--stdin-jsonl` id); `taskLines` are filled when `jsonLines` is true.
    public init(document: Document, name: String, jsonLines: Bool = false) {
        let title = document.title ?? ""
        // The document's year: its plan period, else the year it was signed, else the preamble's latest year.
        let period = Self.period(document.metadata["period"]) ?? Self.period(document.metadata["signedDate"].map { String($0.prefix(4)) })
            ?? Self.targetYear(document.years)
        var context = Context(document: name, title: title)
        // The preamble: department and value rows without a task.
        addMentions(of: document, task: "", heading: "", year: period.map { ($0.0, $0.1, "document") }, context: &context)

        var ancestors: [(id: String, heading: String, year: (Int, Int)?)] = []
        var usedIDs: [String: Int] = [:]
        for step in document.allNodes {
            let node = step.node
            ancestors.removeLast(max(0, ancestors.count - (step.indices.count - 1)))
            var id = name + "#" + step.path
            if let seen = usedIDs[id] {
                usedIDs[id] = seen + 1
                id += "~\(seen + 1)"
            } else {
                usedIDs[id] = 1
            }
            let own = Self.targetYear(node.years)
            let year: (Int, Int, String)?
            if let own {
                year = (own.0, own.1, "own")
            } else if let inherited = ancestors.last(where: { $0.year != nil })?.year {
                year = (inherited.0, inherited.1, "ancestor")
            } else {
                year = period.map { ($0.0, $0.1, "document") }
            }
            let named = node.departments.filter { $0.generic != true }
            func names(_ role: DepartmentRole) -> String {
                var seen: Set<String> = []
                return named.filter { $0.role == role }.compactMap { d in
                    let n = d.canonical ?? d.name
                    return seen.insert(n).inserted ? n : nil
                }.joined(separator: "；")
            }
            let row = [id, name, title, step.path, ancestors.last?.id ?? "", String(node.level), node.style.rawValue,
                       node.marker, node.heading, ancestors.map(\.heading).joined(separator: " > "),
                       node.isLeaf ? "true" : "false", String(node.span.start), String(node.span.end),
                       names(.lead), names(.responsible), names(.support)]
            tasks.append(row)
            let firstDepartment = departments.count, firstValue = values.count
            addMentions(of: node, task: id, heading: node.heading, year: year, context: &context)
            if jsonLines {
                taskLines.append(Self.taskLine(row, departments: departments[firstDepartment...], values: values[firstValue...]))
            }
            ancestors.append((id, node.heading, own ?? ancestors.last(where: { $0.year != nil })?.year))
        }
    }

    /// What every row of one document repeats.
    struct Context {
        var document: String
        var title: String
    }

    private mutating func addMentions<M: MentionHolding>(of holder: M, task: String, heading: String,
                                                         year: (Int, Int, String)?, context: inout Context) {
        let lead = [task, context.document, context.title, heading]
        for d in holder.departments {
            departments.append(lead + [d.name, d.canonical ?? "", d.role.rawValue, d.generic == true ? "true" : "false",
                                       String(d.span.start), String(d.span.end)])
        }
        let yearColumns = year.map { [String($0.0), String($0.1), $0.2] } ?? ["", "", ""]
        let m = holder.mentions
        for kind in Mentions.valueKinds { addValues(kind, of: m, lead: lead, yearColumns: yearColumns) }
    }

    /// The rows of one kind of value mention; a mention that names years fills the year columns itself.
    private mutating func addValues<M: ValueMention>(_ kind: M.Type, of m: Mentions, lead: [String], yearColumns: [String]) {
        for x in m[keyPath: M.path] {
            let c = x.columns
            let years = c.years.map { [String($0.from), String($0.to), "own"] } ?? yearColumns
            values.append(lead + [M.name, x.text, c.value, c.upper, c.unit, c.comparator] + years
                          + [String(x.span.start), String(x.span.end)])
        }
    }

    /// The node's target year: its latest own year mention (`到2025年` over `2021年`), as (from, to).
    static func targetYear(_ years: [YearMention]) -> (Int, Int)? {
        years.max { $0.to < $1.to }.map { ($0.from, $0.to) }
    }

    /// The plan period `2021-2023` as (2021, 2023).
    static func period(_ text: String?) -> (Int, Int)? {
        guard let text else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 2 { return (parts[0], parts[1]) }
        if parts.count == 1 { return (parts[0], parts[0]) }
        return nil
    }

    private static func number(_ value: Decimal) -> String {
        value.isNaN || !value.isFinite ? "" : value.description
    }

    /// Task columns whose JSON value is a number or a boolean rather than a string.
    static let numericTaskColumns: Set<String> = ["level", "start", "end"]

    /// One `--tasks-jsonl` object: the task's columns, then `departments` and `values` arrays.
    static func taskLine(_ row: [String], departments: ArraySlice<[String]>, values: ArraySlice<[String]>) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        func field(_ key: String, _ value: [UInt8], first: Bool = false) {
            if !first { out.append(UInt8(ascii: ",")) }
            out += JSONText.quoted(key) + [UInt8(ascii: ":")] + value
        }
        for (k, key) in taskHeader.enumerated() {
            let value = row[k]
            if numericTaskColumns.contains(key) {
                field(key, Array(value.utf8), first: k == 0)
            } else if key == "is_leaf" {
                field(key, Array(value.utf8))
            } else if key == "lead" || key == "responsible" || key == "support" {
                field(key, array(value.isEmpty ? [] : value.components(separatedBy: "；").map(JSONText.quoted)))
            } else {
                field(key, JSONText.quoted(value), first: k == 0)
            }
        }
        field("departments", array(departments.map { d in
            object([("name", JSONText.quoted(d[4])), ("canonical", d[5].isEmpty ? Array("null".utf8) : JSONText.quoted(d[5])),
                    ("role", JSONText.quoted(d[6])), ("generic", Array(d[7].utf8)),
                    ("start", Array(d[8].utf8)), ("end", Array(d[9].utf8))])
        }))
        field("values", array(values.map { v in
            object([("kind", JSONText.quoted(v[4])), ("text", JSONText.quoted(v[5])), ("value", scalar(v[6])),
                    ("upper", scalar(v[7])), ("unit", JSONText.quoted(v[8])),
                    ("comparator", v[9].isEmpty ? Array("null".utf8) : JSONText.quoted(v[9])),
                    ("year_from", scalar(v[10])), ("year_to", scalar(v[11])),
                    ("year_source", v[12].isEmpty ? Array("null".utf8) : JSONText.quoted(v[12])),
                    ("start", Array(v[13].utf8)), ("end", Array(v[14].utf8))])
        }))
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// A number column: the number, or null when empty.
    static func scalar(_ text: String) -> [UInt8] { text.isEmpty ? Array("null".utf8) : Array(text.utf8) }

    static func array(_ items: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (k, item) in items.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out += item
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    static func object(_ fields: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (k, f) in fields.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out += JSONText.quoted(f.0) + [UInt8(ascii: ":")] + f.1
        }
        out.append(UInt8(ascii: "}"))
        return out
    }
}
