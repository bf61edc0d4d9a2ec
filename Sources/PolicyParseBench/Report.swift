import Foundation

/// Prints the benchmark's tables.
enum Report {
    /// Budget checks collected from every part, printed at the end.
    nonisolated(unsafe) static var checks: [BudgetCheck] = []

    /// Prints a section heading.
    static func section(_ title: String) {
        print("\n== \(title) ==")
        flush()
    }

    /// Prints one line and flushes, so progress shows while the next part runs.
    static func line(_ text: String) {
        print(text)
        flush()
    }

    /// Records a budget check and prints it at once.
    static func check(_ check: BudgetCheck) {
        checks.append(check)
        line("  -> \(check.figure): \(check.value)  (budget \(check.budget))  \(check.verdict)")
    }

    /// Prints every budget check as one table.
    static func printBudget() {
        section("Budget")
        let widths = [
            max(6, checks.map(\.figure.count).max() ?? 0),
            max(5, checks.map(\.value.count).max() ?? 0),
            max(6, checks.map(\.budget.count).max() ?? 0),
        ]
        line(pad("figure", widths[0]) + "  " + pad("value", widths[1], right: true) + "  " + pad("budget", widths[2]) + "  result")
        for c in checks {
            line(pad(c.figure, widths[0]) + "  " + pad(c.value, widths[1], right: true) + "  " + pad(c.budget, widths[2]) + "  " + c.verdict)
        }
        let failed = checks.filter { $0.pass == false }.count
        let skipped = checks.filter { $0.pass == nil }.count
        line("\(checks.count - failed - skipped) passed, \(failed) failed, \(skipped) skipped")
    }

    /// `text` padded with spaces to `width` characters.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }

    /// A number with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int = 1) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "-"
    }

    /// Megabytes (10^6 bytes) with one decimal.
    static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6) + " MB" }

    private static func flush() { fflush(nil) }
}
