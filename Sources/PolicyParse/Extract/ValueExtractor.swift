/// 数值提取器 (value extractor): finds one kind of value mention (`Value`) for the single pass of
/// `MentionExtractor`, at a number the pass has read or at a word that starts the kind without
/// digits (`百分之`, `“十四五”`, `年底前`). Registered in `MentionExtractor.extractors`.
package protocol ValueExtractor: Sendable {
    /// The kind of mention found.
    associatedtype Value: ValueMention
    /// The mention the number `n` starts, or nil; `floor` is the earliest index the mention may
    /// take (comparator words before the number), `limit` the end of the text.
    static func match(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int?) -> Value?
    /// The 汉字 (in U+4E00…U+9FFF) at which `matchWord` is tried; empty for none.
    static var wordTriggers: [Unicode.Scalar] { get }
    /// The mention that starts with the trigger word at `index`, or nil.
    static func matchWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?) -> Value?
    /// Runs `match` and keeps what it finds in `found`; returns where the mention ends.
    static func take(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int?,
                     into found: inout Mentions) -> Int?
    /// Runs `matchWord` and keeps what it finds in `found`; returns where the mention ends.
    static func takeWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?,
                         into found: inout Mentions) -> Int?
}

extension ValueExtractor {
    package static var wordTriggers: [Unicode.Scalar] { [] }

    package static func matchWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?) -> Value? {
        nil
    }

    package static func take(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int?,
                             into found: inout Mentions) -> Int? {
        guard let m = match(clean, n, floor: floor, limit: limit, contextYear: contextYear) else { return nil }
        found[keyPath: Value.path].append(m)
        return m.span.end
    }

    package static func takeWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?,
                                 into found: inout Mentions) -> Int? {
        guard let m = matchWord(clean, at: index, floor: floor, limit: limit, contextYear: contextYear) else { return nil }
        found[keyPath: Value.path].append(m)
        return m.span.end
    }

    /// Every mention of this kind in `range` of `clean` (clean spans, display text), in order: the
    /// single pass with this extractor alone.
    package static func extract(from clean: CleanText, in range: Range<Int>, contextYear: Int? = nil) -> [Value] {
        MentionExtractor.scan(clean, in: range, extractors: [Self.self], departments: false,
                              contextYear: contextYear)[keyPath: Value.path]
    }
}
