import Foundation

/// 部门网络图 (department network): the strongest ties drawn as inline SVG, departments on a
/// circle, each tie a line as thick as the tasks the two share (hover shows the number).
struct NetworkChart {
    /// The ties to draw, strongest first.
    var ties: [CorpusSummary.Tie]
    /// What the chart shows, for screen readers.
    var label: String

    static let size = 640.0

    /// Writes the `<svg>` element.
    func write(into out: inout HTMLStream) throws(ReportError) {
        // The departments in order of first appearance among the ties (strongest first), then
        // placed round the circle in that order.
        var names: [String] = []
        var index: [String: Int] = [:]
        var degree: [Int] = []
        for tie in ties {
            for name in [tie.a, tie.b] {
                if index[name] == nil {
                    index[name] = names.count
                    names.append(name)
                    degree.append(0)
                }
                degree[index[name]!] += tie.weight
            }
        }
        let c = Self.size / 2, radius = Self.size / 2 - 130
        func point(_ i: Int) -> (x: Double, y: Double, angle: Double) {
            let angle = 2 * Double.pi * Double(i) / Double(max(1, names.count)) - Double.pi / 2
            return (c + radius * cos(angle), c + radius * sin(angle), angle)
        }
        try out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(BarChart.f(Self.size)) \(BarChart.f(Self.size))\" aria-label=\"")
        try out.attribute(label)
        try out.raw("\">")
        let maxWeight = Double(max(1, ties.map(\.weight).max() ?? 1))
        for tie in ties {
            guard let i = index[tie.a], let j = index[tie.b] else { continue }
            let p = point(i), q = point(j)
            let width = 0.8 + 7 * Double(tie.weight) / maxWeight
            try out.raw("<line class=\"edge\" x1=\"\(BarChart.f(p.x))\" y1=\"\(BarChart.f(p.y))\" x2=\"\(BarChart.f(q.x))\" y2=\"\(BarChart.f(q.y))\" stroke-width=\"\(BarChart.f(width))\"><title>")
            try out.text("\(tie.a) – \(tie.b): \(tie.weight)")
            try out.raw("</title></line>")
        }
        let maxDegree = Double(max(1, degree.max() ?? 1))
        for (i, name) in names.enumerated() {
            let p = point(i)
            let r = 3 + 5 * Double(degree[i]) / maxDegree
            try out.raw("<circle class=\"dot\" cx=\"\(BarChart.f(p.x))\" cy=\"\(BarChart.f(p.y))\" r=\"\(BarChart.f(r))\"><title>")
            try out.text("\(name): \(degree[i])")
            try out.raw("</title></circle>")
            let left = cos(p.angle) < 0
            let lx = c + (radius + r + 4) * cos(p.angle), ly = c + (radius + r + 4) * sin(p.angle)
            var degrees = p.angle * 180 / Double.pi
            if left { degrees += 180 }
            try out.raw("<text class=\"lbl\" text-anchor=\"\(left ? "end" : "start")\" dominant-baseline=\"middle\" transform=\"translate(\(BarChart.f(lx)),\(BarChart.f(ly))) rotate(\(BarChart.f(degrees)))\">")
            try out.text(BarChart.clip(name, 12))
            try out.raw("</text>")
        }
        try out.raw("</svg>\n")
    }
}
