import PolicyParse

/// 词语归一 (word normalisation): turns every node of a document into `TaskWords`.
///
/// Each node's heading and own text are split into ICU words (the project's `Segmenter`, one
/// pass over the whole document). Then, before any comparison:
/// - each mention the parser found in the node (责任部门, 金额, 百分比, 年份, 数量) becomes one
///   placeholder of its kind (`⟨部门⟩`, `⟨额⟩`, `⟨率⟩`, `⟨年⟩`, `⟨量⟩`), whatever it says;
/// - any other word holding a digit becomes `⟨数⟩`;
/// - jurisdiction words and place names become `⟨地⟩` (`JurisdictionWords`), runs of them one `⟨地⟩`;
/// - full-width letters and digits are folded to ASCII, Latin letters lower-cased.
/// So `市发展改革委` against `国家发展改革委`, or `2025年` against `2023年`, compare equal.
package struct WordNormalizer {
    /// Place names of both documents (from titles and issuers).
    package var places: Set<String>
    /// The word segmenter.
    package var segmenter = Segmenter()

    /// A normaliser knowing `places`.
    package init(places: Set<String>) { self.places = places }

    /// The place names `document` names itself by (title, issuer, 发布单位 and the first department-free title line).
    package static func places(of document: Document) -> Set<String> {
        var names: Set<String> = []
        var sources: [String] = []
        if let title = document.title { sources.append(title) }
        for key in ["issuer", "发布单位", "title", "标题"] { if let value = document.metadata[key] { sources.append(value) } }
        for source in sources { names.formUnion(JurisdictionWords.placeNames(inTitle: source)) }
        return names
    }

    /// Every node of `document` in reading order, as words; ids from `vocabulary`.
    package func words(of document: Document, vocabulary: inout Vocabulary) -> [TaskWords] {
        var units: [TaskWords] = []
        var all: [Unicode.Scalar] = []
        var starts: [Int] = []
        for step in document.allNodes {
            var text = Array(step.node.heading.unicodeScalars)
            if !step.node.text.isEmpty {
                text.append("\u{2029}")
                text.append(contentsOf: step.node.text.unicodeScalars)
            }
            if !all.isEmpty { all.append("\u{2029}") }
            starts.append(all.count)
            all.append(contentsOf: text)
            units.append(TaskWords(path: step.path, node: step.node, isHeading: !step.node.isLeaf, text: text,
                                   tokens: [], weights: [], ranges: [], mentions: [], totalWeight: 0))
        }
        let wordRanges = segmenter.words(in: all)
        var next = 0
        for u in units.indices {
            let start = starts[u]
            let end = start + units[u].text.count
            var local: [Range<Int>] = []
            while next < wordRanges.count, wordRanges[next].lowerBound < end {
                let r = wordRanges[next]
                if r.lowerBound >= start { local.append((r.lowerBound - start)..<(min(r.upperBound, end) - start)) }
                next += 1
            }
            fill(&units[u], words: local, vocabulary: &vocabulary)
        }
        return units
    }

    /// Builds the tokens of `unit` from its word ranges.
    func fill(_ unit: inout TaskWords, words: [Range<Int>], vocabulary: inout Vocabulary) {
        let text = unit.text
        let mentions = unit.allMentions
        // Where each mention stands in the unit's text: searched in order from a cursor per kind.
        var owner = [Int32](repeating: -1, count: text.count)
        var found: [Range<Int>?] = Array(repeating: nil, count: mentions.count)
        var cursor: [MentionKind: Int] = [:]
        for (m, mention) in mentions.enumerated() {
            let needle = Array(mention.text.unicodeScalars)
            guard !needle.isEmpty else { continue }
            let from = cursor[mention.kind] ?? 0
            if let r = Self.find(needle, in: text, from: from, free: owner) ?? Self.find(needle, in: text, from: 0, free: owner) {
                found[m] = r
                for i in r { owner[i] = Int32(m) }
                cursor[mention.kind] = r.upperBound
            }
        }
        var lastMention: Int32 = -1
        for range in words {
            var m: Int32 = -1
            for i in range where owner[i] >= 0 { m = owner[i]; break }
            if m >= 0 {
                if m == lastMention { continue }
                lastMention = m
                let mention = mentions[Int(m)]
                append(mention.kind.placeholder, range: found[Int(m)] ?? range, weight: mention.kind == .department ? 2 : 1,
                       mention: mention, to: &unit, vocabulary: &vocabulary)
                continue
            }
            lastMention = -1
            let folded = Self.foldedValues(text[range])
            // Each distinct word is normalised once per vocabulary (keyed by its code points: no String hashing).
            let normalized: [(id: Int32, weight: Int32)]
            if let cached = vocabulary.normalized[folded] {
                normalized = cached
            } else {
                let word = String(String.UnicodeScalarView(folded.compactMap(Unicode.Scalar.init)))
                let tokens: [String]
                if word.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
                    tokens = ["⟨数⟩"]
                } else {
                    tokens = JurisdictionWords.normalize(word, places: places)
                }
                normalized = tokens.map { token in
                    let weight = token == JurisdictionWords.placeholder || token == "⟨数⟩" ? 1 : min(4, token.unicodeScalars.count)
                    return (vocabulary.id(token), Int32(weight))
                }
                vocabulary.normalized[folded] = normalized
            }
            let placeholder = vocabulary.id(JurisdictionWords.placeholder)
            for (id, weight) in normalized {
                if id == placeholder, unit.tokens.last == placeholder {
                    // A run of jurisdiction words is one ⟨地⟩: widen the previous token's range.
                    unit.ranges[unit.ranges.count - 1] = unit.ranges[unit.ranges.count - 1].lowerBound..<range.upperBound
                    continue
                }
                unit.tokens.append(id)
                unit.weights.append(weight)
                unit.ranges.append(range)
                unit.mentions.append(nil)
                unit.totalWeight += Int(weight)
            }
        }
    }

    private func append(_ token: String, range: Range<Int>, weight: Int32, mention: MentionReference?,
                        to unit: inout TaskWords, vocabulary: inout Vocabulary) {
        unit.tokens.append(vocabulary.id(token))
        unit.weights.append(weight)
        unit.ranges.append(range)
        unit.mentions.append(mention)
        unit.totalWeight += Int(weight)
    }

    /// The first occurrence of `needle` in `text` at or after `from` whose characters no other mention holds.
    static func find(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int, free owner: [Int32]) -> Range<Int>? {
        guard needle.count <= text.count else { return nil }
        var i = from
        while i + needle.count <= text.count {
            if text[i] == needle[0] {
                var k = 1
                while k < needle.count, text[i + k] == needle[k] { k += 1 }
                if k == needle.count, owner[i] < 0, owner[i + needle.count - 1] < 0 { return i..<(i + needle.count) }
            }
            i += 1
        }
        return nil
    }

    /// Full-width ASCII folded to ASCII, Latin lower-cased.
    /// The code points of `fold`.
    static func foldedValues(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt32] {
        scalars.map { c in
            var v = c.value
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            return v
        }
    }

    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for c in scalars {
            var v = c.value
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            view.append(Unicode.Scalar(v) ?? c)
        }
        return String(view)
    }
}
