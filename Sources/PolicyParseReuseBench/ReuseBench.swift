import Foundation
import PolicyParse
import PolicyParseReuse

/// `policyparse-reuse-bench`: prints how long `compare` takes on two 20,000-character plans
/// (generated, so it runs from a fresh clone) and, when given, on real files. Release build:
/// `swift run -c release policyparse-reuse-bench [CENTRAL LOCAL]`. Figures in Docs/Performance.md.
@main
enum ReuseBench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let (central, local) = SyntheticPlans.pair(characters: 20_000)
        report("generated", central: central, local: local)
        if arguments.count >= 2 {
            let c = try String(contentsOfFile: arguments[0], encoding: .utf8)
            let l = try String(contentsOfFile: arguments[1], encoding: .utf8)
            report("files", central: c, local: l)
        }
        if let count = arguments.first(where: { $0.hasPrefix("--corpus=") }).flatMap({ Int($0.dropFirst(9)) }) {
            corpus(count)
        }
    }

    /// This thread's CPU time in seconds (wall time on a shared machine mostly measures the neighbours).
    static func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Parse + align, and align alone: CPU time, median and minimum of seven runs; wall time median.
    static func report(_ name: String, central: String, local: String) {
        var parseAndAlign: [Double] = []
        var alignOnly: [Double] = []
        var wall: [Double] = []
        var summary = ""
        for _ in 0..<7 {
            let wallStart = Date()
            let start = cpu()
            let c = PolicyParser.parse(text: central)
            let l = PolicyParser.parse(text: local)
            let parsed = cpu()
            let alignment = ReuseAligner().align(central: c, local: l)
            let end = cpu()
            wall.append(Date().timeIntervalSince(wallStart))
            parseAndAlign.append(end - start)
            alignOnly.append(end - parsed)
            summary = ReuseMarkdownFormatter.summaryLine(alignment.summary) + "; \(alignment.central.nodes) + \(alignment.local.nodes) nodes"
        }
        print("\(name): \(central.unicodeScalars.count) + \(local.unicodeScalars.count) characters; \(summary)")
        print(String(format: "  parse both + align: CPU median %.1f ms, min %.1f ms; wall median %.1f ms", median(parseAndAlign) * 1000,
                     (parseAndAlign.min() ?? 0) * 1000, median(wall) * 1000))
        print(String(format: "  align only:         CPU median %.1f ms, min %.1f ms", median(alignOnly) * 1000, (alignOnly.min() ?? 0) * 1000))
    }

    /// Corpus mode on `count` documents replicated from generated plans.
    static func corpus(_ count: Int) {
        var documents: [Document] = []
        let start = Date()
        for i in 0..<count {
            let (central, local) = SyntheticPlans.pair(characters: 6_000, seed: UInt64(i % 50))
            documents.append(PolicyParser.parse(text: i % 2 == 0 ? central : local, source: "doc\(i).txt"))
        }
        let parsed = Date()
        let finder = SourceFinder(documents: documents)
        let indexed = Date()
        let rows = finder.matrix()
        let end = Date()
        print("corpus: \(count) documents; parse \(String(format: "%.1f", parsed.timeIntervalSince(start))) s, index \(String(format: "%.2f", indexed.timeIntervalSince(parsed))) s, "
              + "pairs scored \(finder.pairsScored) of \(count * (count - 1)) ordered pairs, matrix \(String(format: "%.2f", end.timeIntervalSince(indexed))) s, \(rows.count) rows")
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
