/// 段内列举 (inline enumeration): `一是…二是…三是…` and `第一，…第二，…` inside one paragraph.
///
/// Candidates are collected while a paragraph is read and turned into tokens when it ends: only
/// a chain that starts at one and goes on by one (一是, 二是, …) with at least two links counts.
/// A candidate must follow a boundary (the paragraph start, `。；：，` a bracket or a quote), so
/// `统一是` is not `一是`.
struct InlineEnumeration {
    /// One possible link of a chain.
    struct Candidate {
        /// 0 for `N是`, 1 for `第N，`.
        var family: Int
        var ordinal: Int
        var range: Range<Int>
    }

    private var candidates: [Candidate] = []

    /// Whether anything was collected in the current paragraph.
    var hasCandidates: Bool { !candidates.isEmpty }

    /// Collects candidates in `range`; `lineStart` is where the line's text starts (a boundary).
    mutating func scan(_ s: [Unicode.Scalar], _ range: Range<Int>, lineStart: Int) {
        var j = range.lowerBound
        let end = range.upperBound
        while j < end {
            let c = s[j]
            guard c == "第" || ChineseNumeral.isOrdinalCharacter(c), j == lineStart || j == range.lowerBound || isBoundary(s[j - 1]) else {
                j += 1
                continue
            }
            if c == "第" {
                if let (value, numberEnd) = ChineseNumeral.readOrdinal(s, at: j + 1, limit: end), numberEnd < end,
                   s[numberEnd] == "，" || s[numberEnd] == "," {
                    candidates.append(Candidate(family: 1, ordinal: value, range: j..<(numberEnd + 1)))
                    j = numberEnd + 1
                    continue
                }
            } else if let (value, numberEnd) = ChineseNumeral.readOrdinal(s, at: j, limit: end), numberEnd < end, s[numberEnd] == "是" {
                candidates.append(Candidate(family: 0, ordinal: value, range: j..<(numberEnd + 1)))
                j = numberEnd + 1
                continue
            }
            j += 1
        }
    }

    /// Characters after which an enumeration word may start.
    @inline(__always)
    private func isBoundary(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "；", "：", "，", ";", ":", ",", "！", "？", "）", ")", "”", "“", "\"", " ", "\u{3000}", "\t", "\n", "*", "、":
            return true
        default:
            return false
        }
    }

    /// The tokens of the chains found in the paragraph just read; clears the candidates.
    mutating func chains() -> [OutlineToken] {
        var out: [OutlineToken] = []
        for family in 0...1 {
            var chain: [Candidate] = []
            for candidate in candidates where candidate.family == family {
                if candidate.ordinal == chain.count + 1 {
                    chain.append(candidate)
                } else if candidate.ordinal == 1 {
                    if chain.count >= 2 { out.append(contentsOf: chain.map(token)) }
                    chain = [candidate]
                }
            }
            if chain.count >= 2 { out.append(contentsOf: chain.map(token)) }
        }
        candidates.removeAll(keepingCapacity: true)
        if out.count > 1 { out.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return out
    }

    private func token(_ candidate: Candidate) -> OutlineToken {
        OutlineToken(style: .inlineOrdinal, ordinal: candidate.ordinal, range: candidate.range, components: [candidate.family, candidate.ordinal])
    }
}
