/// One figure held against its budget.
struct BudgetCheck {
    /// What was measured, e.g. `library parse (one core)`.
    var figure: String
    /// The measured value as printed, e.g. `143.2 MB/s`.
    var value: String
    /// The budget as printed, e.g. `>= 100 MB/s`.
    var budget: String
    /// True when met, false when not, nil when the figure could not be taken.
    var pass: Bool?

    /// `PASS`, `FAIL` or `SKIP`.
    var verdict: String { pass.map { $0 ? "PASS" : "FAIL" } ?? "SKIP" }
}
