/// 柱状图 (bar chart): stacked bars drawn as inline SVG, one bar per category, one coloured
/// segment per series, every segment titled with its number (hover), a legend on top.
struct BarChart {
    /// One series: its name in the legend and its fill colour.
    struct Series {
        var name: String
        var fill: StaticString
    }

    /// The bars' labels.
    var categories: [String]
    /// The segments of every bar, bottom (or left) first.
    var series: [Series]
    /// `values[category][series]`.
    var values: [[Int]]
    /// Bars left to right along a horizontal axis (false: stacked upward, one column per category).
    var horizontal: Bool
    /// What the chart shows, for screen readers.
    var label: String

    static let width = 640.0

    /// Writes the `<svg>` element.
    func write(into out: inout HTMLStream) throws(ReportError) {
        let totals = values.map { $0.reduce(0, +) }
        let maxTotal = Double(max(1, totals.max() ?? 1))
        let legendHeight = 24.0
        if horizontal {
            let labelWidth = 190.0, row = 20.0, right = 60.0
            let height = legendHeight + row * Double(max(1, categories.count)) + 8
            try open(height, &out)
            try legend(&out)
            let plot = Self.width - labelWidth - right
            for (i, category) in categories.enumerated() {
                let y = legendHeight + row * Double(i)
                try text(labelWidth - 6, y + row * 0.7, "end", "lbl", Self.clip(category, 14), &out)
                var x = labelWidth
                for (s, value) in values[i].enumerated() where value > 0 {
                    let w = plot * Double(value) / maxTotal
                    try rect(x, y + 3, w, row - 6, series[s].fill, "\(category) · \(series[s].name): \(value)", &out)
                    x += w
                }
                try text(x + 4, y + row * 0.7, "start", "val", String(totals[i]), &out)
            }
        } else {
            let bottom = 58.0, left = 40.0, plotHeight = 220.0
            let height = legendHeight + plotHeight + bottom
            try open(height, &out)
            try legend(&out)
            let plotWidth = Self.width - left - 10
            let slot = plotWidth / Double(max(1, categories.count))
            let base = legendHeight + plotHeight
            try out.raw("<line class=\"axis\" x1=\"\(Self.f(left))\" y1=\"\(Self.f(base))\" x2=\"\(Self.f(Self.width - 10))\" y2=\"\(Self.f(base))\"/>")
            try text(left - 4, legendHeight + 10, "end", "val", String(Int(maxTotal)), &out)
            try text(left - 4, base, "end", "val", "0", &out)
            for (i, category) in categories.enumerated() {
                let x = left + slot * Double(i) + slot * 0.15
                var top = base
                for (s, value) in values[i].enumerated() where value > 0 {
                    let h = plotHeight * Double(value) / maxTotal
                    top -= h
                    try rect(x + max(0, slot * 0.7 - 48) / 2, top, min(slot * 0.7, 48), h, series[s].fill, "\(category) · \(series[s].name): \(value)", &out)
                }
                if categories.count <= 40 || i % ((categories.count + 39) / 40) == 0 {
                    let cx = x + slot * 0.35
                    try out.raw("<text class=\"lbl\" text-anchor=\"end\" transform=\"translate(\(Self.f(cx)),\(Self.f(base + 12))) rotate(-45)\">")
                    try out.text(Self.clip(category, 10))
                    try out.raw("</text>")
                }
            }
        }
        try out.raw("</svg>\n")
    }

    private func open(_ height: Double, _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Self.f(Self.width)) \(Self.f(height))\" aria-label=\"")
        try out.attribute(label)
        try out.raw("\">")
    }

    private func legend(_ out: inout HTMLStream) throws(ReportError) {
        var x = 4.0
        for s in series {
            try out.raw("<rect x=\"\(Self.f(x))\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
            try out.raw(s.fill)
            try out.raw("\"/>")
            try text(x + 16, 16, "start", "lbl", s.name, &out)
            x += 24 + 8 * Double(s.name.unicodeScalars.count) + 12
        }
    }

    private func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ fill: StaticString, _ title: String, _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<rect x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" width=\"\(Self.f(max(w, 0.5)))\" height=\"\(Self.f(max(h, 0.5)))\" fill=\"")
        try out.raw(fill)
        try out.raw("\"><title>")
        try out.text(title)
        try out.raw("</title></rect>")
    }

    private func text(_ x: Double, _ y: Double, _ anchor: StaticString, _ cls: StaticString, _ s: String, _ out: inout HTMLStream) throws(ReportError) {
        try out.raw("<text class=\"")
        try out.raw(cls)
        try out.raw("\" x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"")
        try out.raw(anchor)
        try out.raw("\">")
        try out.text(s)
        try out.raw("</text>")
    }

    /// A coordinate with one decimal.
    static func f(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// At most `n` characters, with `…` when cut.
    static func clip(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
