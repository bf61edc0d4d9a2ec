import PolicyParse

/// Turns a user's search words into an FTS5 query over the ICU-word index (检索式): each argument is
/// segmented into words exactly as task text is at index time and becomes one phrase (`"网络 安全 产业"`);
/// the phrases are ANDed. So `安全产业` matches the words 安全 产业 standing together, while `络安`,
/// which is no word of any indexed text, matches nothing.
enum SearchPhrase {
    /// The FTS5 MATCH expression, or nil when the arguments hold no words.
    static func match(_ arguments: [String], segmenter: Segmenter = Segmenter()) -> String? {
        var phrases: [String] = []
        for argument in arguments {
            let scalars = Array(argument.unicodeScalars)
            let words = segmenter.words(in: scalars).map { range in
                String(String.UnicodeScalarView(scalars[range].filter { $0 != "\"" && $0 != "\n" && $0 != "\r" }))
            }.filter { !$0.isEmpty }
            if !words.isEmpty { phrases.append("\"" + words.joined(separator: " ") + "\"") }
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }

    /// A snippet of space-joined words made readable: the spaces between two East Asian characters
    /// (looking past the `[` `]` highlight marks) are dropped, others kept.
    static func compact(_ snippet: String) -> String {
        let s = Array(snippet.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in s.enumerated() {
            if c == " " {
                var before = i - 1
                while before >= 0, s[before] == "[" || s[before] == "]" { before -= 1 }
                var after = i + 1
                while after < s.count, s[after] == "[" || s[after] == "]" { after += 1 }
                if before >= 0, after < s.count, isWide(s[before]), isWide(s[after]) { continue }
            }
            out.append(c)
        }
        return String(out)
    }

    private static func isWide(_ c: Unicode.Scalar) -> Bool { c.value >= 0x2E80 || (0x2010...0x2027).contains(c.value) }

    /// The full-width punctuation kept in the index as tokens of their own (written between spaces, so
    /// FTS5's `ascii` tokenizer reads each as a token; migration 1 listed them as `unicode61` `tokenchars`).
    static let tokenPunctuation = "，。、；：？！“”‘’（）《》【】〔〕—…·"

    private static let tokenPunctuationSet = Set(tokenPunctuation.unicodeScalars)

    /// True for a character of `tokenPunctuation`.
    static func isTokenPunctuation(_ c: Unicode.Scalar) -> Bool { tokenPunctuationSet.contains(c) }
}
