import Foundation
import Testing

/// Golden files: expected output kept beside the fixtures, compared byte for byte.
///
/// `POLICYPARSE_UPDATE_GOLDEN=1 swift test` rewrites every golden file it reaches and fails each
/// test with "recorded new baseline", so an update never passes silently: review the diff
/// (`git diff Fixtures/`), then run again without the variable. A mismatch prints a line diff.
enum Golden {
    /// Whether this run rewrites the golden files.
    static let updating = ProcessInfo.processInfo.environment["POLICYPARSE_UPDATE_GOLDEN"] == "1"

    /// Compares `actual` with the file at `golden` (or records it in update mode).
    static func check(_ actual: [UInt8], against golden: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let name = golden.lastPathComponent
        if updating {
            try Data(actual).write(to: golden)
            Issue.record("recorded new baseline \(name); review `git diff Fixtures/` and run again without POLICYPARSE_UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? [UInt8](Data(contentsOf: golden)) else {
            Issue.record("no golden file \(name); record it with POLICYPARSE_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let diff = lineDiff(expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self))
        Issue.record("""
            output differs from \(name) (- golden, + now); if the change is intended, rerun with POLICYPARSE_UPDATE_GOLDEN=1 and review the diff
            \(diff)
            """, sourceLocation: sourceLocation)
    }

    /// A line diff of two texts: `-` lines only in `expected`, `+` lines only in `actual`, two lines
    /// of context around each change, `@@ line N` before each hunk; at most `limit` lines.
    static func lineDiff(expected: String, actual: String, limit: Int = 60) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        // The common head and tail are skipped, so the table below covers only the changed middle.
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)])
        let b = Array(new[head..<(new.count - tail)])
        var edits: [Edit] = []
        if a.count * b.count <= 4_000_000 {
            // Longest common subsequence, then a walk that emits the edit script.
            var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    edits.append(Edit(mark: " ", line: a[i], oldIndex: head + i)); i += 1; j += 1
                } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                    edits.append(Edit(mark: "-", line: a[i], oldIndex: head + i)); i += 1
                } else {
                    edits.append(Edit(mark: "+", line: b[j], oldIndex: head + i)); j += 1
                }
            }
        } else {
            edits = a.indices.map { Edit(mark: "-", line: a[$0], oldIndex: head + $0) }
                + b.map { Edit(mark: "+", line: $0, oldIndex: head + a.count) }
        }
        // Context: the two lines before the first change and after the last, from the common parts.
        let before = (max(0, head - 2)..<head).map { Edit(mark: " ", line: old[$0], oldIndex: $0) }
        let after = ((old.count - tail)..<min(old.count, old.count - tail + 2)).map { Edit(mark: " ", line: old[$0], oldIndex: $0) }
        let all = before + edits + after
        var lines: [String] = []
        var lastShown = -2
        for k in all.indices {
            let near = all[max(0, k - 2)...min(all.count - 1, k + 2)].contains { $0.mark != " " }
            guard near else { continue }
            if k != lastShown + 1 { lines.append("@@ line \(all[k].oldIndex + 1)") }
            lastShown = k
            lines.append("\(all[k].mark) \(all[k].line)")
        }
        if lines.count > limit { lines = Array(lines.prefix(limit)) + ["… (\(lines.count - limit) more lines)"] }
        return lines.joined(separator: "\n")
    }

    /// One line of a diff: kept (` `), removed (`-`) or added (`+`), and where it stood in the golden file.
    private struct Edit {
        var mark: Character
        var line: Substring
        var oldIndex: Int
    }
}
