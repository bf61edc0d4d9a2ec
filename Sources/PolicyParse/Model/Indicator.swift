import Foundation

/// 指标 (indicator): one row of a plan's indicator table (主要指标: 指标 | 单位 | 2020年 | 2025年 |
/// 属性), kept on the node that holds the table.
public struct Indicator: Hashable, Sendable, Codable {
    /// The indicator's name (指标名称).
    public var name: String
    /// Its unit (单位), when the table has a unit column.
    public var unit: String?
    /// The base year (基准值（2020年）), from the first year column.
    public var baseYear: Int?
    /// The base value as written in its cell.
    public var baseText: String?
    /// The base value, when the cell holds a number.
    public var baseValue: Decimal?
    /// The target year (目标值（2025年）), from the last year column.
    public var targetYear: Int?
    /// The target value as written in its cell (`≥73%`, `基本消除`).
    public var targetText: String?
    /// The target value, when the cell holds a number.
    public var targetValue: Decimal?
    /// The target's comparator, from `>`, `≥`, `<`, `≤` before the number or 以上/以下 after it.
    public var comparator: ValueComparator?
    /// 属性: `约束性` (binding) or `预期性` (expected), as written.
    public var attribute: String?
    /// The row's extent in the source.
    public var span: Span

    /// Creates an indicator.
    public init(name: String, unit: String? = nil, baseYear: Int? = nil, baseText: String? = nil, baseValue: Decimal? = nil,
                targetYear: Int? = nil, targetText: String? = nil, targetValue: Decimal? = nil,
                comparator: ValueComparator? = nil, attribute: String? = nil, span: Span) {
        self.name = name
        self.unit = unit
        self.baseYear = baseYear
        self.baseText = baseText
        self.baseValue = baseValue
        self.targetYear = targetYear
        self.targetText = targetText
        self.targetValue = targetValue
        self.comparator = comparator
        self.attribute = attribute
        self.span = span
    }
}
