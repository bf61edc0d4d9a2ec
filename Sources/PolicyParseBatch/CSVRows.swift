import Foundation
import PolicyParse

/// The rows one document adds to the three flat tables of `--csv`: `tasks.csv`, `departments.csv`
/// and `values.csv` (columns in `Docs/Batch.md`).
public struct CSVRows: Sendable, Hashable {
    /// One row per node, in document order.
    public var tasks: [[String]] = []
    /// One row per department mention; the task path is empty for the preamble.
    public var departments: [[String]] = []
    /// One row per amount, percentage, year and quantity mention; the task path is empty for the preamble.
    public var values: [[String]] = []

    /// The header of `tasks.csv`.
    public static let taskHeader = ["document", "path", "level", "style", "marker", "heading",
                                    "departments", "amounts", "percentages", "years", "quantities"]
    /// The header of `departments.csv`.
    public static let departmentHeader = ["document", "task", "name", "role"]
    /// The header of `values.csv`.
    public static let valueHeader = ["document", "task", "kind", "text", "value", "upper", "unit",
                                     "comparator", "start", "end"]

    /// Creates empty rows.
    public init() {}

    /// The rows of `document`, whose first column is `name`.
    public init(document: Document, name: String) {
        addMentions(of: document, name: name, path: "")
        for step in document.allNodes {
            let node = step.node
            tasks.append([
                name, step.path, String(node.level), node.style.rawValue, node.marker, node.heading,
                node.departments.map(\.name).joined(separator: "、"),
                node.amounts.map(\.text).joined(separator: "；"),
                node.percentages.map(\.text).joined(separator: "；"),
                node.years.map(\.text).joined(separator: "；"),
                node.quantities.map(\.text).joined(separator: "；"),
            ])
            addMentions(of: node, name: name, path: step.path)
        }
    }

    private mutating func addMentions<M: MentionHolding>(of holder: M, name: String, path: String) {
        for d in holder.departments {
            departments.append([name, path, d.name, d.role.rawValue])
        }
        for a in holder.amounts {
            values.append([name, path, "amount", a.text, Self.number(a.value), a.upper.map(Self.number) ?? "",
                           a.currency, a.comparator?.rawValue ?? "", String(a.span.start), String(a.span.end)])
        }
        for p in holder.percentages {
            values.append([name, path, "percentage", p.text, Self.number(p.value), p.upper.map(Self.number) ?? "",
                           p.kind == .percent ? "%" : "个百分点", p.comparator?.rawValue ?? "",
                           String(p.span.start), String(p.span.end)])
        }
        for y in holder.years {
            values.append([name, path, "year", y.text, String(y.from), y.to == y.from ? "" : String(y.to),
                           "年", y.deadline == true ? "deadline" : "", String(y.span.start), String(y.span.end)])
        }
        for q in holder.quantities {
            values.append([name, path, "quantity", q.text, Self.number(q.value), q.upper.map(Self.number) ?? "",
                           q.unit, q.comparator?.rawValue ?? "", String(q.span.start), String(q.span.end)])
        }
    }

    private static func number(_ value: Decimal) -> String {
        value.isNaN || !value.isFinite ? "" : value.description
    }
}
