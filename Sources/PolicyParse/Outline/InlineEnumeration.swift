/// 段内列举 (inline enumeration): `一是…二是…三是…` and `第一，…第二，…` inside one paragraph.
///
/// Candidates are collected while a paragraph is read and turned into tokens when it ends: only
/// a chain that starts at one and goes on by one (一是, 二是, …) with at least two links counts.
/// A candidate must follow a boundary (the paragraph start, `。；：，` a bracket or a quote), so
/// `统一是` is not `一是`.
///
/// A chain of `N是` may go on in the next paragraph when that paragraph starts with the next link
/// (`…重点做好三个对接。一是…` / `二是…` / `三是…`, each in a paragraph of its own); a line
/// marker, a table or an annex between them ends it.
struct InlineEnumeration {
    /// One possible link of a chain.
    struct Candidate {
        /// 0 for `N是`, 1 for `第N，`.
        var family: Int
        var ordinal: Int
        var range: Range<Int>
    }

    private var candidates: [Candidate] = []

    /// A `N是` chain the last paragraph ended with: the ordinal that would go on, and its first link
    /// when it was alone (not yet a token).
    private struct Carry {
        var next: Int
        var lone: Candidate?
    }
    private var carry: Carry?
    /// Where the paragraph being read starts (its first line's text).
    var paragraphStart = 0

    /// Ends any chain going on from an earlier paragraph (a marker, table or annex came between).
    mutating func breakChain() { carry = nil }

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
        var nextCarry: Carry?
        for family in 0...1 {
            var chain: [Candidate] = []
            // Links of a chain from the paragraphs before (`N是` only).
            var before = 0
            var lone: [Candidate] = []
            if family == 0, let carry, let first = candidates.first(where: { $0.family == 0 }),
               first.range.lowerBound == paragraphStart, first.ordinal == carry.next {
                before = carry.next - 1
                lone = carry.lone.map { [$0] } ?? []
            }
            for candidate in candidates where candidate.family == family {
                if candidate.ordinal == before + chain.count + 1 {
                    chain.append(candidate)
                } else if candidate.ordinal == 1 {
                    if before + chain.count >= 2 { out.append(contentsOf: (lone + chain).map(token)) }
                    chain = [candidate]
                    before = 0
                    lone = []
                }
            }
            let links = before + chain.count
            if links >= 2 { out.append(contentsOf: (lone + chain).map(token)) }
            if family == 0, !chain.isEmpty { nextCarry = Carry(next: links + 1, lone: links >= 2 ? nil : chain[0]) }
        }
        carry = nextCarry
        candidates.removeAll(keepingCapacity: true)
        if out.count > 1 { out.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return out
    }

    private func token(_ candidate: Candidate) -> OutlineToken {
        OutlineToken(style: .inlineOrdinal, ordinal: candidate.ordinal, range: candidate.range, components: [candidate.family, candidate.ordinal])
    }
}
