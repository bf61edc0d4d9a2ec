import Testing
@testable import PolicyParse

/// The one numeral reader, pinned by one table per mode: what outline markers read as ordinals and
/// what values read as numbers.
@Suite struct ChineseNumeralTests {
    /// Text, the ordinal read at its start (nil: none), and where it ends.
    @Test(arguments: [
        ("一、", 1, 1), ("十、", 10, 1), ("十二、", 12, 2), ("二十三条", 23, 3), ("一百零三", 103, 4),
        ("九百九十九", 999, 5), ("〇", nil, 0), ("零", nil, 0), ("二〇二三", nil, 0), ("百", nil, 0),
        ("两", nil, 0), ("○", nil, 0), ("千", nil, 0), ("万", nil, 0), ("三千", 3, 1), ("十百", nil, 0),
        ("一千", 1, 1),
    ] as [(String, Int?, Int)])
    func ordinalMode(_ text: String, _ value: Int?, _ end: Int) {
        let s = Array(text.unicodeScalars)
        let read = ChineseNumeral.readOrdinal(s, at: 0, limit: s.count)
        #expect(read?.value == value, "\(text)")
        if value != nil { #expect(read?.end == end, "\(text)") }
    }

    /// `第二十三条`: the ordinal after 第, as the marker recogniser reads it.
    @Test func ordinalAfterDi() {
        let s = Array("第二十三条".unicodeScalars)
        #expect(ChineseNumeral.readOrdinal(s, at: 1, limit: s.count).map { [$0.value, $0.end] } == [23, 4])
    }

    @Test func arabicOrdinals() {
        for (text, value) in [("1", 1), ("12", 12), ("１２", 12), ("999", 999)] as [(String, Int)] {
            let s = Array(text.unicodeScalars)
            #expect(ChineseNumeral.readArabic(s, at: 0, limit: s.count)?.value == value, "\(text)")
        }
        let long = Array("1000".unicodeScalars)
        #expect(ChineseNumeral.readArabic(long, at: 0, limit: long.count) == nil)
    }

    /// Text, the value read at its start (nil: none), how many characters, and whether digit by digit.
    @Test(arguments: [
        ("三千五百", 3500, 4, false), ("两", 2, 1, false), ("两万", 20000, 2, false), ("〇", 0, 1, false),
        ("○", 0, 1, false), ("百", 100, 1, false), ("十", 10, 1, false), ("二十五", 25, 3, false),
        ("二〇二三", 2023, 4, true), ("一二", 12, 2, true), ("两二", 2, 1, false), ("三千万", 30_000_000, 3, false),
        ("百亿", 10_000_000_000, 2, false), ("一万零五", 10005, 4, false), ("千瓦", nil, 0, false),
        ("五百分之", 5, 1, false), ("五千字", 5000, 2, false), ("亿", 100_000_000, 1, false), ("个", nil, 0, false),
    ] as [(String, UInt64?, Int, Bool)])
    func valueMode(_ text: String, _ value: UInt64?, _ length: Int, _ digitByDigit: Bool) {
        let s = Array(text.unicodeScalars)
        let read = ChineseNumeral.readValue(s, at: 0, limit: s.count)
        #expect(read?.significand == value, "\(text)")
        if value != nil {
            #expect(read?.end == length, "\(text)")
            #expect(read?.digitByDigit == digitByDigit, "\(text)")
        }
    }

    @Test func valueOverflowIsFlagged() {
        let s = Array("九千九百九十九亿亿亿".unicodeScalars)
        let read = ChineseNumeral.readValue(s, at: 0, limit: s.count)
        #expect(read?.overflow == true)
    }

    /// The characters of each mode: 两 and ○ are value digits only; 千万亿 are value place words only.
    @Test func characterSets() {
        for c in "〇零一二三四五六七八九十百".unicodeScalars {
            #expect(ChineseNumeral.isOrdinalCharacter(c), "\(c)")
            #expect(ChineseNumeral.isValueCharacter(c), "\(c)")
        }
        for c in "两○千万亿".unicodeScalars {
            #expect(!ChineseNumeral.isOrdinalCharacter(c), "\(c)")
            #expect(ChineseNumeral.isValueCharacter(c), "\(c)")
        }
        for c in "个第年、1".unicodeScalars {
            #expect(!ChineseNumeral.isValueCharacter(c), "\(c)")
        }
    }
}
