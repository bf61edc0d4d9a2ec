import Foundation
import Testing
@testable import PolicyParse

extension Corpus {
    /// The bytes of a shared-corpus file, e.g. `seeds/002_7023b17c9d3b74e5.txt`.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: sharedCorpus.appendingPathComponent(path)))
    }
}

@Suite struct TextDecoderTests {
    static let seed = "seeds/002_7023b17c9d3b74e5.txt"

    func expectError(_ kind: PolicyParseError.Kind, at offset: Int?, _ bytes: [UInt8], encoding: String? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let decoded = try TextDecoder.decode(bytes, encoding: encoding)
            Issue.record("expected \(kind), decoded \(decoded.scalars.count) code points as \(decoded.encoding)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.kind == kind, "\(error.description)", sourceLocation: sourceLocation)
            if let offset { #expect(error.byteOffset == offset, "\(error.description)", sourceLocation: sourceLocation) }
            #expect(!error.detail.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let text = "上海市网络安全产业创新高地行动计划（2021-2023年）\n一、指导思想😀"
        let plain = try TextDecoder.decode(Array(text.utf8))
        #expect(plain.encoding == "UTF-8")
        #expect(plain.scalars.array == Array(text.unicodeScalars))
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(bom.encoding == "UTF-8")
        #expect(bom.scalars.array == Array(text.unicodeScalars), "the BOM is removed; spans count from after it")
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func corpusSeedsAndRealDocumentsDecodeLikeFoundation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Corpus.sharedCorpus.appendingPathComponent("real").path)
            .filter { $0.hasSuffix(".txt") }.map { "real/" + $0 }
        #expect(files.count >= 20)
        for file in files + [Self.seed] {
            let bytes = try Corpus.bytes(file)
            let decoded = try TextDecoder.decode(bytes)
            let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars
            #expect(decoded.encoding == "UTF-8", "\(file)")
            #expect(decoded.scalars.elementsEqual(expected), "\(file)")
        }
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func gb18030CopyOfSeedDecodesToTheSameScalars() throws {
        let original = try TextDecoder.decode(try Corpus.bytes(Self.seed))
        let gb = try ICUConverter("GB18030").encode(original.scalars.array)
        #expect(gb.count < Array(original.string.utf8).count, "GB18030 uses 2 bytes per hanzi")
        let decoded = try TextDecoder.decode(gb)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.scalars == original.scalars)
    }

    @Test func gbkAndShortGB18030TextAreReadAsGB18030() throws {
        let text = "关于印发《上海市建设网络安全产业创新高地行动计划》的通知。各区人民政府，市政府各委、办、局："
        let gbk = try ICUConverter("GBK").encode(Array(text.unicodeScalars))
        let decoded = try TextDecoder.decode(gbk)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.scalars.array == Array(text.unicodeScalars))
    }

    @Test func big5TextIsDetected() throws {
        let text = "上海市建設網絡安全產業創新高地行動計劃。推動網絡安全產業高質量發展，加強關鍵信息基礎設施安全保護。各區人民政府，市政府各委、辦、局。"
        let big5 = try ICUConverter("Big5").encode(Array(text.unicodeScalars))
        let decoded = try TextDecoder.decode(big5)
        #expect(decoded.encoding == "Big5")
        #expect(decoded.scalars.array == Array(text.unicodeScalars))
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func utf16CopiesOfSeedDecodeToTheSameScalars() throws {
        let original = try TextDecoder.decode(try Corpus.bytes(Self.seed))
        let string = original.string
        for (encoding, name) in [(String.Encoding.utf16LittleEndian, "UTF-16LE"), (.utf16BigEndian, "UTF-16BE")] {
            let body = [UInt8](try #require(string.data(using: encoding)))
            let mark: [UInt8] = name == "UTF-16LE" ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let withBOM = try TextDecoder.decode(mark + body)
            #expect(withBOM.encoding == name)
            #expect(withBOM.scalars == original.scalars)
            let withoutBOM = try TextDecoder.decode(body)
            #expect(withoutBOM.encoding == name, "NULs on one side of the units mark BOM-less UTF-16")
            #expect(withoutBOM.scalars == original.scalars)
        }
    }

    @Test func utf32WithBOM() throws {
        let text = "第一条 为了规范数据处理活动😀"
        var le: [UInt8] = [0xFF, 0xFE, 0, 0]
        var be: [UInt8] = [0, 0, 0xFE, 0xFF]
        for scalar in text.unicodeScalars {
            let v = scalar.value
            le += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
            be += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
        }
        #expect(try TextDecoder.decode(le).scalars.array == Array(text.unicodeScalars))
        #expect(try TextDecoder.decode(be).encoding == "UTF-32BE")
        #expect(try TextDecoder.decode(be).scalars.array == Array(text.unicodeScalars))
    }

    @Test func truncatedLastCharacterIsInvalidUTF8AtItsLeadByte() throws {
        let bytes = Array("推动网络安全产业".utf8) + [0xE5, 0x88]   // 创 cut after two of its three bytes
        expectError(.invalidUTF8, at: 24, bytes)
        // Even a short text whose only fault is a cut-off end is not re-guessed as GB18030.
        expectError(.invalidUTF8, at: 3, Array("测".utf8) + [0xE8, 0xAF])
    }

    @Test func strayByteInValidUTF8IsInvalidUTF8() throws {
        let head = Array("网络安全产业是支撑制造强国、网络强国、数字中国建设的重要保障".utf8)
        let bytes = head + [0xFF] + Array("，是推进数字产业化和产业数字化的关键基础。".utf8)
        expectError(.invalidUTF8, at: head.count, bytes)
        // A continuation byte where a character should start.
        expectError(.invalidUTF8, at: 6, Array("网络".utf8) + [0x80] + Array("安全产业创新升级高地".utf8))
        // A BOM claims UTF-8 whatever follows.
        expectError(.invalidUTF8, at: 4, [0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0x80])
    }

    @Test func nulByteInUTF8Text() {
        let head = Array("第一条　为了规范数据处理活动".utf8)
        expectError(.nulByte, at: head.count + 1, head + [0x20, 0x00] + Array("，保护个人信息。".utf8))
    }

    @Test func binarySignaturesAndControlBytes() {
        expectError(.binary, at: nil, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        expectError(.binary, at: nil, Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8))
        expectError(.binary, at: nil, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
        expectError(.binary, at: nil, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        var noise: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            noise.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        expectError(.binary, at: nil, noise)
    }

    @Test func oddLengthAndUnpairedSurrogateUTF16() {
        let body = [UInt8]("第一章 总则".data(using: .utf16LittleEndian) ?? Data())
        expectError(.undecodable, at: body.count + 2, [0xFF, 0xFE] + body + [0x41])
        // A high surrogate (D83D) followed by 'A' instead of a low surrogate.
        expectError(.undecodable, at: 4, [0xFE, 0xFF, 0x4E, 0x00, 0xD8, 0x3D, 0x00, 0x41])
        expectError(.undecodable, at: 2, [0xFF, 0xFE, 0x00, 0xDC])
    }

    @Test func encodingOverride() throws {
        let text = "各区人民政府，市政府各委、办、局：现将《行动计划》印发给你们。"
        let gb = try ICUConverter("GB18030").encode(Array(text.unicodeScalars))
        let forced = try TextDecoder.decode(gb, encoding: "gb18030")
        #expect(forced.scalars.array == Array(text.unicodeScalars))
        #expect(forced.encoding == "GB18030")
        // Latin-1 reads any byte: the override wins over detection.
        let latin = try TextDecoder.decode(gb, encoding: "ISO-8859-1")
        #expect(latin.encoding == "ISO-8859-1")
        #expect(latin.scalars.count == gb.count)
        #expect(try TextDecoder.decode(Array(text.utf8), encoding: "utf8").scalars.array == Array(text.unicodeScalars))
        let utf16 = [UInt8](text.data(using: .utf16BigEndian) ?? Data())
        #expect(try TextDecoder.decode(utf16, encoding: "UTF-16BE").scalars.array == Array(text.unicodeScalars))
        // Named UTF-8 that is not is invalidUTF8; GB18030 bytes that are not are undecodable at the bad byte.
        expectError(.invalidUTF8, at: 0, gb, encoding: "UTF-8")
        expectError(.undecodable, at: 2, Array("ab".utf8) + [0x80] + Array("cd".utf8), encoding: "GB18030")
    }

    @Test func unknownEncodingName() {
        expectError(.unknownEncoding, at: nil, Array("abc".utf8), encoding: "no-such-charset")
        expectError(.unknownEncoding, at: nil, [], encoding: "")
    }

    @Test func emptyInputIsAnEmptyUTF8Document() throws {
        let decoded = try TextDecoder.decode([])
        #expect(decoded.scalars.isEmpty)
        #expect(decoded.encoding == "UTF-8")
    }

    @Test func undecodableGB18030ByteIsReportedWhereItStands() throws {
        let text = "推动网络安全产业高质量创新发展，制定本行动计划。加快发展网络安全产业，是顺应全球新一轮科技革命和产业变革趋势的重要举措。"
        let gb = try ICUConverter("GB18030").encode(Array(text.unicodeScalars))
        let bad = Array(gb[0..<40]) + [0xFF] + Array(gb[40...])
        expectError(.undecodable, at: 40, bad)
    }

    /// Chinese UTF-16 without a byte order mark has NULs on both sides of the code units (一 is
    /// 00 4E in UTF-16BE, U+3000 30 00 in UTF-16LE): it was called `binary`.
    @Test(arguments: [WideDecoder.Form.utf16LE, .utf16BE])
    func utf16WithoutMarkHoldingIdeographicSpaceAndYi(_ form: WideDecoder.Form) throws {
        let text = "第一章　总则\n第一条　为了规范数据处理活动，保护个人信息，制定本条例。\n一、总体要求\n（一）到2025年，产业规模超过100亿元。\n"
        let bytes = Array(text.utf16).flatMap { u -> [UInt8] in
            form == .utf16LE ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == form.rawValue)
        #expect(decoded.scalars.array == Array(text.unicodeScalars))
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason))
    func corpusAsUTF16WithoutMarkDecodes() throws {
        for url in Corpus.files {
            let original = try Corpus.decoded(url)
            let units = String(String.UnicodeScalarView(original.scalars.array)).utf16
            for form in [WideDecoder.Form.utf16LE, .utf16BE] {
                let bytes = units.flatMap { u -> [UInt8] in
                    form == .utf16LE ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)]
                }
                let decoded = try TextDecoder.decode(bytes)
                #expect(decoded.encoding == form.rawValue, "\(url.lastPathComponent)")
                #expect(decoded.scalars == original.scalars, "\(url.lastPathComponent)")
            }
        }
    }

    /// A short file with one bad byte is reported as broken UTF-8 at that byte, not as a failed
    /// guess at another charset ("not valid Shift_JIS").
    @Test func shortInvalidUTF8IsInvalidUTF8AtItsByte() {
        expectError(.invalidUTF8, at: 6, Array("hello ".utf8) + [0xFF] + Array(" world\n".utf8))
        expectError(.invalidUTF8, at: 6, Array("一、".utf8) + [0xFF, 0x0A])
    }

    @Test func neverCrashesOnArbitraryBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Bias towards bytes that make UTF-8 and GB18030 edge cases.
                let raw = UInt8(truncatingIfNeeded: state >> 33)
                bytes.append(length % 3 == 0 ? raw | 0x80 : raw)
            }
            do {
                let decoded = try TextDecoder.decode(bytes)
                #expect(decoded.scalars.count <= bytes.count)
            } catch {
                if let offset = error.byteOffset { #expect(offset >= 0 && offset <= bytes.count) }
            }
        }
    }
}
