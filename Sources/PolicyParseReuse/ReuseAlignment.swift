import Foundation
import PolicyParse

/// 政策再生产 (policy reuse): how a local plan's tasks align to the central plan it implements.
///
/// Written as JSON by `policyparse compare` (keys in Docs/Reuse.md).
public struct ReuseAlignment: Hashable, Sendable, Codable {
    /// The central document (the plan implemented).
    public var central: DocumentReference
    /// The local document (the plan implementing it).
    public var local: DocumentReference
    /// Every node of the local document in reading order, with its label and matches.
    public var tasks: [AlignedTask]
    /// The central leaf tasks no local task takes up.
    public var unmatchedCentral: [NodeReference]
    /// Counts.
    public var summary: ReuseSummary
    /// The thresholds the labels were given with.
    public var thresholds: ReuseThresholds
}

/// A document of a comparison: where it came from and its title.
public struct DocumentReference: Hashable, Sendable, Codable {
    /// The path as given, or nil.
    public var source: String?
    /// The title, or nil.
    public var title: String?
    /// Nodes in the document (headings and tasks).
    public var nodes: Int
    /// Leaf tasks (末级任务) in the document.
    public var leafTasks: Int
}

/// A node of the central document named in an alignment.
public struct NodeReference: Hashable, Sendable, Codable {
    /// Its path (`四.（一）.1`).
    public var path: String
    /// Its heading.
    public var heading: String
    /// Its extent in the central source.
    public var span: Span
}

/// 复制 / 改编 / 新增: what a local task is to the central plan.
public enum ReuseLabel: String, Hashable, Sendable, Codable, CaseIterable {
    /// The central task's words repeated with at most small edits (places, dates, departments, numbers).
    case copied
    /// Recognisably the same task: reworded, localised, merged or split.
    case adapted
    /// The local plan's own task.
    case new
}

/// One node of the local document and where it comes from.
public struct AlignedTask: Hashable, Sendable, Codable {
    /// Its path in the local document.
    public var path: String
    /// Its heading.
    public var heading: String
    /// Its extent in the local source.
    public var span: Span
    /// `task` for a leaf or paragraph task, `heading` for a node with children.
    public var kind: String
    /// copied, adapted or new.
    public var label: ReuseLabel
    /// The best match's score (0 for a new task).
    public var score: Decimal
    /// The share of this task's words that the matched central tasks cover together.
    public var coverage: Decimal
    /// The central nodes it comes from, best first (several for a merged task); empty for a new task.
    public var matches: [TaskMatch]
    /// Targets and departments added, removed or changed against the matched central tasks.
    public var changes: [TaskChange]
    /// The local task's heading and text (heading, U+2029, text) with the shared passages, for the HTML view.
    package var shared: SharedText = SharedText()

    enum CodingKeys: String, CodingKey {
        case path, heading, span, kind, label, score, coverage, matches, changes
    }
}

/// One central node a local task comes from.
public struct TaskMatch: Hashable, Sendable, Codable {
    /// The central node's path.
    public var path: String
    /// Its heading.
    public var heading: String
    /// Its extent in the central source.
    public var span: Span
    /// Similarity in [0, 1]: shared words over the mean length of the two tasks (Dice).
    public var score: Decimal
    /// The share of the local task's words this central task covers.
    public var localCoverage: Decimal
    /// The share of this central task's words the local task repeats.
    public var centralCoverage: Decimal
    /// Similarity of the two heading lines (the tasks' names) in [0, 1]; 0 when not compared.
    public var headingScore: Decimal
    /// Characters in the longest passage the two share word for word (after normalisation).
    public var longestPassage: Int
    /// The central task's heading and text with the shared passages, for the HTML view.
    package var shared: SharedText = SharedText()

    enum CodingKeys: String, CodingKey {
        case path, heading, span, score, localCoverage, centralCoverage, headingScore, longestPassage
    }
}

/// A task's text (heading, U+2029, own text) with the code-point ranges shared with the other side.
package struct SharedText: Hashable, Sendable {
    /// The text.
    package var text: [Unicode.Scalar] = []
    /// Ranges of `text` inside shared passages, in order, not overlapping.
    package var ranges: [Range<Int>] = []
}

/// A target or department that differs between a local task and the central task(s) it comes from.
public struct TaskChange: Hashable, Sendable, Codable {
    /// `department`, `amount`, `percentage`, `year` or `quantity`.
    public var kind: String
    /// `added`, `removed` or `changed`.
    public var change: String
    /// The central mention's text (a department's name), absent for `added`.
    public var central: String?
    /// The local mention's text, absent for `removed`.
    public var local: String?
    /// The central mention's span, absent for `added`.
    public var centralSpan: Span?
    /// The local mention's span, absent for `removed`.
    public var localSpan: Span?
}

/// The summary line: counts of labels and the share of central tasks taken up.
public struct ReuseSummary: Hashable, Sendable, Codable {
    /// Local nodes labelled copied.
    public var copied: Int
    /// Local nodes labelled adapted.
    public var adapted: Int
    /// Local nodes labelled new.
    public var new: Int
    /// Central leaf tasks.
    public var centralTasks: Int
    /// Central leaf tasks some local node matches.
    public var centralTasksTakenUp: Int
    /// `centralTasksTakenUp / centralTasks` (0 when the central document has no tasks).
    public var takenUpShare: Decimal
}

/// A score rounded to three decimals, so JSON is stable across platforms.
func rounded(_ x: Double) -> Decimal {
    guard x.isFinite else { return 0 }
    return Decimal(sign: .plus, exponent: -3, significand: Decimal(Int((max(0, min(1, x)) * 1000).rounded())))
}
