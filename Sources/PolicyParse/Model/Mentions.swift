import Foundation

/// 责任部门 (responsible department): a unit named as responsible for, leading or supporting a task.
public struct Department: Hashable, Sendable, Codable {
    /// The name as written, trimmed of connectives such as 按职责分工负责.
    public var name: String
    /// What the unit does for the task.
    public var role: DepartmentRole
    /// The full standard name qualified by its jurisdiction (`上海市经济和信息化委员会` for
    /// `市经信委` in a Shanghai document); nil for generic actors (see `DepartmentCanonicalizer`).
    public var canonical: String?
    /// True for a collective or unspecific actor (`有关部门`, `各区政府`, `相关单位`); omitted otherwise.
    public var generic: Bool?
    /// Where the name stands in the source (its first occurrence when it repeats in the node).
    public var span: Span
    /// Every place the name stands in the node's own text with this role, first to last, when it
    /// stands there more than once; omitted otherwise.
    public var spans: [Span]?

    /// Creates a department mention.
    public init(name: String, role: DepartmentRole, canonical: String? = nil, generic: Bool? = nil, span: Span, spans: [Span]? = nil) {
        self.name = name
        self.role = role
        self.canonical = canonical
        self.generic = generic
        self.span = span
        self.spans = spans
    }
}

/// The role of a department in a task: 责任 (responsible), 牵头 (lead) or 配合 (support).
public enum DepartmentRole: String, Sendable, Codable, CaseIterable {
    /// 责任部门, 责任单位, 负责.
    case responsible
    /// 牵头单位, X牵头.
    case lead
    /// 配合单位, 参与, 协同.
    case support
}

/// 金额 (amount of money): `超过250亿元` is 25,000,000,000 CNY with comparator `gt`.
public struct Amount: Hashable, Sendable, Codable {
    /// The surface form, exactly `source[span]`.
    public var text: String
    /// The value in the currency's base unit (元 for CNY); the lower end of a range.
    public var value: Decimal
    /// The upper end of a range such as `5-10亿元`.
    public var upper: Decimal?
    /// ISO 4217 code: CNY, USD, EUR.
    public var currency: String
    /// How the value is qualified, if it is.
    public var comparator: ValueComparator?
    /// The words the comparator was read from, e.g. 不低于.
    public var comparatorText: String?
    /// True when the written number is too large to represent exactly; `value` is then a bound.
    public var overflow: Bool?
    /// Where the mention stands in the source.
    public var span: Span

    /// Creates an amount mention.
    public init(text: String, value: Decimal, upper: Decimal? = nil, currency: String = "CNY",
                comparator: ValueComparator? = nil, comparatorText: String? = nil, overflow: Bool? = nil, span: Span) {
        self.text = text
        self.value = value
        self.upper = upper
        self.currency = currency
        self.comparator = comparator
        self.comparatorText = comparatorText
        self.overflow = overflow
        self.span = span
    }
}

/// Whether a percentage is a share (百分比) or a difference in points (百分点).
public enum PercentageKind: String, Sendable, Codable, CaseIterable {
    /// `25%`, `百分之二十五`.
    case percent
    /// `5个百分点`.
    case percentagePoint
}

/// 百分比 (percentage): `超过25%` is 25 percent with comparator `gt`.
public struct Percentage: Hashable, Sendable, Codable {
    /// The surface form, exactly `source[span]`.
    public var text: String
    /// The value in percent units; the lower end of a range.
    public var value: Decimal
    /// The upper end of a range such as `3-5%`.
    public var upper: Decimal?
    /// Percent or percentage points.
    public var kind: PercentageKind
    /// How the value is qualified, if it is.
    public var comparator: ValueComparator?
    /// The words the comparator was read from.
    public var comparatorText: String?
    /// True when the written number is too large to represent exactly.
    public var overflow: Bool?
    /// Where the mention stands in the source.
    public var span: Span

    /// Creates a percentage mention.
    public init(text: String, value: Decimal, upper: Decimal? = nil, kind: PercentageKind = .percent,
                comparator: ValueComparator? = nil, comparatorText: String? = nil, overflow: Bool? = nil, span: Span) {
        self.text = text
        self.value = value
        self.upper = upper
        self.kind = kind
        self.comparator = comparator
        self.comparatorText = comparatorText
        self.overflow = overflow
        self.span = span
    }
}

/// 年份与期限 (year or deadline): `2021-2023年`, `到2025年`, `2023年底前`, `“十四五”期间`.
public struct YearMention: Hashable, Sendable, Codable {
    /// The surface form, exactly `source[span]`.
    public var text: String
    /// The first year; equal to `to` for a single year.
    public var from: Int
    /// The last year.
    public var to: Int
    /// The month, where written (`2016年1月`).
    public var month: Int?
    /// The day of the month, where written.
    public var day: Int?
    /// True for deadlines: 前, 之前, 底前, 年底.
    public var deadline: Bool?
    /// True when the date opens a period with no end written (`从2019年起`, `2021年开始`,
    /// `2016年以来`): `to` is then the same as `from`, and the period runs on from it.
    public var since: Bool?
    /// Where the mention stands in the source.
    public var span: Span

    /// Creates a year mention.
    public init(text: String, from: Int, to: Int, month: Int? = nil, day: Int? = nil, deadline: Bool? = nil,
                since: Bool? = nil, span: Span) {
        self.text = text
        self.from = from
        self.to = to
        self.month = month
        self.day = day
        self.deadline = deadline
        self.since = since
        self.span = span
    }
}

/// 数量 (quantity): a number with a measure word, `10家`, `不少于20项`.
public struct Quantity: Hashable, Sendable, Codable {
    /// The surface form, exactly `source[span]`.
    public var text: String
    /// The counted value; the lower end of a range.
    public var value: Decimal
    /// The upper end of a range such as `1-2个`.
    public var upper: Decimal?
    /// The measure word (量词): 家, 个, 项 …
    public var unit: String
    /// How the value is qualified, if it is.
    public var comparator: ValueComparator?
    /// The words the comparator was read from.
    public var comparatorText: String?
    /// True when the written number is too large to represent exactly.
    public var overflow: Bool?
    /// Where the mention stands in the source.
    public var span: Span

    /// Creates a quantity mention.
    public init(text: String, value: Decimal, upper: Decimal? = nil, unit: String,
                comparator: ValueComparator? = nil, comparatorText: String? = nil, overflow: Bool? = nil, span: Span) {
        self.text = text
        self.value = value
        self.upper = upper
        self.unit = unit
        self.comparator = comparator
        self.comparatorText = comparatorText
        self.overflow = overflow
        self.span = span
    }
}

/// Every mention found in one node's own heading and text.
public struct Mentions: Hashable, Sendable {
    /// 责任部门
    public var departments: [Department] = []
    /// 金额
    public var amounts: [Amount] = []
    /// 百分比
    public var percentages: [Percentage] = []
    /// 年份与期限
    public var years: [YearMention] = []
    /// 数量
    public var quantities: [Quantity] = []

    /// Creates an empty set of mentions.
    public init() {}

    /// True when nothing was found.
    public var isEmpty: Bool {
        departments.isEmpty && valueCount == 0
    }
}

/// A value that holds the five kinds of mentions: a `Document` (its preamble) or a `Node`. The
/// package's writers and checks read `mentions` and go through `Mentions.valueKinds`; library
/// users read `mentions` or the arrays.
package protocol MentionHolding {
    /// 责任部门
    var departments: [Department] { get set }
    /// 金额
    var amounts: [Amount] { get set }
    /// 百分比
    var percentages: [Percentage] { get set }
    /// 年份与期限
    var years: [YearMention] { get set }
    /// 数量
    var quantities: [Quantity] { get set }
    /// The holder's mentions as one value.
    var mentions: Mentions { get set }
}

extension MentionHolding {
    /// The five arrays as one value (what `mentions` reads and writes).
    var gathered: Mentions {
        get {
            var m = Mentions()
            m.departments = departments
            m.amounts = amounts
            m.percentages = percentages
            m.years = years
            m.quantities = quantities
            return m
        }
        set {
            departments = newValue.departments
            amounts = newValue.amounts
            percentages = newValue.percentages
            years = newValue.years
            quantities = newValue.quantities
        }
    }
}

extension Node: MentionHolding {
    /// The node's mentions as one value.
    public var mentions: Mentions {
        get { gathered }
        set { gathered = newValue }
    }
}

extension Document: MentionHolding {
    /// The preamble's mentions as one value.
    public var mentions: Mentions {
        get { gathered }
        set { gathered = newValue }
    }
}
