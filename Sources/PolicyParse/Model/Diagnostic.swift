/// A remark about the input that did not stop the parse, e.g. a numbering gap (编号不连续).
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious the remark is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Something the reader should check.
        case warning
        /// Information only.
        case note
    }

    /// How serious the remark is.
    public var severity: Severity
    /// A short machine-readable name, e.g. `numberingGap`.
    public var code: String
    /// A sentence for a person.
    public var message: String
    /// Where in the source it applies (code points).
    public var span: Span
    /// 1-based line of `span.start` in the source.
    public var line: Int
    /// 1-based column (in code points) of `span.start` in the source.
    public var column: Int

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, span: Span, line: Int, column: Int) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.line = line
        self.column = column
    }
}
