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

/// One timed run: wall-clock and CPU seconds.
struct Timing {
    /// Wall-clock seconds.
    var wall: Double
    /// CPU seconds of the measuring thread.
    var cpu: Double

    /// Runs `body` `repetitions` times and keeps the fastest run (by wall-clock time).
    static func best(of repetitions: Int, _ body: () -> Void) -> Timing {
        var best = Timing(wall: .infinity, cpu: .infinity)
        for _ in 0..<max(1, repetitions) {
            let watch = Stopwatch()
            body()
            let run = Timing(wall: watch.wall, cpu: watch.cpu)
            if run.wall < best.wall { best = run }
        }
        return best
    }
}

/// A sink the optimiser cannot see through, so measured work is never dropped.
enum Sink {
    nonisolated(unsafe) private static var total = 0

    /// Adds `value` to a running total that is printed at the end.
    @inline(never)
    static func consume(_ value: Int) { total &+= value }

    /// The running total (printed so the work counts).
    static var checksum: Int { total }
}
