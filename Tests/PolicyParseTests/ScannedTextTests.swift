import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// The value-span invariant compares what the extractor read with the source, not the document's
/// `text` (which is `source[span]` by construction).
@Suite struct ScannedTextTests {
    @Test func entityAndWrapInsideAMentionStillMatch() throws {
        let html = "<html><body><p>（一）投入超过&nbsp;250亿元，比重达到<b>25</b>%。</p><p>到2025\n年完成。</p></body></html>"
        let decoded = DecodedText(html)
        let clean = Cleaner.clean(decoded)
        let tree = TreeBuilder.build(OutlineTokenizer.tokens(in: clean), in: clean)
        let (document, scans) = DocumentAssembler(decoded: decoded, clean: clean).assembleRecordingScans(tree, source: nil)
        // The clean text has no entity (and no space where `&nbsp;` stood between 超过 and the figure).
        #expect(scans.contains { $0.text.hasPrefix("超过") && $0.text.hasSuffix("250亿元") && !$0.text.contains("&") })
        // The scanned text differs from the surface form the document keeps, which has the entity.
        let amount = try #require(document.children.first?.amounts.first)
        #expect(amount.text == "超过&nbsp;250亿元")
        #expect(InvariantCheck.scanViolations(decoded, parsed: document) == [])
    }
}
