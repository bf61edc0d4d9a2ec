import Foundation

/// 数值提及 (value mention): one kind of value the extractors find in a node's text (amounts,
/// percentages, years, quantities), described once so that the writers, the span relocation and
/// the checks follow the registry `Mentions.valueKinds` instead of naming each kind.
///
/// A new kind is its model (a struct conforming to this protocol, or to `QualifiedMention` when it
/// is a number with a qualifier), its array in `Mentions`, `Node` and `Document`, an entry in
/// `Mentions.valueKinds`, and its extractor in `MentionExtractor.extractors`.
package protocol ValueMention: Hashable, Sendable {
    /// The key of the kind's array in the JSON of a node (`amounts`), also used in check messages.
    static var key: StaticString { get }
    /// The kind's name in a table row (`amount`, the `kind` column of `values.csv`).
    static var name: String { get }
    /// Where the kind's mentions are kept.
    static var path: WritableKeyPath<Mentions, [Self]> { get }
    /// True when the kind reads the bounds of the text it is run over (where a line or node
    /// starts), so that running the extractors over the whole text need not find the same ones.
    static var readsBounds: Bool { get }
    /// The surface form, exactly `source[span]` once assembled.
    var text: String { get set }
    /// Where the mention stands (clean indices inside the extractors, the source once assembled).
    var span: Span { get set }
    /// Writes the mention's fields in the contract's order (`text` first, `span` last).
    func writeFields<W: MentionFieldWriter>(to writer: inout W)
    /// The mention's columns in a table of values.
    var columns: ValueColumns { get }
}

extension ValueMention {
    /// Most kinds read only the characters around them.
    package static var readsBounds: Bool { false }
}

/// Where a value mention writes its fields: the JSON writer, or anything else that lists them.
package protocol MentionFieldWriter {
    /// A string field.
    mutating func field(_ key: StaticString, _ value: String)
    /// An exact decimal field.
    mutating func field(_ key: StaticString, _ value: Decimal)
    /// An integer field.
    mutating func field(_ key: StaticString, _ value: Int)
    /// A boolean field.
    mutating func field(_ key: StaticString, _ value: Bool)
    /// A span field, `[start, end]`.
    mutating func field(_ key: StaticString, _ value: Span)
}

/// The columns one value mention fills in a table of values (`values.csv`): every kind the same
/// columns, so a new kind adds rows, not columns.
package struct ValueColumns: Sendable {
    /// The value (the first year for years); empty when not a finite number.
    package var value: String
    /// The upper end of a range; empty for none.
    package var upper: String
    /// The unit: currency, `%`/`个百分点`, measure word, `年`.
    package var unit: String
    /// The comparator (`gte` …), or `deadline` for a year; empty for none.
    package var comparator: String
    /// The years the mention itself names (years only); nil when it names none.
    package var years: (from: Int, to: Int)?

    /// Creates the columns.
    package init(value: String, upper: String, unit: String, comparator: String, years: (from: Int, to: Int)? = nil) {
        self.value = value
        self.upper = upper
        self.unit = unit
        self.comparator = comparator
        self.years = years
    }

    /// A decimal as a column: its digits, or empty when it is not a finite number.
    package static func number(_ value: Decimal) -> String {
        value.isNaN || !value.isFinite ? "" : value.description
    }
}

/// 限定数值 (qualified number): what every number with a qualifier has, whatever its unit — the
/// surface text, the value or range, the comparator and the words it was read from, whether the
/// number overflowed, and where it stands. The extractors build one and the kind adds its unit.
package struct QualifiedNumber: Hashable, Sendable {
    /// The surface form.
    package var text: String
    /// The value; the lower end of a range.
    package var value: Decimal
    /// The upper end of a range.
    package var upper: Decimal?
    /// How the value is qualified, if it is.
    package var comparator: ValueComparator?
    /// The words the comparator was read from.
    package var comparatorText: String?
    /// True when the written number is too large to represent exactly; nil otherwise.
    package var overflow: Bool?
    /// Where the mention stands.
    package var span: Span

    /// Creates a qualified number; `overflow` false is stored as nil (omitted from the output).
    package init(text: String, value: Decimal, upper: Decimal? = nil, comparator: ValueComparator? = nil,
                 comparatorText: String? = nil, overflow: Bool = false, span: Span) {
        self.text = text
        self.value = value
        self.upper = upper
        self.comparator = comparator
        self.comparatorText = comparatorText
        self.overflow = overflow ? true : nil
        self.span = span
    }
}

/// A value mention that is a `QualifiedNumber` plus one unit field (`Amount`'s currency,
/// `Percentage`'s kind, `Quantity`'s measure word): the fields, the columns and the core are
/// shared, the kind says only what its unit is.
package protocol QualifiedMention: ValueMention {
    /// The unit's key in the JSON, written between `upper` and `comparator` (`currency`).
    static var unitKey: StaticString { get }
    /// The value; the lower end of a range.
    var value: Decimal { get set }
    /// The upper end of a range.
    var upper: Decimal? { get set }
    /// How the value is qualified, if it is.
    var comparator: ValueComparator? { get set }
    /// The words the comparator was read from.
    var comparatorText: String? { get set }
    /// True when the number overflowed; nil otherwise.
    var overflow: Bool? { get set }
    /// The unit as written in the JSON (`CNY`, `percentagePoint`, `家`).
    var unitValue: String { get }
    /// The unit in a table of values (`CNY`, `个百分点`, `家`).
    var unitColumn: String { get }
}

extension QualifiedMention {
    /// The shared core of the mention.
    package var number: QualifiedNumber {
        get {
            var n = QualifiedNumber(text: text, value: value, upper: upper, comparator: comparator,
                                    comparatorText: comparatorText, span: span)
            n.overflow = overflow
            return n
        }
        set {
            text = newValue.text
            value = newValue.value
            upper = newValue.upper
            comparator = newValue.comparator
            comparatorText = newValue.comparatorText
            overflow = newValue.overflow
            span = newValue.span
        }
    }

    /// Most kinds write their unit as the table shows it.
    package var unitColumn: String { unitValue }

    package func writeFields<W: MentionFieldWriter>(to w: inout W) {
        w.field("text", text)
        w.field("value", value)
        if let upper { w.field("upper", upper) }
        w.field(Self.unitKey, unitValue)
        if let comparator { w.field("comparator", comparator.rawValue) }
        if let comparatorText { w.field("comparatorText", comparatorText) }
        if let overflow { w.field("overflow", overflow) }
        w.field("span", span)
    }

    package var columns: ValueColumns {
        ValueColumns(value: ValueColumns.number(value), upper: upper.map(ValueColumns.number) ?? "", unit: unitColumn,
                     comparator: comparator?.rawValue ?? "")
    }
}

extension Amount: QualifiedMention {
    package static var key: StaticString { "amounts" }
    package static var name: String { "amount" }
    package static var path: WritableKeyPath<Mentions, [Amount]> { \.amounts }
    package static var unitKey: StaticString { "currency" }
    package var unitValue: String { currency }

    /// An amount of `number` in `currency`.
    package init(_ number: QualifiedNumber, currency: String) {
        self.init(text: number.text, value: number.value, upper: number.upper, currency: currency,
                  comparator: number.comparator, comparatorText: number.comparatorText, overflow: number.overflow,
                  span: number.span)
    }
}

extension Percentage: QualifiedMention {
    package static var key: StaticString { "percentages" }
    package static var name: String { "percentage" }
    package static var path: WritableKeyPath<Mentions, [Percentage]> { \.percentages }
    package static var unitKey: StaticString { "kind" }
    package var unitValue: String { kind.rawValue }
    package var unitColumn: String { kind == .percent ? "%" : "个百分点" }

    /// A percentage of `number`, in percent or points.
    package init(_ number: QualifiedNumber, kind: PercentageKind) {
        self.init(text: number.text, value: number.value, upper: number.upper, kind: kind,
                  comparator: number.comparator, comparatorText: number.comparatorText, overflow: number.overflow,
                  span: number.span)
    }
}

extension Quantity: QualifiedMention {
    package static var key: StaticString { "quantities" }
    package static var name: String { "quantity" }
    package static var path: WritableKeyPath<Mentions, [Quantity]> { \.quantities }
    /// A quantity is read only away from a line start and after no `第`, both seen from its text's bounds.
    package static var readsBounds: Bool { true }
    package static var unitKey: StaticString { "unit" }
    package var unitValue: String { unit }

    /// A count of `number` in the measure word `unit`.
    package init(_ number: QualifiedNumber, unit: String) {
        self.init(text: number.text, value: number.value, upper: number.upper, unit: unit,
                  comparator: number.comparator, comparatorText: number.comparatorText, overflow: number.overflow,
                  span: number.span)
    }
}

extension YearMention: ValueMention {
    package static var key: StaticString { "years" }
    package static var name: String { "year" }
    package static var path: WritableKeyPath<Mentions, [YearMention]> { \.years }

    package func writeFields<W: MentionFieldWriter>(to w: inout W) {
        w.field("text", text)
        w.field("from", from)
        w.field("to", to)
        if let month { w.field("month", month) }
        if let day { w.field("day", day) }
        if let deadline { w.field("deadline", deadline) }
        if let since { w.field("since", since) }
        w.field("span", span)
    }

    package var columns: ValueColumns {
        ValueColumns(value: String(from), upper: to == from ? "" : String(to), unit: "年",
                     comparator: deadline == true ? "deadline" : (since == true ? "since" : ""), years: (from, to))
    }
}

/// A pass over every kind of value mention, one `visit` per kind in the registry's order
/// (`Mentions.visitKinds`). Each visit is generic over the kind, so a pass costs what code written
/// out per kind would: the JSON writer and the span relocation go this way.
package protocol ValueKindVisitor {
    /// Called once for each registered kind.
    mutating func visit<M: ValueMention>(_ kind: M.Type)
}

extension Mentions {
    /// 数值种类 (the registry of value kinds), in the order the JSON writes their arrays. Each
    /// kind's extractor is in `MentionExtractor.extractors`, in the order they are tried.
    package static func visitKinds<V: ValueKindVisitor>(_ visitor: inout V) {
        visitor.visit(Amount.self)
        visitor.visit(Percentage.self)
        visitor.visit(YearMention.self)
        visitor.visit(Quantity.self)
    }

    /// The registered kinds (`visitKinds`) as a list, for passes that need no speed.
    package static let valueKinds: [any ValueMention.Type] = {
        struct List: ValueKindVisitor {
            var kinds: [any ValueMention.Type] = []
            mutating func visit<M: ValueMention>(_ kind: M.Type) { kinds.append(kind) }
        }
        var list = List()
        visitKinds(&list)
        return list.kinds
    }()

    /// Appends `other`'s departments and value mentions of every kind to these.
    package mutating func append(_ other: Mentions) {
        struct Append: ValueKindVisitor {
            var mentions: Mentions
            let other: Mentions
            mutating func visit<M: ValueMention>(_ kind: M.Type) { mentions[keyPath: M.path] += other[keyPath: M.path] }
        }
        var append = Append(mentions: self, other: other)
        Mentions.visitKinds(&append)
        self = append.mentions
        departments += other.departments
    }

    /// The number of value mentions of every kind.
    package var valueCount: Int {
        struct Count: ValueKindVisitor {
            let mentions: Mentions
            var total = 0
            mutating func visit<M: ValueMention>(_ kind: M.Type) { total += mentions[keyPath: M.path].count }
        }
        var count = Count(mentions: self)
        Mentions.visitKinds(&count)
        return count.total
    }
}
