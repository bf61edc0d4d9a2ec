import Foundation
import Testing
@testable import PolicyParse

@Suite struct SegmenterTests {
    let segmenter = Segmenter()

    func texts(_ ranges: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [String] {
        ranges.map { Segmenter.joinedText($0, in: scalars) }
    }

    @Test func chineseWordsComeFromICUsDictionary() {
        let scalars = Array("推动上海网络安全产业创新升级".unicodeScalars)
        let words = texts(segmenter.words(in: scalars), scalars)
        #expect(words == ["推动", "上海", "网络", "安全", "产业", "创新", "升级"])
    }

    @Test func wordsSkipSpacesAndPunctuationButKeepNumbersAndLatin() {
        let scalars = Array("到2023年，网络安全产业规模超过250亿元；推进5G、AI应用。".unicodeScalars)
        let words = texts(segmenter.words(in: scalars), scalars)
        #expect(words.contains("2023"))
        #expect(words.contains("250"))
        #expect(words.contains("网络"))
        #expect(!words.contains("，") && !words.contains("；") && !words.contains("。"))
        // Ranges are ordered, disjoint and inside the text.
        let ranges = segmenter.words(in: scalars)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        #expect(ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= scalars.count })
    }

    @Test func hardWrappedLinesAreJoinedIntoOneSentence() throws {
        let text = "网络安全产业是支撑制造强国、网络强国、数字中国建设的重要\n保障，是推进数字产业化和产业数字化的关键基础。加快发展网络安全产业。"
        let scalars = Array(text.unicodeScalars)
        let sentences = segmenter.sentences(in: scalars)
        #expect(texts(sentences, scalars) == [
            "网络安全产业是支撑制造强国、网络强国、数字中国建设的重要保障，是推进数字产业化和产业数字化的关键基础。",
            "加快发展网络安全产业。",
        ])
        // The span runs over the line break in the source.
        let firstStop = try #require(scalars.firstIndex(of: "。"))
        #expect(scalars[..<firstStop].contains("\n"))
        #expect(sentences.first == 0..<(firstStop + 1))
        // A word cut by the wrap is found whole, its span holding the line break.
        let words = segmenter.words(in: scalars)
        #expect(texts(words, scalars).contains("保障"))
    }

    @Test func semicolonEndsASentenceButCommaDoesNot() {
        let text = "培育10家行业龙头企业；推动建设2个国家级网络安全产业园区，若干特色产业集群；空间布局进一步优化。"
        let scalars = Array(text.unicodeScalars)
        #expect(texts(segmenter.sentences(in: scalars), scalars) == [
            "培育10家行业龙头企业；", "推动建设2个国家级网络安全产业园区，若干特色产业集群；", "空间布局进一步优化。",
        ])
    }

    @Test func paragraphsHeadingsAndIndentedLinesEndSentences() {
        let text = """
        一、指导思想
        　　贯彻习近平总书记网络强国重要思想，坚持总体国家安全观，统筹发展和安全，把握城市数字化转型新发展机遇

        二、主要目标
        到2023年，本市网络安全产业规模翻番，创新能力显著增强，有效需求加快释放，结构布局更加优化：
        （一）产业规模。网络安全产业规模超过250亿元，年复合增长率超过25%
        第二条　本办法适用于新片区
        """
        let scalars = Array(text.unicodeScalars)
        #expect(texts(segmenter.sentences(in: scalars), scalars) == [
            "一、指导思想",
            "贯彻习近平总书记网络强国重要思想，坚持总体国家安全观，统筹发展和安全，把握城市数字化转型新发展机遇",
            "二、主要目标",
            "到2023年，本市网络安全产业规模翻番，创新能力显著增强，有效需求加快释放，结构布局更加优化：",
            "（一）产业规模。",
            "网络安全产业规模超过250亿元，年复合增长率超过25%",
            "第二条　本办法适用于新片区",
        ])
        #expect(segmenter.paragraphs(in: scalars).count == 6)
    }

    @Test func openingBracketAfterAFullStopStartsTheNextSentence() {
        let text = "推进新技术在网络安全领域融合应用。（责任部门：市科委、市经济信息化委）"
        let scalars = Array(text.unicodeScalars)
        #expect(texts(segmenter.sentences(in: scalars), scalars) == ["推进新技术在网络安全领域融合应用。", "（责任部门：市科委、市经济信息化委）"])
    }

    @Test func crlfAndEmptyInput() {
        #expect(segmenter.sentences(in: []).isEmpty)
        #expect(segmenter.words(in: []).isEmpty)
        let scalars = Array("第一条　为了规范数据处理活动。\r\n\r\n第二条　本条例适用于本市。\r\n".unicodeScalars)
        #expect(texts(segmenter.sentences(in: scalars), scalars) == ["第一条　为了规范数据处理活动。", "第二条　本条例适用于本市。"])
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func corpusSentencesCoverTheTextInOrder() throws {
        let decoded = try TextDecoder.decode(try Corpus.bytes("real/006_shanghai-lingang-new-area-measures.txt"))
        let scalars = decoded.scalars.array
        let sentences = segmenter.sentences(in: scalars)
        #expect(sentences.count > 100)
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        // Every 。 of the document ends some sentence (none is swallowed or split from its sentence).
        let ends = Set(sentences.map { $0.upperBound - 1 })
        let stops = scalars.indices.filter { scalars[$0] == "。" && !(($0 + 1) < scalars.count && Segmenter.isCloser(scalars[$0 + 1])) }
        #expect(stops.allSatisfy { ends.contains($0) })
        // Outside sentences there is only white space and line breaks.
        var covered = [Bool](repeating: false, count: scalars.count)
        for range in sentences { for i in range { covered[i] = true } }
        #expect(scalars.indices.allSatisfy { covered[$0] || Segmenter.isSpace(scalars[$0]) || Segmenter.isLineBreak(scalars[$0]) })
        #expect(texts(sentences, scalars).contains("第一章　总则"))
    }

    @Test func longParagraphsAreChunkedWithoutChangingSentences() {
        let sentence = "推动上海网络安全产业创新升级，加快形成辐射服务全国的能级水平。"
        let text = String(repeating: sentence, count: 200)
        let scalars = Array(text.unicodeScalars)
        let small = Segmenter(chunkLength: 100)
        let chunked = small.sentences(in: scalars)
        #expect(chunked == segmenter.sentences(in: scalars))
        #expect(chunked.count == 200)
        #expect(small.words(in: scalars) == segmenter.words(in: scalars))
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func manyTasksSegmentAtOnce() async throws {
        let decoded = try TextDecoder.decode(try Corpus.bytes("seeds/002_7023b17c9d3b74e5.txt"))
        let scalars = decoded.scalars.array
        let expectedSentences = segmenter.sentences(in: scalars)
        let expectedWords = segmenter.words(in: scalars)
        #expect(!expectedWords.isEmpty)
        let shared = segmenter
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for i in 0..<16 {
                group.addTask {
                    i % 2 == 0 ? shared.sentences(in: scalars) == expectedSentences : shared.words(in: scalars) == expectedWords
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 })
    }
}
