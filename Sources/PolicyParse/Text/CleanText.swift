/// The kind of wrapper the text came in, as the cleaner recognised it.
package enum InputFormat: String, Sendable, Codable {
    /// Plain text.
    case plain
    /// HTML (tags were dropped, block tags became line breaks).
    case html
    /// Markdown (emphasis, heading marks, images and link targets were dropped).
    case markdown
}

/// Text as the outline and extraction stages see it, with a map back to the source.
///
/// `scalars` is the display view: markup removed, entities decoded, line ends normalised to
/// `\n`, each line's indentation dropped, runs of white space collapsed to one space, the cells of
/// HTML and tab-separated tables separated by `\t`. Characters keep their written form (`（１）` stays full-width);
/// `analysis(at:)` gives the ASCII-folded form that scanners compare against.
package struct CleanText: Sendable {
    /// The display view of the text.
    package var scalars: [Unicode.Scalar]
    /// Where each character of `scalars` came from in the decoded source.
    package var map: OffsetMap
    /// Fields of a YAML front matter block (`title`, `date`, `url` …), keys as written.
    package var metadata: [String: String]
    /// The wrapper the text came in.
    package var format: InputFormat
    /// Tables as grids of cells (clean indices), in order: HTML tables, else Markdown pipe tables,
    /// tab-separated tables and tables flattened one cell per paragraph or line.
    package var tables: [TableLayout] = []

    /// Creates clean text from its parts.
    package init(scalars: [Unicode.Scalar], map: OffsetMap, metadata: [String: String] = [:], format: InputFormat = .plain) {
        self.scalars = scalars
        self.map = map
        self.metadata = metadata
        self.format = format
    }

    /// Plain text taken as already clean: identity map (for tests of later stages). White space is
    /// put in the normal form one character for one (`CharacterClass.cleanRole`): any white space but
    /// the tab becomes a space, any line break `\n`.
    package init(plain string: String) {
        let scalars = string.unicodeScalars.map { c -> Unicode.Scalar in
            switch CharacterClass.cleanRole(c) {
            case .space: c == "\t" ? c : " "
            case .lineBreak: "\n"
            case .keep, .vanish: c
            }
        }
        self.init(scalars: scalars, map: OffsetMap(identityCount: scalars.count))
    }

    /// Number of characters.
    package var count: Int { scalars.count }

    /// The analysis (ASCII-folded) form of the character at `index`.
    @inline(__always)
    package func analysis(at index: Int) -> Unicode.Scalar { ScalarFold.analysis(scalars[index]) }

    /// The whole display text.
    package var string: String { String(scalars: scalars[...]) }

    /// The display text of a range.
    package func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// `range` without the blanks and line breaks at its ends.
    package func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CharacterClass.isBlank(scalars[lower]) || scalars[lower] == "\n" { lower += 1 }
        while upper > lower, CharacterClass.isBlank(scalars[upper - 1]) || scalars[upper - 1] == "\n" { upper -= 1 }
        return lower..<upper
    }

    /// The source extent of a range of clean characters.
    package func sourceSpan(of range: Range<Int>) -> Span { map.sourceSpan(of: range) }
}
