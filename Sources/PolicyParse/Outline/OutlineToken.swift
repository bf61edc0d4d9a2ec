/// 标号 (outline marker) found by `OutlineTokenizer`, or a boundary line (附件) where numbering restarts.
package struct OutlineToken: Sendable, Hashable {
    /// What a token stands for.
    package enum Kind: Sendable, Hashable {
        /// 标号: a numbering marker that may start a node.
        case marker
        /// 附件 (annex) heading line: the outline restarts after it.
        case annex
    }

    /// What the token stands for.
    package var kind: Kind
    /// The marker's style (`annex` for annex lines).
    package var style: Style
    /// The number the marker stands for (0 for dashes and unnumbered annex lines: the builder counts them).
    package var ordinal: Int
    /// The marker as written (clean indices), e.g. `（一）`, `1.1`, `第三条`, `一是`, `附件2：`.
    package var range: Range<Int>
    /// The numbers of a `decimal` marker (`2.3.1` is `[2, 3, 1]`); `[ordinal]` for other styles.
    package var components: [Int]
    /// True for an emergency-plan top level written as digits, a space and a short title (`1 总则`).
    package var isSpacedDecimal: Bool

    /// True for `11.` read from `11.121人才梯队项目`, which could also be the number 11.121: the
    /// builder takes it only where it continues an open list (after `10.`).
    package var continuesOnly: Bool

    /// Creates a token.
    package init(kind: Kind = .marker, style: Style, ordinal: Int, range: Range<Int>, components: [Int]? = nil,
                isSpacedDecimal: Bool = false, continuesOnly: Bool = false) {
        self.kind = kind
        self.style = style
        self.ordinal = ordinal
        self.range = range
        self.components = components ?? [ordinal]
        self.isSpacedDecimal = isSpacedDecimal
        self.continuesOnly = continuesOnly
    }

    /// Depth of a `decimal` marker: the number of its components (`2.3.1` is 3).
    package var depth: Int { components.count }
}
