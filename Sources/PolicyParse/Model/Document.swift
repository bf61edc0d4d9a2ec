import Foundation

/// A parsed policy document: the root of the task tree (output contract, schema version 1).
public struct Document: Hashable, Sendable, Codable {
    /// The version of the output contract this value follows.
    public var schemaVersion: Int
    /// The path as given, or nil for standard input or in-memory text.
    public var source: String?
    /// The character encoding the input was decoded from, e.g. `UTF-8`, `GB18030`.
    public var encoding: String
    /// The document's title (标题), from front matter, a leading 《…》 or a title line.
    public var title: String?
    /// Header fields: front matter, 文号 (`documentNumber`), issuer, signing date, plan period.
    public var metadata: [String: String]
    /// The preamble: everything before the first outline marker.
    public var text: String
    /// The preamble's extent in the source.
    public var span: Span
    /// 责任部门 found in the preamble.
    public var departments: [Department]
    /// 金额 found in the preamble.
    public var amounts: [Amount]
    /// 百分比 found in the preamble.
    public var percentages: [Percentage]
    /// 年份与期限 found in the preamble.
    public var years: [YearMention]
    /// 数量 found in the preamble.
    public var quantities: [Quantity]
    /// The top-level nodes of the outline (level 1).
    public var children: [Node]
    /// 落款: the issuer and signing date after the body (with notes such as `（此件公开发布）` and an
    /// attachment list `附件：…` before them), style `closing`, when the document has one. Its values
    /// (the signing date) belong to no task.
    public var closing: Node?
    /// Remarks about the numbering and the input; empty for a clean document.
    public var diagnostics: [Diagnostic]

    /// The schema version this library writes.
    public static let currentSchemaVersion = 1

    /// Creates a document.
    public init(source: String? = nil, encoding: String = "UTF-8", title: String? = nil,
                metadata: [String: String] = [:], text: String = "", span: Span = Span(0, 0),
                mentions: Mentions = Mentions(), children: [Node] = [], closing: Node? = nil, diagnostics: [Diagnostic] = []) {
        self.schemaVersion = Document.currentSchemaVersion
        self.source = source
        self.encoding = encoding
        self.title = title
        self.metadata = metadata
        self.text = text
        self.span = span
        self.departments = mentions.departments
        self.amounts = mentions.amounts
        self.percentages = mentions.percentages
        self.years = mentions.years
        self.quantities = mentions.quantities
        self.children = children
        self.closing = closing
        self.diagnostics = diagnostics
    }
}
