extension PolicyParser {
    /// The parser's version, stored with every indexed document (`documents.parsed_with`); raise it
    /// whenever a change to the parser changes any document's output, so `policyparse index` reparses.
    package static let version = "policyparse 1.5"
}
