import Foundation
import PolicyParse
import PolicyParseReuse

/// `policyparse-reuse-bench`: prints how long `compare` takes on two 20,000-character plans
/// (generated, so it runs from a fresh clone) and, when given, on real files; with
/// `--corpus=FOLDER:COUNT:SAMPLE`, corpus mode on COUNT documents replicated from FOLDER. Release
/// build: `swift run -c release policyparse-reuse-bench [CENTRAL LOCAL] [--corpus=…]`.
/// Figures in Docs/Performance.md.
@main
enum ReuseBench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let (central, local) = SyntheticPlans.pair(characters: 20_000)
        report("generated", central: central, local: local)
        let files = arguments.filter { !$0.hasPrefix("--") }
        if files.count >= 2 {
            let c = try String(contentsOfFile: files[0], encoding: .utf8)
            let l = try String(contentsOfFile: files[1], encoding: .utf8)
            report("files", central: c, local: l)
        }
        // --corpus=FOLDER:COUNT[:SAMPLE]
        if let spec = arguments.first(where: { $0.hasPrefix("--corpus=") }) {
            let parts = spec.dropFirst(9).split(separator: ":")
            try corpus(folder: String(parts[0]), count: parts.count > 1 ? Int(parts[1]) ?? 10_000 : 10_000,
                       sample: parts.count > 2 ? Int(parts[2]) ?? 200 : 200)
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

    /// Corpus mode on `count` documents replicated from the `.txt` files of `folder` (each parsed
    /// once, copies given distinct sources): the index, every document's candidates, and the
    /// sources of the first `sample` documents aligned.
    static func corpus(folder: String, count: Int, sample: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let originals = try names.map { try PolicyParser.parse(contentsOf: folder + "/" + $0) }
        guard !originals.isEmpty else { return }
        var documents: [Document] = []
        documents.reserveCapacity(count)
        for i in 0..<count {
            var copy = originals[i % originals.count]
            copy.source = "copy\(i / originals.count)/" + names[i % originals.count]
            documents.append(copy)
        }
        let characters = documents.reduce(0) { $0 + $1.text.count + $1.allNodes.reduce(0) { $0 + $1.node.heading.count + $1.node.text.count } }
        var t = cpu()
        let finder = SourceFinder(documents: documents)
        let indexTime = cpu() - t
        t = cpu()
        var pairs = 0
        for d in documents.indices { pairs += finder.candidates(of: d).count }
        let candidateTime = cpu() - t
        t = cpu()
        var rows = 0
        for d in 0..<min(sample, documents.count) { rows += finder.sources(of: d).count }
        let alignTime = cpu() - t
        print("corpus: \(count) documents (\(originals.count) distinct, \(characters / 1_000_000) M characters of headings and text)")
        print(String(format: "  index (normalise + sketch every document): %.1f s CPU", indexTime))
        print(String(format: "  candidates of every document: %.2f s CPU; %d candidate pairs, all ordered pairs would be %d", candidateTime, pairs, count * (count - 1)))
        print(String(format: "  sources of the first %d documents (%d pairs aligned): %.1f s CPU, %.1f ms per document",
                     min(sample, count), rows, alignTime, alignTime * 1000 / Double(max(1, min(sample, count)))))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
