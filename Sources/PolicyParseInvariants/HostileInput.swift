import Foundation
import PolicyParse

/// Generators of pathological documents: the shapes scraped corpora throw at the parser, each
/// scalable by a size `n`, for `PathologicalInputTests` (small n) and `PolicyParseLinearity`
/// (n, 2n, 4n at full size).
public enum HostileInput {
    /// One pathological document shape.
    public struct Shape: Sendable {
        /// A short name for reports.
        public var name: String
        /// What `n` counts (bytes, markers, levels …).
        public var unit: String
        /// The size the issue names (used by the benchmark).
        public var fullSize: Int
        /// A size that parses in well under a second in a debug build (used by the tests).
        public var testSize: Int
        /// The input of size `n`.
        public var make: @Sendable (Int) -> [UInt8]
    }

    /// Every shape, in the order of the issue.
    public static let shapes: [Shape] = [
        Shape(name: "oneLine", unit: "bytes", fullSize: 100_000_000, testSize: 1_000_000, make: oneLine),
        Shape(name: "manyMarkers", unit: "markers", fullSize: 100_000, testSize: 30_000, make: manyMarkers),
        Shape(name: "deepNesting", unit: "levels", fullSize: 1_000, testSize: 1_000, make: deepNesting),
        Shape(name: "largeOrdinals", unit: "markers", fullSize: 10_000, testSize: 10_000, make: largeOrdinals),
        Shape(name: "longNumber", unit: "digits", fullSize: 400, testSize: 400, make: longNumber),
        Shape(name: "allPunctuation", unit: "repetitions", fullSize: 1_000, testSize: 4, make: allPunctuation),
        Shape(name: "nulBytes", unit: "bytes", fullSize: 100_000_000, testSize: 100_000, make: nulBytes),
        Shape(name: "unclosedMarkup", unit: "bytes", fullSize: 20_000_000, testSize: 1_000_000, make: unclosedMarkup),
        Shape(name: "openFrontMatter", unit: "lines", fullSize: 1_000_000, testSize: 50_000, make: openFrontMatter),
        Shape(name: "hugeAttribute", unit: "bytes", fullSize: 50_000_000, testSize: 2_000_000, make: hugeAttribute),
        Shape(name: "manyLinks", unit: "bytes", fullSize: 20_000_000, testSize: 1_000_000, make: manyLinks),
        Shape(name: "annotatedParagraphs", unit: "paragraphs", fullSize: 100_000, testSize: 10_000, make: annotatedParagraphs),
        Shape(name: "tabTableRows", unit: "rows", fullSize: 100_000, testSize: 900, make: tabTableRows),
        Shape(name: "flattenedTableRows", unit: "rows", fullSize: 100_000, testSize: 900, make: flattenedTableRows),
        Shape(name: "ordinalHeaders", unit: "headers", fullSize: 100_000, testSize: 2_000, make: ordinalHeaders),
        Shape(name: "gb18030Truncated", unit: "bytes", fullSize: 100_000_000, testSize: 200_000, make: gb18030Truncated),
        Shape(name: "utf16OddLength", unit: "bytes", fullSize: 100_000_000, testSize: 200_000, make: utf16OddLength),
    ]

    /// The shape called `name`.
    public static func shape(_ name: String) -> Shape? { shapes.first { $0.name == name } }

    /// UTF-8 bytes of `s`.
    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Appends `piece` to `out` until it holds at least `n` bytes.
    static func fill(_ out: inout [UInt8], with piece: String, to n: Int) {
        let bytes = utf8(piece)
        out.reserveCapacity(n + bytes.count)
        while out.count < n { out.append(contentsOf: bytes) }
    }

    /// A marker, then about `n` bytes of CJK text, figures and punctuation with no line break.
    public static let oneLine: @Sendable (Int) -> [UInt8] = { n in
        var out = utf8("一、")
        fill(&out, with: "加快建设网络安全产业创新高地，到2025年投入超过25亿元，增长3.5%，培育10家企业；", to: n)
        return out
    }

    /// `n` outline markers on their own lines: every tenth a `X、` heading (一、 … 九百九十九、, then
    /// 一、 again), the nine after it `k．` items.
    public static let manyMarkers: @Sendable (Int) -> [UInt8] = { n in
        var s = ""
        s.reserveCapacity(n * 24)
        for i in 0..<n {
            if i % 10 == 0 {
                s += ChineseNumeral.spell((i / 10) % 999 + 1) + "、重点任务\n"
            } else {
                s += "\(i % 10)．推进第\(i)项工作。\n"
            }
        }
        return utf8(s)
    }

    /// Decimal markers nested `n` deep (`1`, `1.1`, `1.1.1` …), each on its own line with a title.
    public static let deepNesting: @Sendable (Int) -> [UInt8] = { n in
        var s = "1 总则\n"
        var marker = "1"
        for _ in 1..<max(1, n) {
            marker += ".1"
            s += marker + " 编制目的\n"
        }
        return utf8(s)
    }

    /// Arabic markers `1、` … `n、` (past the three digits an ordinal may have).
    public static let largeOrdinals: @Sendable (Int) -> [UInt8] = { n in
        var s = ""
        for i in 1...max(1, n) { s += "\(i)、任务\(i)。\n（\(i)）子任务。\n" }
        return utf8(s)
    }

    /// An amount whose number has `n` digits: `投资` + 1234567890… + `亿元`, and as a percentage and quantity.
    public static let longNumber: @Sendable (Int) -> [UInt8] = { n in
        var digits = ""
        for i in 0..<max(1, n) { digits.append(Character(String((i + 1) % 10))) }
        let decimals = digits + "." + digits
        return utf8("一、目标\n到2025年投资超过\(digits)亿元，增长\(digits)%，培育\(digits)家企业，提高\(decimals)个百分点，"
            + "安排\(decimals)万元，第\(digits)条，\(digits)年底前完成。\n二、保障\n（\(digits)）落实。\n\(digits)、推进。\n")
    }

    /// Every punctuation and symbol code point of Unicode (plus the ASCII ones), `n` times, on a few lines.
    public static let allPunctuation: @Sendable (Int) -> [UInt8] = { n in
        var view = String.UnicodeScalarView()
        for v in UInt32(0x21)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            switch c.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol:
                view.append(c)
                if view.count % 200 == 0 { view.append("\n") }
            default: continue
            }
        }
        let once = String(view)
        var s = ""
        for _ in 0..<max(1, n) { s += once + "\n" }
        return utf8(s)
    }

    /// A short document with NUL bytes after every marker and in the text, about `n` bytes.
    public static let nulBytes: @Sendable (Int) -> [UInt8] = { n in
        var out: [UInt8] = []
        let piece = utf8("一、\u{0}总体要求\u{0}。\n（一）\u{0}加强\u{0}\u{0}领导。\n")
        while out.count < n { out += piece }
        return out
    }

    /// HTML whose tags and comments never close: `<p` `<div class="` `<!--` `<script>` `<![CDATA[`, about `n` bytes.
    public static let unclosedMarkup: @Sendable (Int) -> [UInt8] = { n in
        var out = utf8("<html><body><p>一、总体要求</p>\n<p>（一）加强领导。</p>\n")
        fill(&out, with: "<p 任务<div class=\"x 一、<!-- 注释 （一）<b 1．推进 &nbsp &#x4E0 &amp ", to: n / 2)
        out += utf8("<script>var a = '<p>二、</p>';\n")
        fill(&out, with: "<!-- 一、任务 -- > <p>（二）</p>\n", to: n)
        return out
    }

    /// A front matter block that opens with `---` and never closes: `n` lines of `key: value`.
    public static let openFrontMatter: @Sendable (Int) -> [UInt8] = { n in
        var s = "---\ntitle: 行动计划\n"
        s.reserveCapacity(n * 24)
        for i in 0..<max(1, n) { s += "key\(i): 一、value \(i)\n" }
        s += "一、总体要求\n（一）加强领导。\n"
        return utf8(s)
    }

    /// An HTML page with one attribute value of about `n` bytes, then an outline.
    public static let hugeAttribute: @Sendable (Int) -> [UInt8] = { n in
        var out = utf8("<html><body><p style=\"")
        fill(&out, with: "margin:0;一、（一）1．&amp;", to: n)
        out += utf8("\">一、总体要求</p><p>（一）加强领导，投入5亿元。</p></body></html>")
        return out
    }

    /// Markdown with `[` and `![` that almost make links on one long line, about `n` bytes.
    public static let manyLinks: @Sendable (Int) -> [UInt8] = { n in
        var out = utf8("---\ntitle: 计划\n---\n一、任务 ")
        fill(&out, with: "[[a](b [一、]( ![c]( **x __ # [d]", to: n)
        return out
    }

    /// A heading, then a tab-separated task table of `n` rows (a section row every 50; a 序号 is
    /// read up to 999, so the rows after it are numbered by position).
    public static let tabTableRows: @Sendable (Int) -> [UInt8] = { n in
        var s = "一、重点任务\n序号\t工作任务\t牵头单位\t完成时限\n"
        for i in 0..<max(2, n) {
            if i % 50 == 0 { s += ChineseNumeral.spell(i / 50 % 999 + 1) + "、第\(i / 50)组\n" }
            s += "\(i + 1)\t推进第\(i)项工作，投入\(i)万元\t市科委\t2025年底前\n"
        }
        return utf8(s)
    }

    /// A heading, then a task table of `n` rows flattened one cell per line: every row's number
    /// is also a value of the row before it, so each row has two candidates for its end.
    public static let flattenedTableRows: @Sendable (Int) -> [UInt8] = { n in
        var s = "一、重点任务\n序号\n工作任务\n牵头单位\n完成时限\n"
        for i in 0..<max(2, n) { s += "\(i + 1)\n\(i + 2)\n市科委\n2025年底前\n" }
        return utf8(s)
    }

    /// `n` headers `序号` `指标` `单位` whose rows never follow (`1`, then `3`): each is tried and given up.
    public static let ordinalHeaders: @Sendable (Int) -> [UInt8] = { n in
        var s = "一、指标\n"
        for _ in 0..<max(1, n) { s += "序号\n指标\n单位\n1\n甲\n个\n3\n乙\n个\n" }
        return utf8(s)
    }

    /// A heading, then `n` paragraphs each with its own 责任单位 annotation (paragraph tasks).
    public static let annotatedParagraphs: @Sendable (Int) -> [UInt8] = { n in
        var s = "一、重点任务\n"
        for i in 0..<max(1, n) { s += "推进第\(i)项工作，投入\(i)万元。（责任单位：市科委、市经济信息化委）\n" }
        return utf8(s)
    }
}

extension HostileInput {
    /// `一、总体要求。（一）加强。` in GB18030 (GBK two-byte codes), no byte order mark.
    static let gb18030Sample: [UInt8] = [
        0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xD2, 0xAA, 0xC7, 0xF3, 0xA1, 0xA3, 0x0A,
        0xA3, 0xA8, 0xD2, 0xBB, 0xA3, 0xA9, 0xBC, 0xD3, 0xC7, 0xBF, 0xA1, 0xA3, 0x0A,
    ]

    /// About `n` bytes of GB18030 outline text ending in a cut-off four-byte sequence.
    public static let gb18030Truncated: @Sendable (Int) -> [UInt8] = { n in
        var out: [UInt8] = []
        out.reserveCapacity(n + 32)
        while out.count < n { out += gb18030Sample }
        return out + [0x81, 0x30, 0x81]
    }

    /// About `n` bytes of UTF-16LE outline text after a byte order mark, with one byte too many.
    public static let utf16OddLength: @Sendable (Int) -> [UInt8] = { n in
        var piece: [UInt8] = []
        for unit in "一、总体要求。\n（一）加强领导，投入5亿元。\n".utf16 { piece += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var out: [UInt8] = [0xFF, 0xFE]
        out.reserveCapacity(n + piece.count)
        while out.count < n { out += piece }
        return out + [0x41]
    }
}
