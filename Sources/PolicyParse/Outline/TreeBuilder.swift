/// Builds the task tree from marker tokens: decides which markers continue a sequence, assigns
/// depth from the order in which styles open, splits unnumbered task paragraphs, and works out
/// each node's heading, text and ranges. Iterative with an explicit stack; linear in the input.
/// See `Docs/Numbering.md`.
package enum TreeBuilder {
    /// The outline of `clean`, built from `tokens`.
    package static func build(_ tokens: [OutlineToken], in clean: CleanText) -> OutlineTree {
        var builder = OutlineAssembly(clean: clean, tokens: tokens)
        return builder.run()
    }
}
