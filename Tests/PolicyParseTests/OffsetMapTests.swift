import Testing
@testable import PolicyParse

@Suite struct OffsetMapTests {
    @Test func identityRunsMergeAndReplacementsStandAlone() {
        var map = OffsetMap()
        map.appendIdentity(source: 0..<3)       // "abc"
        map.appendIdentity(source: 3..<5)       // "de" continues the run
        map.appendReplacement(source: 5..<10)   // "&amp;" -> "&"
        map.appendIdentity(source: 14..<16)     // after a dropped tag
        map.sourceCount = 16
        #expect(map.runCount == 3)
        #expect(map.cleanCount == 8)
        #expect(map.sourceStart(of: 4) == 4)
        #expect(map.sourceStart(of: 5) == 5)
        #expect(map.sourceSpan(of: 5..<6) == Span(5, 10))
        #expect(map.sourceSpan(of: 4..<7) == Span(4, 15))
        #expect(map.sourceStart(of: 8) == 16)
        #expect(map.sourceSpan(of: 2..<2) == Span(2, 2))
    }

    @Test func cursorAgreesWithBinarySearchForwardAndBackward() {
        var map = OffsetMap()
        var source = 0
        for i in 0..<500 {
            if i % 3 == 0 {
                map.appendReplacement(source: source..<(source + 4))
                source += 4
            } else {
                map.appendIdentity(source: source..<(source + 7))
                source += 9
            }
        }
        map.sourceCount = source
        var cursor = OffsetMap.Cursor(map)
        let queries = Array(0..<map.cleanCount) + Array((0..<map.cleanCount).reversed()) + [17, 900, 3, 1200, 40]
        for q in queries {
            #expect(cursor.sourceStart(of: q) == map.sourceStart(of: q))
        }
    }
}
