import Foundation
import Testing
import PolicyParse
@testable import PolicyParseReuse

/// The three local versions of the fixture central plan, each written to exercise one kind of reuse.
@Suite struct ReuseFixtureTests {
    @Test func mostlyCopiedVersionIsCopiedTaskByTask() throws {
        let a = try ReuseFixtures.alignment("local-copied.txt")
        // Every central task is taken up; the one added task is new.
        #expect(a.summary.centralTasks == 10)
        #expect(a.summary.centralTasksTakenUp == 10)
        #expect(a.unmatchedCentral.isEmpty)
        #expect(a.task("二.（七）")?.label == .new)
        for path in ["一", "二.（一）", "二.（二）", "二.（三）", "二.（四）", "二.（五）", "二.（六）", "三.（一）", "三.（二）", "三.（三）"] {
            let task = try #require(a.task(path))
            #expect(task.label == .copied, "\(path)")
            #expect(task.matches.first?.path == path, "\(path) should come from the central \(path)")
        }
        // New numbers and departments do not hide the copy, and are listed as changes.
        let goals = try #require(a.task("一"))
        #expect(goals.changes.contains { $0.kind == "year" && $0.change == "changed" && $0.central == "到2025年" && $0.local == "到2023年" })
        #expect(goals.changes.contains { $0.kind == "amount" && $0.central == "超过250亿元" && $0.local == "超过30亿元" })
        let machines = try #require(a.task("二.（三）"))
        #expect(machines.changes.contains { $0.kind == "department" && $0.change == "changed" && $0.central == "财政部" && $0.local == "省财政厅" })
        #expect(machines.changes.contains { $0.kind == "amount" && $0.central == "不少于20亿元" && $0.local == "不少于2亿元" })
        // The amount's spans point at the text in each source.
        let change = try #require(machines.changes.first { $0.kind == "amount" })
        let local = try String(contentsOf: ReuseFixtures.folder.appendingPathComponent("local-copied.txt"), encoding: .utf8)
        let span = try #require(change.localSpan)
        #expect(String(String.UnicodeScalarView(Array(local.unicodeScalars)[span.range])) == "不少于2亿元")
    }

    @Test func adaptedVersionHasMergedSplitAndReorderedTasks() throws {
        let a = try ReuseFixtures.alignment("local-adapted.txt")
        // Reordered: the local first task is the central fourth.
        #expect(a.task("二.（一）")?.label == .adapted)
        #expect(a.task("二.（一）")?.matches.first?.path == "二.（四）")
        // Merged: the data platform and the standards, two central tasks in one.
        let merged = try #require(a.task("二.（二）"))
        #expect(merged.label == .adapted)
        #expect(Set(merged.matches.map(\.path)) == ["二.（一）", "二.（六）"])
        // Split: the central machinery task in two local tasks, both naming it.
        #expect(a.task("二.（三）")?.matches.map(\.path) == ["二.（三）"])
        #expect(a.task("二.（四）")?.matches.map(\.path) == ["二.（三）"])
        // The amount moved to the second part: changed there, not removed from the first.
        #expect(a.task("二.（四）")?.changes.contains { $0.kind == "amount" && $0.change == "changed" && $0.local == "不少于3000万元" } == true)
        #expect(a.task("二.（三）")?.changes.contains { $0.kind == "amount" } == false)
        // Reworded with the same name.
        #expect(a.task("二.（五）")?.label == .adapted)
        #expect(a.task("二.（五）")?.matches.first?.path == "二.（二）")
        // The local plan's own task.
        #expect(a.task("三.（二）")?.label == .new)
        #expect(Set(a.unmatchedCentral.map(\.path)) == ["二.（五）", "三.（二）", "三.（三）"])
    }

    @Test func mostlyNewVersionIsMostlyNew() throws {
        let a = try ReuseFixtures.alignment("local-new.txt")
        let tasks = a.tasks.filter { $0.kind == "task" }
        #expect(tasks.filter { $0.label == .new }.count == tasks.count - 1)
        #expect(a.task("三.（一）")?.label == .adapted)
        #expect(a.summary.takenUpShare < 0.2)
    }

    @Test func scoresAreInUnitRangeAndMatchesBestFirst() throws {
        for name in ReuseGoldenTests.locals {
            for task in try ReuseFixtures.alignment(name).tasks {
                #expect(task.score >= 0 && task.score <= 1)
                #expect((task.label == .new) == task.matches.isEmpty)
                for match in task.matches {
                    #expect(match.score >= 0 && match.score <= 1 && match.localCoverage <= 1 && match.centralCoverage <= 1)
                }
            }
        }
    }

    @Test func aDocumentAlignedWithItselfIsCopiedThroughout() throws {
        let central = try ReuseFixtures.document("central.txt")
        let a = ReuseAligner().align(central: central, local: central)
        #expect(a.tasks.allSatisfy { $0.label == .copied })
        #expect(a.tasks.allSatisfy { $0.matches.first?.path == $0.path })
        #expect(a.summary.takenUpShare == 1)
    }
}
