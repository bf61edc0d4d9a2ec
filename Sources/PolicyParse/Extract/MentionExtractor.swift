/// 提取 (extraction): runs every extractor over one node's own text in a single pass that triggers
/// on digits, Chinese numerals, 百分之 and 十X五; department annotations and task tables follow.
///
/// One stretch of text gives at most one value mention: a number is tried by each of
/// `extractors` in turn (a year, then a percentage, then an amount, then a quantity).
package enum MentionExtractor {
    /// 提取器 (the registry of value extractors), in the order they are tried; one per kind of
    /// `Mentions.valueKinds`.
    package static let extractors: [any ValueExtractor.Type] = [
        YearExtractor.self, PercentageExtractor.self, AmountExtractor.self, QuantityExtractor.self,
    ]

    /// The `wordTriggers` of every registered extractor, one bit per code point of U+4E00…U+9FFF.
    static let wordTriggerBits = triggerBits(extractors)

    /// The `wordTriggers` of `extractors` as bits, one per code point of U+4E00…U+9FFF.
    static func triggerBits(_ extractors: [any ValueExtractor.Type]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00) / 64 + 1)
        for e in extractors {
            for c in e.wordTriggers where c.value >= 0x4E00 && c.value <= 0x9FFF {
                let k = Int(c.value - 0x4E00)
                bits[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        return bits
    }

    /// Whether `list` is a part of the registry (its triggers are then among `wordTriggerBits`).
    static func isRegistered(_ list: [any ValueExtractor.Type]) -> Bool {
        list.allSatisfy { e in extractors.contains { ObjectIdentifier($0) == ObjectIdentifier(e) } }
    }

    /// The mentions in `range` of `clean`; spans are clean indices and `text` the display text.
    package static func extract(from clean: CleanText, in range: Range<Int>) -> Mentions {
        scan(clean, in: range)
    }

    /// As `extract(from:in:)`, reading year-less deadlines (`6月底前`, `年底前`) in `contextYear`.
    package static func extract(from clean: CleanText, in range: Range<Int>, contextYear: Int?) -> Mentions {
        scan(clean, in: range, contextYear: contextYear)
    }

    /// As `extract(from:in:contextYear:)`; with `firstListedLeads` (the document declares
    /// `列第一位者为牵头单位`) the first name of each department list leads and the others support.
    package static func extract(from clean: CleanText, in range: Range<Int>, contextYear: Int?, firstListedLeads: Bool) -> Mentions {
        scan(clean, in: range, contextYear: contextYear, firstListedLeads: firstListedLeads)
    }

    /// The scan behind every extractor: collects what `extractors` find in `range` of `clean`,
    /// and the departments when `departments` is true.
    static func scan(_ clean: CleanText, in range: Range<Int>, extractors: [any ValueExtractor.Type] = extractors,
                     departments: Bool = true, contextYear: Int? = nil, firstListedLeads: Bool = false) -> Mentions {
        let s = clean.scalars
        let lo = max(0, min(range.lowerBound, s.count))
        let hi = max(lo, min(range.upperBound, s.count))
        var found = Mentions()
        var floor = lo
        var i = lo
        var afterAlnum = false   // previous character is an ASCII letter, digit or `.`
        var sawTab = false
        let numbers = !extractors.isEmpty
        let triggers = isRegistered(extractors) ? wordTriggerBits : triggerBits(extractors)
        while i < hi {
            let c = ScalarFold.analysis(s[i])
            let v = c.value
            if v < 0x80 {
                let digit = v >= 0x30 && v <= 0x39
                if digit, !afterAlnum, numbers, let next = number(clean, at: i, floor: floor, limit: hi, extractors: extractors,
                                                                  contextYear: contextYear, into: &found) {
                    if next.mention { floor = next.index }
                    i = next.index
                    afterAlnum = next.mention ? false : true
                    continue
                }
                if v == 0x09 { sawTab = true }
                afterAlnum = digit || ScalarPattern.isLetter(c) || c == "."
                i += 1
                continue
            }
            afterAlnum = false
            guard numbers, (v >= 0x4E00 && v <= 0x9FFF) || v == 0x3007 else {
                i += 1
                continue
            }
            if v != 0x3007, triggers[Int(v - 0x4E00) >> 6] & (1 << UInt64((v - 0x4E00) & 63)) != 0,
               let end = word(c, at: i, clean, floor: floor, limit: hi, extractors: extractors, contextYear: contextYear, into: &found) {
                floor = end
                i = end
                continue
            }
            if ChineseNumeral.isValueCharacter(c) {
                if i > lo, ChineseNumeral.isValueCharacter(s[i - 1]) {
                    i += 1
                    continue
                }
                if let next = number(clean, at: i, floor: floor, limit: hi, extractors: extractors, contextYear: contextYear, into: &found) {
                    if next.mention { floor = next.index }
                    i = next.index
                    continue
                }
            }
            i += 1
        }
        if found.valueCount > 1 {
            spreadComparators(&found.percentages, s)
            spreadComparators(&found.amounts, s)
            spreadComparators(&found.quantities, s)
        }
        if departments {
            found.departments = DepartmentExtractor.extract(from: clean, in: lo..<hi, firstListedLeads: firstListedLeads)
            if sawTab {
                found.departments.append(contentsOf: TaskTable.departments(in: clean, range: lo..<hi))
                found.departments.sort { $0.span.start < $1.span.start }
            }
        }
        return found
    }

    /// A comparator written before the first value of a list holds for the values listed after it
    /// (`分别达到30%、20%和10%`: each at least): a value with no comparator of its own, separated from
    /// the one before only by `、和及与`, takes that one's comparator when it was written before it.
    static func spreadComparators<M: QualifiedMention>(_ list: inout [M], _ s: [Unicode.Scalar]) {
        guard list.count > 1 else { return }
        // Whether each value's comparator was written before it (or came down the list).
        var before = list.map { m in m.comparatorText.map { m.text.hasPrefix($0) } ?? false }
        for k in 1..<list.count where list[k].comparator == nil {
            let previous = list[k - 1]
            guard before[k - 1], let comparator = previous.comparator, comparator != .approx, let words = previous.comparatorText,
                  previous.span.end <= list[k].span.start, list[k].span.start - previous.span.end <= 2 else { continue }
            var joined = true
            for j in previous.span.end..<list[k].span.start {
                switch s[j] {
                case "、", "和", "及", "与": continue
                default: if !CharacterClass.isBlank(s[j]) { joined = false }
                }
            }
            if joined {
                list[k].comparator = comparator
                list[k].comparatorText = words
                before[k] = true
            }
        }
    }

    /// Reads the number at `i` and classifies it; returns where to continue and whether a mention was found.
    private static func number(_ clean: CleanText, at i: Int, floor: Int, limit: Int, extractors: [any ValueExtractor.Type],
                               contextYear: Int?, into found: inout Mentions) -> (index: Int, mention: Bool)? {
        guard let n = NumberReader.read(clean.scalars, at: i, limit: limit) else { return nil }
        for e in extractors {
            if let end = e.take(clean, n, floor: floor, limit: limit, contextYear: contextYear, into: &found) {
                return (end, true)
            }
        }
        return (max(n.range.upperBound, i + 1), false)
    }

    /// Tries the extractors that the word starting with `c` at `i` triggers; returns where the mention ends.
    private static func word(_ c: Unicode.Scalar, at i: Int, _ clean: CleanText, floor: Int, limit: Int,
                             extractors: [any ValueExtractor.Type], contextYear: Int?, into found: inout Mentions) -> Int? {
        for e in extractors where e.wordTriggers.contains(c) {
            if let end = e.takeWord(clean, at: i, floor: floor, limit: limit, contextYear: contextYear, into: &found) {
                return end
            }
        }
        return nil
    }
}
