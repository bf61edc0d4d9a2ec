/// 字符类别 (character classes): every rule about what a single character is, in one place.
///
/// The cleaner decides once what each source character becomes (`cleanRole`), so clean text has
/// one normal form: inline white space is only ` ` (and `\t` between table cells), line breaks only
/// `\n`; no NBSP, `\r`, ideographic space or white space written as a character reference is left.
/// Stages that read clean text test `isBlank`; the segmenter, which reads the decoded source, tests
/// `isSourceSpace` and `isLineBreak`, the same sets the cleaner folds. `CharacterClassTests` pins each.
package enum CharacterClass {
    /// What the cleaner writes for one source character outside markup.
    package enum CleanRole: Sendable {
        /// Copied as it is.
        case keep
        /// White space: collapsed with its neighbours into one space.
        case space
        /// A line break.
        case lineBreak
        /// Dropped: zero-width characters, the byte order mark, soft hyphens.
        case vanish
    }

    /// What the cleaner writes for `c` (the `\r` of a `\r\n` pair is the caller's: one break).
    @inline(__always)
    package static func cleanRole(_ c: Unicode.Scalar) -> CleanRole { cleanRole(value: c.value) }

    /// `cleanRole` of the code point `v`.
    @inline(__always)
    package static func cleanRole(value v: UInt32) -> CleanRole {
        if v > 0x7F {
            // Everything from U+3001 on is kept but the byte order mark: CJK text takes one test.
            if v > 0x3000 { return v == 0xFEFF ? .vanish : .keep }
            switch v {
            case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: return .vanish
            case 0x85, 0x2028, 0x2029: return .lineBreak
            default: return .keep
            }
        }
        switch v {
        case 0x0A, 0x0D: return .lineBreak
        case 0x00...0x1F, 0x20, 0x7F: return .space   // tab, VT, FF and other control characters read as white space
        default: return .keep
        }
    }

    /// Inline white space in clean text (its normal form): a space, or the tab between table cells.
    @inline(__always)
    package static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    /// White space within a line of the decoded source: what the cleaner folds into a space or drops.
    @inline(__always)
    package static func isSourceSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        guard v != 0x0A, v != 0x0D, v != 0x0B, v != 0x0C else { return false }
        switch cleanRole(c) {
        case .space, .vanish: return true
        case .keep, .lineBreak: return false
        }
    }

    /// Line terminators in the decoded source: LF, VT, FF, CR, NEL, LS, PS.
    @inline(__always)
    package static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Punctuation that ends a sentence: 。！？；：!?;:… and the full stops `.` `．` `｡`.
    @inline(__always)
    package static func isSentenceFinal(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "；", "：", "!", "?", ";", ":", "…", ".", "｡", "．": return true
        default: return false
        }
    }

    /// Closing quotes and brackets.
    @inline(__always)
    package static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "”", "’", "\"", "'", "）", ")", "】", "》", "」", "』", "〉", "〕", "]": return true
        default: return false
        }
    }

    /// Opening quotes and brackets.
    @inline(__always)
    package static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "“", "‘", "（", "(", "【", "《", "「", "『", "〈", "〔", "[": return true
        default: return false
        }
    }

    /// East Asian wide characters: joined across a line wrap without a space.
    @inline(__always)
    package static func isWide(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: return true
        default: return false
        }
    }

    /// CJK unified ideographs of the basic block (汉字, U+4E00–U+9FFF): what the extractors and the
    /// PDF-layout cleanup take for Chinese text.
    @inline(__always)
    package static func isHan(_ c: Unicode.Scalar) -> Bool { c.value >= 0x4E00 && c.value <= 0x9FFF }

    /// ASCII letters and digits: two of them across a line wrap keep a space between them.
    @inline(__always)
    package static func isASCIIWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
}
