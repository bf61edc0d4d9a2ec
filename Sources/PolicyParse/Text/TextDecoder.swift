/// Turns bytes into code points (解码), detecting the encoding unless one is named.
///
/// Detection, in order (Docs/Decoding.md): empty input; binary signatures; byte order marks
/// (UTF-8, UTF-32LE/BE, UTF-16LE/BE); UTF-16 without a mark when NUL bytes sit on one side of
/// the code units; UTF-8; broken UTF-8 (`.invalidUTF8`, never re-guessed); binary control bytes
/// and NUL; then ICU's charset detector (GBK/GB2312 read as GB18030) and ICU conversion.
package enum TextDecoder {
    /// How many leading bytes ICU's charset detector looks at.
    static let detectionSample = 1 << 18

    /// Decodes `bytes`, detecting the encoding unless `encoding` names one.
    package static func decode(_ bytes: [UInt8], encoding: String? = nil) throws(PolicyParseError) -> DecodedText {
        if let encoding { return try decode(bytes, named: encoding) }
        if bytes.isEmpty { return DecodedText(scalars: [], encoding: "UTF-8") }
        if let kind = BinarySniffer.signature(of: bytes) {
            throw PolicyParseError(.binary, detail: "the input is not text: it starts like \(kind)")
        }
        if let (form, bomLength) = byteOrderMark(bytes) {
            if let form {
                return DecodedText(scalars: try WideDecoder.decode(bytes, from: bomLength, as: form), encoding: form.rawValue)
            }
            return DecodedText(scalars: try strictUTF8(bytes, from: bomLength, claim: "starts with a UTF-8 byte order mark"), encoding: "UTF-8")
        }
        let nuls = NULParity(bytes)
        if let form = nuls.utf16Form(strong: true) {
            return DecodedText(scalars: try WideDecoder.decode(bytes, from: 0, as: form), encoding: form.rawValue)
        }
        // Chinese UTF-16 without a mark has NULs on both sides (一 is 00 4E in UTF-16BE, a newline
        // 0A 00 in UTF-16LE): read the code units instead, before NULs could make the input `binary`.
        if nuls.even + nuls.odd >= 2, let form = CJKUnits.utf16Form(bytes),
           let scalars = try? WideDecoder.decode(bytes, from: 0, as: form) {
            return DecodedText(scalars: scalars, encoding: form.rawValue)
        }
        var firstNUL: Int? = nil
        var failure: UTF8Failure? = nil
        let utf8: ScalarBuffer
        do throws(UTF8Failure) {
            utf8 = try UTF8Decoder.decode(bytes, from: 0, firstNUL: &firstNUL)
        } catch {
            utf8 = ScalarBuffer()
            failure = error
        }
        guard let failure else {
            try rejectControls(bytes, firstNUL: firstNUL)
            return DecodedText(scalars: utf8, encoding: "UTF-8")
        }
        // Not valid UTF-8: UTF-16 by weaker NUL evidence, broken UTF-8, binary, or another charset.
        if let form = nuls.utf16Form(strong: false),
           let scalars = try? WideDecoder.decode(bytes, from: 0, as: form) {
            return DecodedText(scalars: scalars, encoding: form.rawValue)
        }
        let survey = UTF8Decoder.survey(bytes, from: 0)
        if survey.looksLikeUTF8 {
            throw invalidUTF8(failure, claim: "is mostly UTF-8 (\(survey.valid) good multi-byte characters, \(survey.invalid) bad)")
        }
        try rejectControls(bytes, firstNUL: bytes.firstIndex(of: 0))
        do {
            return try detectAndConvert(bytes, firstBadUTF8: failure.offset)
        } catch where error.kind == .undecodable && (survey.valid >= survey.invalid || highBytes(bytes) <= 3) {
            // The guessed charset fails too, and the bytes are at least as much UTF-8 as not (a short
            // file with one bad byte): the UTF-8 fault is the one to report, not the guess's.
            let what = failure.truncatedAtEnd ? "the last character is cut off" : "an invalid byte sequence starts"
            throw PolicyParseError(.invalidUTF8, byteOffset: failure.offset,
                                   detail: "the input is not valid UTF-8: \(what) at byte \(failure.offset) (no other encoding reads it either: \(error.detail))")
        }
    }

    /// How many bytes are above 0x7F (stops counting at 4).
    private static func highBytes(_ bytes: [UInt8]) -> Int {
        var count = 0
        for b in bytes where b >= 0x80 {
            count += 1
            if count > 3 { break }
        }
        return count
    }

    /// Reads the file at `path` (`-` for standard input) and decodes it; errors name the file.
    package static func decode(contentsOf path: String, encoding: String? = nil,
                              limit: Int = ParseOptions.defaultMaxInputBytes) throws(PolicyParseError) -> DecodedText {
        let bytes = try InputFile.read(path, limit: limit)
        do {
            return try decode(bytes, encoding: encoding)
        } catch {
            throw error.naming(path)
        }
    }

    /// The encoding names most policy documents need, as error messages and `--help` list them;
    /// any other name or alias ICU knows is accepted too (`cp936`, `x-mac-chinesesimp`, …).
    package static let commonEncodingNames = [
        "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "GB18030", "GBK", "GB2312", "Big5", "Big5-HKSCS",
        "Shift_JIS", "EUC-JP", "EUC-KR", "ISO-8859-1", "windows-1252",
    ]

    /// Whether `name` names an encoding the decoder can use (ICU knows the name or an alias of it).
    package static func knowsEncoding(_ name: String) -> Bool {
        (try? ICUConverter(name)) != nil
    }

    // MARK: - Named encodings

    /// Decodes `bytes` as the encoding called `name` (any name or alias ICU knows).
    private static func decode(_ bytes: [UInt8], named name: String) throws(PolicyParseError) -> DecodedText {
        let converter = try ICUConverter(name)
        let canonical = converter.canonicalName ?? name
        if let kind = BinarySniffer.signature(of: bytes) {
            throw PolicyParseError(.binary, detail: "the input is not text: it starts like \(kind)")
        }
        let mark = byteOrderMark(bytes)
        switch canonical {
        case "UTF-8":
            let start = mark.map { $0.0 == nil ? $0.1 : 0 } ?? 0
            let scalars = try strictUTF8(bytes, from: start, claim: "was named UTF-8")
            return DecodedText(scalars: scalars, encoding: "UTF-8")
        case "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE":
            guard let form = WideDecoder.Form(rawValue: canonical) else { break }
            let start = mark.flatMap { $0.0 == form ? $0.1 : nil } ?? 0
            return DecodedText(scalars: try WideDecoder.decode(bytes, from: start, as: form), encoding: form.rawValue)
        case "UTF-16", "UTF-32":
            // The byte order mark decides; without one, big-endian (as ICU and RFC 2781 do).
            let wide: WideDecoder.Form = canonical == "UTF-16" ? .utf16BE : .utf32BE
            if let (found, length) = mark, let found, found.unitSize == wide.unitSize {
                return DecodedText(scalars: try WideDecoder.decode(bytes, from: length, as: found), encoding: found.rawValue)
            }
            return DecodedText(scalars: try WideDecoder.decode(bytes, from: 0, as: wide), encoding: wide.rawValue)
        default:
            break
        }
        if bytes.isEmpty { return DecodedText(scalars: [], encoding: converter.standardName ?? canonical) }
        if let nul = bytes.firstIndex(of: 0) {
            throw PolicyParseError(.nulByte, byteOffset: nul, detail: "NUL byte at byte \(nul) in \(name) text")
        }
        let reported = converter.standardName ?? canonical
        return DecodedText(scalars: try converter.decode(bytes[...], baseOffset: 0, encodingName: reported), encoding: reported)
    }

    // MARK: - Detection steps

    /// The byte order mark at the start: the UTF-16/32 form (nil for UTF-8) and its length.
    static func byteOrderMark(_ b: [UInt8]) -> (WideDecoder.Form?, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (nil, 3) }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return (.utf32LE, 4) }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return (.utf32BE, 4) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// Decodes UTF-8 the input claims to be; any fault is `.invalidUTF8`.
    private static func strictUTF8(_ bytes: [UInt8], from start: Int, claim: String) throws(PolicyParseError) -> ScalarBuffer {
        var firstNUL: Int? = nil
        let scalars: ScalarBuffer
        do throws(UTF8Failure) {
            scalars = try UTF8Decoder.decode(bytes, from: start, firstNUL: &firstNUL)
        } catch {
            throw invalidUTF8(error, claim: claim)
        }
        try rejectControls(bytes, firstNUL: firstNUL)
        return scalars
    }

    private static func invalidUTF8(_ failure: UTF8Failure, claim: String) -> PolicyParseError {
        let what = failure.truncatedAtEnd ? "the last character is cut off" : "an invalid byte sequence starts"
        return PolicyParseError(.invalidUTF8, byteOffset: failure.offset,
                                detail: "the input \(claim) but \(what) at byte \(failure.offset)")
    }

    /// Throws `.binary` for a high share of control bytes, else `.nulByte` for a NUL at `firstNUL`.
    private static func rejectControls(_ bytes: [UInt8], firstNUL: Int?) throws(PolicyParseError) {
        guard let firstNUL else { return }
        if BinarySniffer.mostlyControlBytes(bytes) {
            throw PolicyParseError(.binary, detail: "the input is not text: more than 2% of its first bytes are control bytes")
        }
        throw PolicyParseError(.nulByte, byteOffset: firstNUL, detail: "NUL byte at byte \(firstNUL) in text that is not UTF-16")
    }

    /// Asks ICU which charset the bytes are in and converts them.
    private static func detectAndConvert(_ bytes: [UInt8], firstBadUTF8: Int) throws(PolicyParseError) -> DecodedText {
        if BinarySniffer.mostlyControlBytes(bytes) {
            throw PolicyParseError(.binary, detail: "the input is not text: more than 2% of its first bytes are control bytes")
        }
        let matches = try ICUCharsetDetector().detectAll(bytes[0..<min(bytes.count, detectionSample)])
        // Only the best guess is converted: when it fails, its error at the bad byte is more useful
        // than a weaker guess (Big5 after GB18030) that converts everything into mojibake.
        for name in candidates(matches) {
            guard let converter = try? ICUConverter(name) else { continue }
            return DecodedText(scalars: try converter.decode(bytes[...], baseOffset: 0, encodingName: name), encoding: name)
        }
        throw PolicyParseError(.undecodable, byteOffset: firstBadUTF8,
                               detail: "the input is not UTF-8 (bad byte at byte \(firstBadUTF8)) and ICU recognises no other encoding")
    }

    /// Charsets to try, best first: ICU's guesses without UTF forms (handled before), GBK and GB2312
    /// read as their superset GB18030, and a CJK multi-byte charset ahead of single-byte guesses
    /// (which never fail and would turn Chinese into mojibake) when ICU gives it confidence ≥ 10.
    static func candidates(_ matches: [ICUCharsetMatch]) -> [String] {
        let cjk: Set<String> = ["GB18030", "Big5", "EUC-JP", "Shift_JIS", "EUC-KR", "ISO-2022-CN", "ISO-2022-JP", "ISO-2022-KR"]
        var names: [String] = []
        for match in matches {
            let name: String
            switch match.name.uppercased() {
            case "GBK", "GB2312", "EUC-CN", "GB18030": name = "GB18030"
            default: name = match.name
            }
            if name.hasPrefix("UTF-") || names.contains(name) { continue }
            names.append(name)
        }
        if let index = names.firstIndex(where: { cjk.contains($0) }), index > 0,
           let match = matches.first(where: { candidateName($0.name) == names[index] }), match.confidence >= 10 {
            let preferred = names.remove(at: index)
            names.insert(preferred, at: 0)
        }
        return names
    }

    private static func candidateName(_ name: String) -> String {
        ["GBK", "GB2312", "EUC-CN", "GB18030"].contains(name.uppercased()) ? "GB18030" : name
    }
}

/// Where NUL bytes sit in the first 64 KiB: on even offsets (UTF-16BE ASCII) or odd ones (UTF-16LE ASCII).
struct NULParity {
    /// NUL bytes at even and odd offsets.
    var even = 0, odd = 0
    /// Code units (byte pairs) looked at.
    var units = 0

    init(_ bytes: [UInt8]) {
        let end = min(bytes.count, BinarySniffer.sampleSize) & ~1
        var even = 0, odd = 0
        bytes.withUnsafeBytes { raw in
            var i = 0
            // Eight bytes at a time: skip words without a NUL byte (nearly all of any text but UTF-16).
            while i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 {
                    for k in stride(from: 0, to: 8, by: 2) {
                        if raw[i + k] == 0 { even += 1 }
                        if raw[i + k + 1] == 0 { odd += 1 }
                    }
                }
                i += 8
            }
            while i < end {
                if raw[i] == 0 { even += 1 }
                if raw[i + 1] == 0 { odd += 1 }
                i += 2
            }
        }
        self.even = even
        self.odd = odd
        units = end / 2
    }

    /// The UTF-16 form the NULs point to. Strong: at least 2 NULs, at least 1 unit in 16, and at most
    /// 1 in 8 on the other side. Weak: at least 2 NULs and at most a quarter as many on the other side.
    func utf16Form(strong: Bool) -> WideDecoder.Form? {
        let (more, fewer) = (max(even, odd), min(even, odd))
        guard more >= 2 else { return nil }
        if strong {
            guard more * 16 >= units, fewer * 8 <= more else { return nil }
        } else {
            guard fewer * 4 <= more else { return nil }
        }
        return odd > even ? .utf16LE : .utf16BE
    }
}

/// Whether bytes with NULs on both sides read as Chinese UTF-16 text: in one byte order, nearly all
/// code units of the first 64 KiB are ones such text is made of, and many are CJK.
enum CJKUnits {
    /// The byte order in which at least 95% of the units are text units and at least 10% CJK, if one is.
    static func utf16Form(_ bytes: [UInt8]) -> WideDecoder.Form? {
        let end = min(bytes.count, BinarySniffer.sampleSize) & ~1
        guard end >= 4 else { return nil }
        var text = (le: 0, be: 0), cjk = (le: 0, be: 0)
        var i = 0
        while i < end {
            let le = UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
            let be = UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            if isTextUnit(le) { text.le += 1 }
            if isTextUnit(be) { text.be += 1 }
            if isCJKUnit(le) { cjk.le += 1 }
            if isCJKUnit(be) { cjk.be += 1 }
            i += 2
        }
        let units = end / 2
        func passes(_ t: Int, _ c: Int) -> Bool { t * 20 >= units * 19 && c * 10 >= units }
        switch (passes(text.le, cjk.le), passes(text.be, cjk.be)) {
        case (true, true): return text.le >= text.be ? .utf16LE : .utf16BE
        case (true, false): return .utf16LE
        case (false, true): return .utf16BE
        default: return nil
        }
    }

    /// Han ideographs, CJK punctuation and kana, full-width forms.
    static func isCJKUnit(_ u: UInt16) -> Bool {
        (0x3000...0x9FFF).contains(u) || (0xF900...0xFAFF).contains(u) || (0xFF00...0xFFEF).contains(u)
    }

    /// Units Chinese text is made of: TAB, LF, CR, printable ASCII, Latin and general punctuation,
    /// symbols and enclosed numbers (①), CJK, compatibility and full-width forms, surrogates.
    static func isTextUnit(_ u: UInt16) -> Bool {
        u == 0x09 || u == 0x0A || u == 0x0D || (0x20...0x7E).contains(u) || (0xA0...0x27BF).contains(u)
            || (0x2E80...0x9FFF).contains(u) || (0xD800...0xDFFF).contains(u) || (0xF900...0xFAFF).contains(u)
            || (0xFE30...0xFE4F).contains(u) || (0xFF00...0xFFEF).contains(u)
    }
}
