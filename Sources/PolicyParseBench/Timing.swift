/// One timed run: wall-clock and CPU seconds.
struct Timing {
    /// Wall-clock seconds.
    var wall: Double
    /// CPU seconds of the measuring thread.
    var cpu: Double
}
