/// Strips wrappers and normalises white space, keeping a map back to the source.
public enum Cleaner {
    /// The clean text of `text`. (Placeholder: identity.)
    public static func clean(_ text: DecodedText) -> CleanText {
        CleanText(scalars: text.scalars, map: OffsetMap(identityCount: text.scalars.count))
    }
}
