/// A sink the optimiser cannot see through, so measured work is never dropped.
enum Sink {
    nonisolated(unsafe) private static var total = 0

    /// Adds `value` to a running total that is printed at the end.
    @inline(never)
    static func consume(_ value: Int) { total &+= value }

    /// The running total (printed so the work counts).
    static var checksum: Int { total }
}
