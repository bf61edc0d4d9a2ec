/// Runs every extractor over one node's own text. (Placeholder until the extraction work lands.)
public enum MentionExtractor {
    /// The mentions in `range` of `clean`; spans are clean indices and `text` the display text.
    public static func extract(from clean: CleanText, in range: Range<Int>) -> Mentions { Mentions() }
}

/// Facts about the whole document: 文号, issuing body, signing date, plan period.
public enum DocumentFacts {
    /// Metadata fields stated in the text (`documentNumber`, `issuer`, `signedDate`, `period`).
    public static func extract(from clean: CleanText) -> [String: String] { [:] }
}
