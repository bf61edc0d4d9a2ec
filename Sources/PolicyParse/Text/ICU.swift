import CICUShim

// Internal wrappers over the C shim (Sources/CICUShim). Each owns one ICU handle and closes it in
// `deinit`; none is shared between threads (callers open one per call), so none is `Sendable`.
// ICU status codes become `PolicyParseError`s here and never leak into the public API.

/// The kind of boundaries an `ICUBreakIterator` finds.
enum ICUBreakKind {
    /// Word boundaries (词边界); Chinese is segmented with ICU's dictionary.
    case word
    /// Sentence boundaries (句边界) by ICU's rules.
    case sentence
}

/// An ICU break iterator (`ubrk`) over UTF-16 text it copies.
final class ICUBreakIterator {
    private let handle: OpaquePointer

    /// Opens an iterator of `kind` for `locale` (e.g. `zh`).
    init(_ kind: ICUBreakKind, locale: String) throws(PolicyParseError) {
        var status: Int32 = 0
        let code: Int32 = kind == .word ? Int32(CICU_BREAK_WORD) : Int32(CICU_BREAK_SENTENCE)
        guard let handle = cicu_break_open(code, locale, &status) else {
            throw PolicyParseError(.unreadable, detail: "ICU could not open a \(kind) break iterator for locale \(locale) (ICU status \(status))")
        }
        self.handle = handle
    }

    deinit { cicu_break_close(handle) }

    /// Sets the text to iterate (copied) and moves to its start.
    func setText(_ units: [UInt16]) throws(PolicyParseError) {
        guard units.count <= Int(Int32.max) else {
            throw PolicyParseError(.tooLarge, detail: "a segment of \(units.count) UTF-16 units is too long for ICU")
        }
        let status = units.withUnsafeBufferPointer { buffer in
            cicu_break_set_text(handle, buffer.baseAddress, Int32(buffer.count))
        }
        guard status <= 0 else {
            throw PolicyParseError(.unreadable, detail: "ICU could not set the break iterator's text (ICU status \(status))")
        }
    }

    /// The next boundary (a UTF-16 index), or nil at the end.
    func next() -> Int? {
        let boundary = cicu_break_next(handle)
        return boundary < 0 ? nil : Int(boundary)
    }

    /// The rule status of the segment ending at the current boundary (word: <100 means none of number/letter/kana/ideograph).
    var ruleStatus: Int { Int(cicu_break_rule_status(handle)) }
}

/// One guess of ICU's charset detector.
struct ICUCharsetMatch: Hashable {
    /// The charset name as ICU reports it (`GB18030`, `Big5`, `UTF-16LE` …).
    var name: String
    /// ICU's confidence, 0–100.
    var confidence: Int
}

/// ICU's charset detector (`ucsdet`).
final class ICUCharsetDetector {
    private let handle: OpaquePointer

    /// Opens a detector.
    init() throws(PolicyParseError) {
        var status: Int32 = 0
        guard let handle = cicu_csdet_open(&status) else {
            throw PolicyParseError(.unreadable, detail: "ICU could not open a charset detector (ICU status \(status))")
        }
        self.handle = handle
    }

    deinit { cicu_csdet_close(handle) }

    /// ICU's guesses for `bytes`, best first.
    func detectAll(_ bytes: ArraySlice<UInt8>) throws(PolicyParseError) -> [ICUCharsetMatch] {
        let stride = 64
        let capacity = 32
        var names = [CChar](repeating: 0, count: stride * capacity)
        var confidences = [Int32](repeating: 0, count: capacity)
        var status: Int32 = 0
        let length = min(bytes.count, Int(Int32.max))
        let found: Int32 = bytes.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { chars in
                names.withUnsafeMutableBufferPointer { nameBuffer in
                    confidences.withUnsafeMutableBufferPointer { confidenceBuffer in
                        cicu_csdet_detect_all(handle, chars.baseAddress, Int32(length), nameBuffer.baseAddress, Int32(stride),
                                              confidenceBuffer.baseAddress, Int32(capacity), &status)
                    }
                }
            }
        }
        guard found >= 0 else {
            throw PolicyParseError(.undecodable, detail: "ICU charset detection failed (ICU status \(status))")
        }
        var matches: [ICUCharsetMatch] = []
        for i in 0..<Int(found) {
            let start = i * stride
            var bytes: [UInt8] = []
            for j in start..<(start + stride) {
                let c = names[j]
                if c == 0 { break }
                bytes.append(UInt8(bitPattern: c))
            }
            matches.append(ICUCharsetMatch(name: String(decoding: bytes, as: UTF8.self), confidence: Int(confidences[i])))
        }
        return matches
    }
}

/// An ICU converter (`ucnv`) from one charset to Unicode that stops at the first bad byte.
final class ICUConverter {
    private let handle: OpaquePointer

    /// Opens a converter for `name`; an unknown name is `.unknownEncoding`.
    init(_ name: String) throws(PolicyParseError) {
        var status: Int32 = 0
        guard !name.isEmpty, !name.utf8.contains(0), let handle = cicu_conv_open(name, &status) else {
            throw PolicyParseError(.unknownEncoding, detail: "unknown encoding \"\(name)\"; use one of \(TextDecoder.commonEncodingNames.joined(separator: ", ")) or another name ICU knows")
        }
        self.handle = handle
    }

    deinit { cicu_conv_close(handle) }

    /// ICU's canonical name of the charset (`UTF-16LE`, `GB18030`, `windows-936-2000` …).
    var canonicalName: String? { Self.name { cicu_conv_name(handle, $0, $1) } }

    /// The IANA (else MIME) name of the charset, where ICU knows one.
    var standardName: String? { Self.name { cicu_conv_standard_name(handle, $0, $1) } }

    private static func name(_ body: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 128)
        let length = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
            guard let base = out.baseAddress else { return -1 }
            return body(base, Int32(out.count))
        }
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Converts all of `bytes` to code points; a byte sequence the charset cannot convert is
    /// `.undecodable` at its offset (counted from `baseOffset`, the position of `bytes` in the input).
    func decode(_ bytes: ArraySlice<UInt8>, baseOffset: Int, encodingName: String) throws(PolicyParseError) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count / 2 + 16)
        let chunkBytes = 1 << 20
        var units = [UInt16](repeating: 0, count: 1 << 16)
        var pendingHigh: UInt16? = nil
        var failure: PolicyParseError? = nil
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: input.count) { chars in
                units.withUnsafeMutableBufferPointer { out in
                    guard let outBase = out.baseAddress else { return }
                    var offset = 0
                    while true {
                        let length = min(chunkBytes, input.count - offset)
                        let flush: Int32 = offset + length == input.count ? 1 : 0
                        var consumed: Int32 = 0
                        var produced: Int32 = 0
                        var bad: Int32 = -1
                        var status: Int32 = 0
                        let result = cicu_conv_to_utf16(handle, chars + offset, Int32(length), outBase, Int32(out.count), flush,
                                                        &consumed, &produced, &bad, &status)
                        Self.appendUTF16(UnsafeBufferPointer(start: outBase, count: Int(produced)), to: &scalars, pendingHigh: &pendingHigh)
                        switch Int(result) {
                        case Int(CICU_CONV_INVALID):
                            let at = baseOffset + max(0, offset + Int(bad))
                            failure = PolicyParseError(.undecodable, byteOffset: at,
                                                       detail: "the bytes at byte \(at) are not valid \(encodingName)")
                            return
                        case Int(CICU_CONV_FAILED):
                            failure = PolicyParseError(.undecodable, byteOffset: baseOffset + offset,
                                                       detail: "ICU failed to convert from \(encodingName) (ICU status \(status))")
                            return
                        default:
                            offset += Int(consumed)
                            if result == Int32(CICU_CONV_DONE) && flush == 1 { return }
                        }
                    }
                }
            }
        }
        if let failure { throw failure }
        if pendingHigh != nil { scalars.append("\u{FFFD}") }
        return scalars
    }

    /// The code points encoded in this charset (for tests and round trips); an unmappable character is `.undecodable`.
    func encode(_ scalars: [Unicode.Scalar]) throws(PolicyParseError) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        for scalar in scalars { units.append(contentsOf: scalar.utf16) }
        var capacity = units.count * 4 + 16
        for _ in 0..<2 {
            var out = [CChar](repeating: 0, count: capacity)
            var status: Int32 = 0
            let needed = units.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    cicu_conv_from_utf16(handle, input.baseAddress, Int32(input.count), output.baseAddress, Int32(output.count), &status)
                }
            }
            guard needed >= 0 else {
                throw PolicyParseError(.undecodable, detail: "ICU could not encode the text (ICU status \(status))")
            }
            if Int(needed) <= capacity { return out[0..<Int(needed)].map { UInt8(bitPattern: $0) } }
            capacity = Int(needed)
        }
        throw PolicyParseError(.undecodable, detail: "ICU could not encode the text")
    }

    /// Appends UTF-16 units, pairing surrogates across calls; ICU output never holds unpaired ones.
    private static func appendUTF16(_ units: UnsafeBufferPointer<UInt16>, to scalars: inout [Unicode.Scalar], pendingHigh: inout UInt16?) {
        for unit in units {
            if let high = pendingHigh {
                pendingHigh = nil
                if unit & 0xFC00 == 0xDC00 {
                    let value = 0x10000 + ((UInt32(high) & 0x3FF) << 10) + (UInt32(unit) & 0x3FF)
                    scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    continue
                }
                scalars.append("\u{FFFD}")
            }
            if unit & 0xFC00 == 0xD800 {
                pendingHigh = unit
            } else {
                scalars.append(Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}")
            }
        }
    }
}
