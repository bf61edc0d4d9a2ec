import Foundation
import Testing
import PolicyParse
@testable import PolicyParseReuse

/// The real pair in the shared corpus (MANIFEST: 033 is the Shanghai municipal plan, 034 the
/// Fengxian district plan that implements it). Expected alignments were checked by reading both.
@Suite(.enabled(if: ReuseFixtures.corpusPresent, ReuseFixtures.skipReason))
struct RealPairTests {
    static func alignment() throws -> ReuseAlignment {
        ReuseAligner().align(central: try ReuseFixtures.real("033_"), local: try ReuseFixtures.real("034_"))
    }

    @Test func copiedParagraphsAreCopied() throws {
        let a = try Self.alignment()
        // 034 copies the guiding paragraph, two principles and the financing task nearly word for word.
        for (local, central) in [("一", "一"), ("二.(一)", "二.（一）"), ("二.(三)", "二.（三）"), ("五.(二).4", "四.（二）.4")] {
            let task = try #require(a.task(local))
            #expect(task.label == .copied, "\(local)")
            #expect(task.matches.first?.path == central, "\(local) comes from \(central)")
        }
        // Its departments are localised: 市发展改革委 → 区发展改革委.
        let financing = try #require(a.task("五.(二).4"))
        #expect(financing.changes.contains { $0.kind == "department" && $0.change == "changed" && $0.central == "市发展改革委" && $0.local == "区发展改革委" })
    }

    @Test func rewrittenTasksAreAdaptedFromTheRightCentralTask() throws {
        let a = try Self.alignment()
        for (local, central) in [("二.(二)", "二.（二）"), ("五.(一).1", "四.（一）.2"), ("五.(一).2.(2)", "四.（一）.3"),
                                 ("五.(一).2.(3)", "四.（一）.4"), ("五.(二).3", "四.（二）.3"), ("五.(三).1", "四.（三）.1"),
                                 ("五.(三).3", "四.（三）.2"), ("五.(三).4", "四.（三）.4"), ("六.(一)", "五.（一）"), ("六.(三)", "五.（四）")] {
            let task = try #require(a.task(local))
            #expect(task.label == .adapted, "\(local)")
            #expect(task.matches.first?.path == central, "\(local) comes from \(central)")
        }
        // 三、工作目标 is one paragraph pair in 033 and four items in 034: a split, each part naming it.
        for part in ["三.(一)", "三.(二)", "三.(三)", "三.(四)"] {
            #expect(a.task(part)?.label == .adapted, "\(part)")
            #expect(a.task(part)?.matches.first?.path == "三", "\(part)")
        }
        // Headings kept word for word.
        #expect(a.task("五.(一)")?.label == .copied)
        #expect(a.task("五.(一)")?.matches.first?.path == "四.（一）")
    }

    @Test func theDistrictsOwnPartsAreNew() throws {
        let a = try Self.alignment()
        // 四、范围定义 (the district's road lengths) and the annexed 路长制 workflow have no central source.
        #expect(a.task("四.(一)")?.label == .new)
        #expect(a.task("四.(二)")?.label == .new)
        for path in ["附件2.六.(二).1", "附件2.六.(二).2", "附件2.六.(三).1", "附件2.六.(四).1", "附件2.六.(五).1"] {
            #expect(a.task(path)?.label == .new, "\(path)")
        }
        // Most central tasks are taken up.
        #expect(a.summary.takenUpShare >= 0.75)
    }
}
