import PolicyParse

/// A document split into normalised words once, for many comparisons (corpus mode).
package struct PreparedDocument: Sendable {
    /// The parsed document.
    package var document: Document
    /// Every node (heading and own text) as words, in reading order.
    package var units: [TaskWords]
    /// Every node's heading line alone as words, in reading order.
    package var headings: [TaskWords]

    /// Splits `document` with `normalizer`, ids from `vocabulary`.
    package init(_ document: Document, normalizer: WordNormalizer, vocabulary: inout Vocabulary) {
        self.document = document
        units = normalizer.words(of: document, vocabulary: &vocabulary)
        headings = units.map(\.headingOnly)
    }
}
