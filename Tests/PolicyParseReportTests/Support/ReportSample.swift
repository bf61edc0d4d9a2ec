import Foundation
import PolicyParse
@testable import PolicyParseReport

/// A document, its decoded source, its report and the report read back.
struct ReportSample {
    var document: Document
    var scalars: [Unicode.Scalar]
    var html: [UInt8]
    var reading: HTMLReading

    /// Parses `bytes` (as the CLI does) and renders the report.
    init(bytes: [UInt8], source: String?) throws {
        let report = try DocumentReport(bytes: bytes, source: source)
        self.init(report)
    }

    /// Renders `text` parsed as a string (no decoding).
    init(text: String) {
        let decoded = DecodedText(text)
        self.init(DocumentReport(document: PolicyParser.parse(decoded), source: decoded.scalars.array))
    }

    init(_ report: DocumentReport) {
        document = report.document
        scalars = report.source
        html = report.html()
        reading = HTMLReading(html)
    }

    /// Every mention's span and text, preamble first, then nodes in reading order; within a
    /// holder departments, amounts, percentages, years, quantities.
    var mentionSpans: [(span: Span, text: String)] {
        func of(_ h: some MentionHolding) -> [(span: Span, text: String)] {
            h.departments.map { ($0.span, $0.name) } + h.amounts.map { ($0.span, $0.text) }
                + h.percentages.map { ($0.span, $0.text) } + h.years.map { ($0.span, $0.text) }
                + h.quantities.map { ($0.span, $0.text) }
        }
        return of(document) + document.allNodes.flatMap { of($0.node) }
    }

    /// The source as a string, NUL shown as U+FFFD (the one character a page cannot hold).
    var expectedSourceText: String {
        String(String.UnicodeScalarView(scalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
    }
}
