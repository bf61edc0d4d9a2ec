import CICUShim

/// Segments a document's task fields into words for the full-text index (分词): each field's ICU
/// words joined by spaces, with the full-width punctuation between two words
/// (`SearchPhrase.tokenPunctuation`) kept as a token of its own, so a phrase never matches across it
/// and snippets read like the text.
///
/// The fields go to one ICU word iterator (`zh`, dictionary breaks) laid end to end as UTF-16, a
/// paragraph separator (U+2029) after each, in pieces of about `pieceLength` units cut between
/// fields: no word crosses a field, nor a line break (a break in ICU's word rules). Segments ICU
/// tags as neither number, letter, kana nor ideograph (rule status below 100: white space,
/// punctuation, symbols) are no words. These are the words `Segmenter.words` finds in a line (so
/// `SearchPhrase` segments query words alike), found straight from the fields' UTF-16 without the
/// paragraph scan and the code-point arrays, and written as UTF-8 once.
struct FieldSegmenter {
    /// The ICU locale for the dictionary.
    var locale = "zh"
    /// UTF-16 units handed to ICU at a time (a longer field goes whole).
    var pieceLength = 1 << 18

    /// The words of each field, joined by spaces; empty strings when ICU cannot be opened.
    func segment(_ fields: [String]) -> [String] {
        var result = [String](repeating: "", count: fields.count)
        var status: Int32 = 0
        guard let iterator = cicu_break_open(Int32(CICU_BREAK_WORD), locale, &status) else { return result }
        defer { cicu_break_close(iterator) }
        var units: [UInt16] = []
        units.reserveCapacity(pieceLength + pieceLength / 2)
        var starts: [Int] = []  // the unit offset of each field of the piece, then the piece's end
        var first = 0  // the index of the piece's first field
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)

        func store(_ field: Int) {
            guard !bytes.isEmpty else { return }
            result[field] = String(decoding: bytes, as: UTF8.self)
            bytes.removeAll(keepingCapacity: true)
        }

        func flush() {
            guard !starts.isEmpty else { return }
            starts.append(units.count)
            let set = units.withUnsafeBufferPointer { cicu_break_set_text(iterator, $0.baseAddress, Int32($0.count)) }
            if set <= 0 {
                var field = 0
                var previous = 0
                var wordEnd = starts[0]
                while true {
                    let next = cicu_break_next(iterator)
                    guard next >= 0 else { break }
                    let boundary = Int(next)
                    guard boundary > previous else { continue }
                    let start = previous
                    previous = boundary
                    guard cicu_break_rule_status(iterator) >= 100 else { continue }
                    while start >= starts[field + 1] {
                        store(first + field)
                        field += 1
                        wordEnd = starts[field]
                    }
                    if !bytes.isEmpty {
                        bytes.append(0x20)
                        var gap = false
                        for i in wordEnd..<start {
                            if let c = Unicode.Scalar(units[i]), SearchPhrase.isTokenPunctuation(c) {
                                Self.appendUTF8(units[i], to: &bytes)
                                gap = true
                            }
                        }
                        if gap { bytes.append(0x20) }
                    }
                    var i = start
                    while i < boundary {
                        let unit = units[i]
                        if unit & 0xFC00 == 0xD800, i + 1 < boundary {
                            let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
                            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
                            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
                            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
                            i += 2
                        } else {
                            Self.appendUTF8(unit, to: &bytes)
                            i += 1
                        }
                    }
                    wordEnd = boundary
                }
                store(first + field)
            }
            first += starts.count - 1
            starts.removeAll(keepingCapacity: true)
            units.removeAll(keepingCapacity: true)
        }

        for field in fields {
            if units.count >= pieceLength { flush() }
            starts.append(units.count)
            Self.appendUTF16(field, to: &units)
            units.append(0x2029)
        }
        flush()
        return result
    }

    /// Appends the UTF-16 of `text`, decoded from its (valid) UTF-8 by hand: iterating `utf16` costs
    /// several times more.
    private static func appendUTF16(_ text: String, to units: inout [UInt16]) {
        var text = text
        text.withUTF8 { p in
            var i = 0
            let n = p.count
            while i < n {
                let b0 = UInt32(p[i])
                if b0 < 0x80 {
                    units.append(UInt16(truncatingIfNeeded: b0))
                    i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    units.append(UInt16(truncatingIfNeeded: (b0 & 0x1F) << 6 | (UInt32(p[i + 1]) & 0x3F)))
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    units.append(UInt16(truncatingIfNeeded: (b0 & 0x0F) << 12 | (UInt32(p[i + 1]) & 0x3F) << 6 | (UInt32(p[i + 2]) & 0x3F)))
                    i += 3
                } else if i + 3 < n {
                    let v = ((b0 & 0x07) << 18 | (UInt32(p[i + 1]) & 0x3F) << 12 | (UInt32(p[i + 2]) & 0x3F) << 6 | (UInt32(p[i + 3]) & 0x3F)) &- 0x10000
                    units.append(UInt16(truncatingIfNeeded: 0xD800 + (v >> 10)))
                    units.append(UInt16(truncatingIfNeeded: 0xDC00 + (v & 0x3FF)))
                    i += 4
                } else {
                    break
                }
            }
        }
    }

    /// Appends the UTF-8 encoding of a UTF-16 unit that is no surrogate.
    @inline(__always)
    private static func appendUTF8(_ unit: UInt16, to bytes: inout [UInt8]) {
        let v = UInt32(unit)
        if v < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v))
        } else if v < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
        }
    }
}
