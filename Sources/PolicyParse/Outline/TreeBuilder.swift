/// Builds the task tree from marker tokens.
public enum TreeBuilder {
    /// The outline of `clean`, built from `tokens`.
    public static func build(_ tokens: [OutlineToken], in clean: CleanText) -> OutlineTree {
        OutlineTree(preamble: 0..<clean.count, items: [])
    }
}
