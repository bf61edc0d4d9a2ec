import Foundation
import Testing
import PolicyParse
import PolicyParseInvariants

/// Hostile inputs, generated here: each gives a document or a typed error, keeps every invariant
/// of the fuzz target, and never traps. Sizes are `HostileInput.Shape.testSize` (scaled down from
/// the issue's sizes where a debug build needs it; `PolicyParseLinearity` runs the full sizes).
@Suite struct PathologicalInputTests {
    /// Runs `bytes` through the invariant checks and returns the outcome.
    @discardableResult
    private func run(_ bytes: [UInt8], _ what: String) -> InvariantCheck.Outcome {
        let (outcome, violations) = InvariantCheck.run(bytes)
        #expect(violations.isEmpty, "\(what): \(violations.joined(separator: "; "))")
        return outcome
    }

    private func document(_ name: String, size: Int? = nil) throws -> Document {
        let shape = try #require(HostileInput.shape(name))
        let outcome = run(shape.make(size ?? shape.testSize), name)
        guard case .document(let document) = outcome else {
            Issue.record("\(name) gave \(outcome), not a document")
            throw CancellationError()
        }
        return document
    }

    /// Every node of the tree, pre-order, without recursion.
    private func allNodes(_ document: Document) -> [Node] {
        var out: [Node] = []
        var stack = Array(document.children.reversed())
        while let node = stack.popLast() {
            out.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    @Test func oneLongLine() throws {
        // The issue's 100 MB on one line, at 1 MB for a debug build (PolicyParseLinearity runs 100 MB).
        let d = try document("oneLine")
        #expect(d.children.count == 1)
        #expect(d.children.first?.marker == "一、")
        #expect(d.children.first?.span.start == 0)
    }

    @Test func hundredThousandMarkers() throws {
        // The issue's 100,000 markers, at 30,000 for a debug build (PolicyParseLinearity runs 100,000).
        let size = HostileInput.shape("manyMarkers")!.testSize
        let d = try document("manyMarkers")
        #expect(allNodes(d).count == size)
        // Every tenth line is a `X、` heading holding the nine items after it.
        #expect(d.children.count == size / 10)
        #expect(d.children.first?.children.count == 9)
        #expect(d.children.map(\.ordinal).prefix(1_000).last == 1)
        // 九百九十九、 is followed by 一、 again: the outline restarts, and says so.
        #expect(d.diagnostics.contains { $0.code.lowercased().contains("restart") })
    }

    @Test func nestingAThousandDeep() throws {
        let d = try document("deepNesting")
        var depth = 0
        for node in allNodes(d) { depth = max(depth, node.level) }
        #expect(depth >= 1)
        // The outline keeps at most `OutlineLimits.maxDecimalDepth` decimal levels; deeper markers are text.
        #expect(depth == OutlineLimits.maxDecimalDepth)
        #expect(depth <= OutlineLimits.maxDepth)
        #expect(d.children.first?.marker == "1")
    }

    @Test func everyStyleNestedStaysWithinTheDepthLimit() throws {
        var text = "第一部分 总则\n第一章 总则\n第一节 一般规定\n第一条 目的。\n一、总体要求\n（一）加强领导。\n1．建立机制。\n（1）压实责任。\n①落实。\n"
        var marker = "1"
        for _ in 0..<9 {
            marker += ".1"
            text += marker + " 目的\n"
        }
        text += "——产业规模。\n——企业数量。\n一是加强。二是推进。\n推进甲工作。（责任单位：市科委）\n推进乙工作。（责任单位：市商务委）\n"
        let d = try #require(document(bytes: Array(text.utf8)))
        let deepest = allNodes(d).map(\.level).max() ?? 0
        #expect(deepest >= 17)
        #expect(deepest <= OutlineLimits.maxDepth)
        // The ninth component is past the limit: `1.1.1.1.1.1.1.1.1` is text, not a marker.
        #expect(!allNodes(d).contains { $0.marker.filter { $0 == "." }.count > OutlineLimits.maxDecimalDepth - 1 })
        #expect(allNodes(d).contains { $0.text.contains("1.1.1.1.1.1.1.1.1 目的") || $0.heading.contains("1.1.1.1.1.1.1.1.1") })
    }

    private func document(bytes: [UInt8]) -> Document? {
        if case .document(let d) = run(bytes, "document") { return d }
        return nil
    }

    @Test func ordinalsUpToTenThousand() throws {
        let d = try document("largeOrdinals")
        // Ordinals have at most three digits: 1、 … 999、 are markers, 1000、 on is text.
        #expect(d.children.count == 999)
        #expect(d.children.last?.ordinal == 999)
        for node in allNodes(d) { #expect(node.ordinal <= 999) }
        // …and stays in the text of the last node, （999）.
        let last = allNodes(d).last
        #expect(last?.marker == "（999）")
        #expect(last?.text.contains("1000、任务1000。") == true)
        #expect(last?.text.contains("10000、任务10000。") == true)
    }

    @Test func fourHundredDigitNumber() throws {
        let d = try document("longNumber")
        let holders: [any MentionHolding] = [d] + allNodes(d)
        let amounts = holders.flatMap(\.amounts)
        // The amount, the percentage and the quantity are read, each flagged.
        #expect(amounts.contains { $0.overflow == true && $0.text.hasSuffix("亿元") })
        #expect(holders.flatMap(\.percentages).contains { $0.overflow == true })
        #expect(holders.flatMap(\.quantities).contains { $0.overflow == true && $0.unit == "家" })
        // Whatever the extractors read from a 400-digit number is flagged, never a trap or a wrong value.
        for a in amounts where a.text.filter(\.isNumber).count > 38 {
            #expect(a.overflow == true, "\(a.text.prefix(20))… value \(a.value)")
        }
        for p in holders.flatMap(\.percentages) where p.text.filter(\.isNumber).count > 38 {
            #expect(p.overflow == true)
        }
        for q in holders.flatMap(\.quantities) where q.text.filter(\.isNumber).count > 38 {
            #expect(q.overflow == true)
        }
        for y in holders.flatMap(\.years) {
            #expect(y.from >= 0 && y.from <= 9_999 && y.to >= 0 && y.to <= 9_999, "year \(y.text.prefix(20))")
        }
    }

    @Test func allPunctuation() throws {
        let d = try document("allPunctuation")
        #expect(d.text.unicodeScalars.count > 1_000)
    }

    @Test func nulBytes() {
        let bytes = HostileInput.nulBytes(HostileInput.shape("nulBytes")!.testSize)
        let first = bytes.firstIndex(of: 0)!
        switch run(bytes, "nulBytes") {
        case .error(let e):
            #expect(e.kind == .nulByte || e.kind == .binary)
            if e.kind == .nulByte { #expect(e.byteOffset == first) }
        case .document(let d):
            // Read as text, NUL is a control character and stays out of markers.
            #expect(allNodes(d).allSatisfy { !$0.marker.unicodeScalars.contains("\u{0}") })
        }
    }

    /// A short document that exercises every stage.
    static let shortDocument = Array("一、总体要求\n（一）加强领导，到2025年投入超过5亿元，增长25%。（责任单位：市科委）\n".utf8)

    @Test func invalidUTF8AtEveryPosition() {
        let good = PathologicalInputTests.shortDocument
        // The index after the character that holds each byte.
        var characterEnd = Array(repeating: 0, count: good.count)
        var start = 0
        while start < good.count {
            var end = start + 1
            while end < good.count, good[end] & 0xC0 == 0x80 { end += 1 }
            for k in start..<end { characterEnd[k] = end }
            start = end
        }
        for i in good.indices {
            for bad: UInt8 in [0xFF, 0xC3, 0x80] {
                var bytes = good
                bytes[i] = bad
                guard case .error(let e) = run(bytes, "byte \(i) set to \(bad)") else { continue }
                #expect(e.kind == .invalidUTF8 || e.kind == .undecodable || e.kind == .binary, "byte \(i): \(e.kind)")
                // The error points into the character that was broken.
                if let offset = e.byteOffset { #expect(offset < characterEnd[i], "byte \(i) set to \(bad): error at \(offset)") }
            }
            // Cut off after byte i: a document, or an error that names the cut.
            let cut = Array(good[...i])
            if case .error(let e) = run(cut, "cut after byte \(i)") {
                #expect(e.kind == .invalidUTF8 || e.kind == .undecodable, "cut after \(i): \(e.kind)")
                if let offset = e.byteOffset { #expect(offset <= i, "cut after \(i): error at \(offset)") }
            }
        }
    }

    /// `一、总体要求。（一）加强。` in GB18030 (GBK two-byte codes).
    static let gb18030: [UInt8] = [
        0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xD2, 0xAA, 0xC7, 0xF3, 0xA1, 0xA3, 0x0A,
        0xA3, 0xA8, 0xD2, 0xBB, 0xA3, 0xA9, 0xBC, 0xD3, 0xC7, 0xBF, 0xA1, 0xA3, 0x0A,
    ]

    @Test func truncatedGB18030() {
        var base: [UInt8] = []
        for _ in 0..<20 { base += PathologicalInputTests.gb18030 }
        // A two-byte code cut after its lead byte, a four-byte code cut after one, two and three bytes.
        for tail: [UInt8] in [[0xD2], [0x81], [0x81, 0x30], [0x81, 0x30, 0x81], [0xD2, 0x0A], [0x81, 0x30, 0x0A]] {
            for bytes in [base + tail, tail + base, Array(base[..<100]) + tail + Array(base[100...])] {
                if case .error(let e) = run(bytes, "GB18030 with \(tail)") {
                    #expect(e.kind == .undecodable || e.kind == .invalidUTF8 || e.kind == .binary, "\(e.kind)")
                    if let offset = e.byteOffset { #expect(offset >= 0 && offset <= bytes.count) }
                }
            }
        }
        for n in 1..<PathologicalInputTests.gb18030.count {
            run(base + Array(PathologicalInputTests.gb18030.prefix(n)), "GB18030 cut after \(n)")
            // With the encoding named, the same cuts are a clean error or a document too.
            let named = InvariantCheck.run(base + Array(PathologicalInputTests.gb18030.prefix(n)), options: ParseOptions(encoding: "GB18030"))
            #expect(named.violations.isEmpty, "GB18030 named, cut after \(n): \(named.violations)")
        }
    }

    @Test func utf16WithAnOddByteCount() {
        let text = "一、总体要求\n（一）加强领导，投入5亿元。\n"
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let noBOM = Array(le.dropFirst(2))
        let forms: [(String, [UInt8])] = [("LE", le), ("BE", be), ("LE without BOM", noBOM)]
        let extras: [[UInt8]] = [[0x41], [0x00], [0xD8], [0x3D, 0xD8, 0x00]]
        let kinds: [PolicyParseError.Kind] = [.undecodable, .invalidUTF8, .binary, .nulByte]
        for (name, bytes) in forms {
            for extra in extras {
                let odd = bytes + extra
                if case .error(let e) = run(odd, "UTF-16\(name) + \(extra)") {
                    #expect(kinds.contains(e.kind))
                    if let offset = e.byteOffset { #expect(offset <= odd.count) }
                }
            }
            // A lone high surrogate in the middle.
            var broken = bytes
            let surrogate: [UInt8] = name == "BE" ? [0xD8, 0x3D] : [0x3D, 0xD8]
            broken.insert(contentsOf: surrogate, at: 10)
            run(broken, "UTF-16\(name) with a lone surrogate")
        }
    }

    @Test func unclosedTagsAndComments() throws {
        let d = try document("unclosedMarkup")
        #expect(d.children.first?.marker == "一、")
        for tail in ["<p", "<!--", "<!-- x --", "<script>", "<a href=\"", "&#x4E00", "&nbsp", "<", "&", "<!", "<?xml"] {
            run(Array(("<p>一、总体要求</p><p>（一）加强。</p>" + tail).utf8), "HTML ending in \(tail)")
            run(Array((tail + "<p>一、总体要求</p><p>（一）加强。</p>").utf8), "HTML starting with \(tail)")
        }
    }

    @Test func frontMatterThatNeverCloses() throws {
        let d = try document("openFrontMatter")
        // Not front matter: the block never closes, so its lines are text and nothing is metadata.
        #expect(d.metadata["key0"] == nil)
        #expect(d.metadata["key49999"] == nil)
        // The real front matter of a shorter block still works after it.
        let closed = try document("openFrontMatter", size: 10)
        #expect(closed.metadata["key0"] == nil)
        let ok = PolicyParser.parse(text: "---\ntitle: 计划\n---\n一、总体要求\n")
        #expect(ok.metadata["title"] == "计划")
    }

    @Test func hugeAttribute() throws {
        // The issue's 50 MB attribute, at 2 MB for a debug build (PolicyParseLinearity runs 50 MB).
        let d = try document("hugeAttribute")
        #expect(d.children.first?.marker == "一、")
        #expect(d.children.first?.heading == "总体要求")
        #expect(d.children.first?.children.first?.marker == "（一）")
    }

    @Test func almostLinks() throws {
        let d = try document("manyLinks")
        #expect(d.metadata["title"] == "计划")
    }

    @Test func manyAnnotatedParagraphs() throws {
        let d = try document("annotatedParagraphs")
        #expect(d.children.first?.children.count == HostileInput.shape("annotatedParagraphs")!.testSize)
    }

    @Test func longTables() throws {
        func rows(_ node: Node) -> Int { (node.style == .tableRow && !node.marker.isEmpty ? 1 : 0) + node.children.reduce(0) { $0 + rows($1) } }
        let tab = try document("tabTableRows")
        #expect(tab.children.reduce(0) { $0 + rows($1) } == HostileInput.shape("tabTableRows")!.testSize)
        let flat = try document("flattenedTableRows")
        #expect(flat.children.reduce(0) { $0 + rows($1) } == HostileInput.shape("flattenedTableRows")!.testSize)
        let headers = try document("ordinalHeaders")
        #expect(headers.children.reduce(0) { $0 + rows($1) } == 0 && headers.children.allSatisfy { $0.indicators == nil })
    }

    @Test func largeTextInOtherEncodingsCutOff() {
        // GB18030 ending in a cut-off four-byte sequence, UTF-16LE with one byte too many: the
        // error names the byte where the cut-off character starts.
        for (name, cut) in [("gb18030Truncated", 3), ("utf16OddLength", 1)] {
            let shape = HostileInput.shape(name)!
            let bytes = shape.make(shape.testSize)
            switch run(bytes, name) {
            case .error(let e):
                #expect(e.kind == .undecodable, "\(name)")
                #expect(e.byteOffset == bytes.count - cut, "\(name)")
            case .document(let d):
                Issue.record("\(name) decoded to \(d.encoding)")
            }
            // Without the cut, the outline is there.
            if case .document(let d) = run(Array(bytes.dropLast(cut)), name + " whole") {
                #expect(d.children.first?.marker == "一、", "\(name)")
            } else {
                Issue.record("\(name) without the cut is not a document")
            }
        }
    }

    @Test func tooLargeIsATypedError() {
        let bytes = Array("一、总体要求\n".utf8)
        #expect(throws: PolicyParseError.self) {
            try PolicyParser.parse(bytes: bytes, options: ParseOptions(maxInputBytes: 4))
        }
        do {
            _ = try PolicyParser.parse(bytes: bytes, options: ParseOptions(maxInputBytes: 4))
        } catch {
            #expect(error.kind == .tooLarge)
        }
    }

    @Test func emptyAndTinyInputs() {
        for bytes: [UInt8] in [[], [0x0A], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x3C], [0x26], Array("一、".utf8), Array("---".utf8)] {
            run(bytes, "\(bytes)")
        }
    }
}
