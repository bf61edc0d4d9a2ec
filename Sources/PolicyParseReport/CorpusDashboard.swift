/// 语料看板 (corpus dashboard): one self-contained HTML page of charts over a corpus, each chart
/// inline SVG drawn here (no chart library) with its numbers in a table beside it: tasks per
/// canonical department by role (top 30), targets per year by kind, documents per year and
/// jurisdiction, the department network's strongest ties, and the documents with links to their
/// own reports. No script; no external resources.
public struct CorpusDashboard {
    /// The figures.
    public var summary: CorpusSummary

    /// Departments in the chart.
    static let departmentLimit = 30
    /// Ties in the network chart.
    static let tieLimit = 40
    /// Jurisdictions with a colour of their own; the rest are `other`.
    static let jurisdictionLimit = 7
    static let palette: [StaticString] = ["#1d5fbf", "#1f8a3b", "#b65c00", "#6b3fb5", "#b3261e", "#0f7c86", "#a0306a", "#8a8f98", "#c7ccd4"]

    /// A dashboard of `summary`.
    public init(summary: CorpusSummary) {
        self.summary = summary
    }

    /// The whole page as bytes.
    public func html() -> [UInt8] {
        HTMLStream.collect { (out: inout HTMLStream) throws(ReportError) in try write(to: &out) }
    }

    /// Writes the page to `out` (and finishes the stream).
    public func write(to out: inout HTMLStream) throws(ReportError) {
        try out.raw("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        try out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        try out.raw("<meta name=\"generator\" content=\"policyparse report\">\n<title>")
        try out.text(summary.title)
        try out.raw(" · policyparse corpus</title>\n<style>\n")
        try out.raw(ReportStyle.common)
        try out.raw("\n")
        try out.raw(ReportStyle.dashboard)
        try out.raw("\n</style>\n</head>\n<body class=\"corpus-dashboard\">\n<header>\n<h1>")
        try out.text(summary.title)
        try out.raw("</h1>\n<p class=\"meta\"><span id=\"count-documents\">")
        try out.int(summary.documents.count)
        try out.raw("</span> documents · ")
        try out.int(summary.documents.reduce(0) { $0 + $1.tasks })
        try out.raw(" tasks · ")
        try out.int(summary.departments.count)
        try out.raw(" departments · ")
        try out.int(summary.targetsByYear.reduce(0) { $0 + $1.amounts + $1.percentages + $1.quantities })
        try out.raw(" targets</p>\n<nav class=\"toolbar\"><a href=\"#departments\">Departments</a> · <a href=\"#targets\">Targets per year</a> · <a href=\"#documents-per-year\">Documents per year</a> · <a href=\"#network\">Network</a> · <a href=\"#documents\">Documents</a></nav>\n</header>\n")
        try departments(&out)
        try targets(&out)
        try documentsPerYear(&out)
        try network(&out)
        try documents(&out)
        try out.raw("<footer>Written by policyparse report --db. Charts are drawn from the numbers in the tables beside them; see Docs/Report.md.</footer>\n</body>\n</html>\n")
        try out.finish()
    }

    // MARK: Charts

    private func departments(_ out: inout HTMLStream) throws(ReportError) {
        let rows = Array(summary.departments.prefix(Self.departmentLimit))
        try sectionStart("departments", "Tasks per canonical department by role (top \(Self.departmentLimit))", &out)
        let chart = BarChart(categories: rows.map(\.name),
                             series: [.init(name: "lead 牵头", fill: "#b3261e"), .init(name: "responsible 负责", fill: "#7a5a12"),
                                      .init(name: "support 配合", fill: "#a0306a")],
                             values: rows.map { [$0.lead, $0.responsible, $0.support] }, horizontal: true,
                             label: "Tasks per department by role")
        try chart.write(into: &out)
        try tableStart(["Department", "Lead", "Responsible", "Support", "Documents"], &out)
        for row in rows {
            try cells([.text(row.name), .number(row.lead), .number(row.responsible), .number(row.support), .number(row.documents)], &out)
        }
        try sectionEnd(&out)
    }

    private func targets(_ out: inout HTMLStream) throws(ReportError) {
        let rows = summary.targetsByYear
        try sectionStart("targets", "Targets per year by kind", &out)
        let chart = BarChart(categories: rows.map { $0.year.map(String.init) ?? "no year" },
                             series: [.init(name: "amount 金额", fill: "#1f8a3b"), .init(name: "percentage 百分比", fill: "#1d5fbf"),
                                      .init(name: "quantity 数量", fill: "#b65c00")],
                             values: rows.map { [$0.amounts, $0.percentages, $0.quantities] }, horizontal: false,
                             label: "Targets per year by kind")
        try chart.write(into: &out)
        try tableStart(["Year", "Amounts", "Percentages", "Quantities"], &out)
        for row in rows {
            try cells([.text(row.year.map(String.init) ?? "no year"), .number(row.amounts), .number(row.percentages), .number(row.quantities)], &out)
        }
        try sectionEnd(&out)
    }

    private func documentsPerYear(_ out: inout HTMLStream) throws(ReportError) {
        let cells = summary.documentsByYear
        // Jurisdictions by documents, most first; beyond the limit they share `other`.
        var perJurisdiction: [String: Int] = [:]
        for cell in cells { perJurisdiction[cell.jurisdiction ?? "unknown", default: 0] += cell.count }
        let ranked = perJurisdiction.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var named = Array(ranked.prefix(Self.jurisdictionLimit))
        let hasOther = ranked.count > named.count
        if hasOther { named.append("other") }
        let column = Dictionary(uniqueKeysWithValues: named.enumerated().map { ($1, $0) })
        let years = Array(Set(cells.map(\.year))).sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }
        let row = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        var values = [[Int]](repeating: [Int](repeating: 0, count: named.count), count: years.count)
        for cell in cells {
            let j = column[cell.jurisdiction ?? "unknown"] ?? column["other"] ?? 0
            values[row[cell.year] ?? 0][j] += cell.count
        }
        try sectionStart("documents-per-year", "Documents per year and jurisdiction", &out)
        let chart = BarChart(categories: years.map { $0.map(String.init) ?? "no year" },
                             series: named.enumerated().map { .init(name: $1, fill: Self.palette[min($0, Self.palette.count - 1)]) },
                             values: values, horizontal: false, label: "Documents per year and jurisdiction")
        try chart.write(into: &out)
        try tableStart(["Year", "Jurisdiction", "Documents"], &out)
        for cell in cells.sorted(by: { ($0.year ?? Int.max, $0.jurisdiction ?? "") < ($1.year ?? Int.max, $1.jurisdiction ?? "") }) {
            try self.cells([.text(cell.year.map(String.init) ?? "no year"), .text(cell.jurisdiction ?? "unknown"), .number(cell.count)], &out)
        }
        try sectionEnd(&out)
    }

    private func network(_ out: inout HTMLStream) throws(ReportError) {
        let ties = Array(summary.ties.prefix(Self.tieLimit))
        try sectionStart("network", "Strongest ties of the department network (top \(Self.tieLimit))", &out)
        try NetworkChart(ties: ties, label: "Department network: strongest ties").write(into: &out)
        try tableStart(["Department", "Department", "Shared tasks"], &out)
        for tie in ties {
            try cells([.text(tie.a), .text(tie.b), .number(tie.weight)], &out)
        }
        try sectionEnd(&out)
    }

    private func documents(_ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<section id=\"documents\"><h2>Documents</h2>\n<table class=\"documents\">\n<thead><tr><th>Title</th><th>File</th><th>Jurisdiction</th><th>Date</th><th>Tasks</th></tr></thead>\n<tbody>\n")
        for d in summary.documents {
            try out.raw("<tr><td>")
            if let report = d.report {
                try out.raw("<a href=\"")
                try out.attribute(Self.href(report))
                try out.raw("\">")
                try out.text(d.title ?? d.path)
                try out.raw("</a>")
            } else {
                try out.text(d.title ?? d.path)
            }
            try out.raw("</td><td>")
            try out.text(d.path)
            try out.raw("</td><td>")
            try out.text(d.jurisdiction ?? "")
            try out.raw("</td><td>")
            try out.text(d.date ?? "")
            try out.raw("</td><td class=\"num\">")
            try out.int(d.tasks)
            try out.raw("</td></tr>\n")
        }
        try out.raw("</tbody>\n</table>\n</section>\n")
    }

    // MARK: Pieces

    /// A table cell's content.
    enum Cell {
        case text(String)
        case number(Int)
    }

    private func sectionStart(_ id: StaticString, _ heading: String, _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<section class=\"chart\" id=\"")
        try out.raw(id)
        try out.raw("\"><figure><h2>")
        try out.text(heading)
        try out.raw("</h2>\n")
    }

    private func tableStart(_ headers: [String], _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("</figure>\n<div class=\"tab\"><table>\n<thead><tr>")
        for h in headers {
            try out.raw("<th>")
            try out.text(h)
            try out.raw("</th>")
        }
        try out.raw("</tr></thead>\n<tbody>\n")
    }

    private func cells(_ row: [Cell], _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<tr>")
        for cell in row {
            switch cell {
            case .text(let s):
                try out.raw("<td>")
                try out.text(s)
            case .number(let n):
                try out.raw("<td class=\"num\">")
                try out.int(n)
            }
            try out.raw("</td>")
        }
        try out.raw("</tr>\n")
    }

    private func sectionEnd(_ out: inout HTMLStream) throws(ReportError) {
        try out.raw("</tbody>\n</table></div>\n</section>\n")
    }

    /// A relative path as a URL path: each segment percent-encoded except unreserved characters
    /// and `/`, so a file name with `#`, `?`, `%` or spaces still links to itself.
    static func href(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
