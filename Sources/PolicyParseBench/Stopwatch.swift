import Foundation

/// Wall-clock and this thread's CPU time, in seconds, from `clock_gettime`.
struct Stopwatch {
    private let wallStart: Double
    private let cpuStart: Double

    /// Starts timing now.
    init() {
        wallStart = Self.now(CLOCK_MONOTONIC)
        cpuStart = Self.now(CLOCK_THREAD_CPUTIME_ID)
    }

    /// Seconds of wall-clock time since the start.
    var wall: Double { Self.now(CLOCK_MONOTONIC) - wallStart }
    /// Seconds of this thread's CPU time since the start.
    var cpu: Double { Self.now(CLOCK_THREAD_CPUTIME_ID) - cpuStart }

    private static func now(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
