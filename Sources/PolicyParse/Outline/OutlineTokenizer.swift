/// A marker or text run found by the tokenizer. (Placeholder until the outline work lands.)
public struct OutlineToken: Sendable {
    /// The marker's style.
    public var style: Style
    /// The number it stands for.
    public var ordinal: Int
    /// Where it stands (clean indices).
    public var range: Range<Int>
}

/// Finds outline markers (标号) in clean text.
public enum OutlineTokenizer {
    /// The marker tokens of `clean`, in order.
    public static func tokens(in clean: CleanText) -> [OutlineToken] { [] }
}
