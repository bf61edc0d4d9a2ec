import Foundation

/// The progress line on a terminal's standard error: files done/total, MB/s, ETA, failures,
/// redrawn in place at most ten times a second.
struct ProgressLine {
    private let total: Int
    private let totalBytes: Int
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var shown = false

    /// Creates a line for `total` files of `totalBytes` bytes.
    init(total: Int, totalBytes: Int) {
        self.total = total
        self.totalBytes = totalBytes
    }

    /// Redraws if a tenth of a second has passed since the last draw.
    mutating func update(done: Int, bytes: Int, failed: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw >= 100_000_000 else { return }
        lastDraw = now
        let seconds = Double(now - start) / 1e9
        let rate = seconds > 0 ? Double(bytes) / seconds : 0
        var line = "\(done)/\(total) files  \(String(format: "%.1f", rate / 1e6)) MB/s"
        if rate > 0, done < total {
            let remaining = Double(max(0, totalBytes - bytes)) / rate
            line += "  ETA \(Self.clock(remaining))"
        }
        if failed > 0 { line += "  \(failed) failed" }
        StandardStreams.errorText("\r\u{1B}[K" + line)
        shown = true
    }

    /// Erases the line.
    mutating func clear() {
        guard shown else { return }
        StandardStreams.errorText("\r\u{1B}[K")
        shown = false
    }

    /// `m:ss` or `h:mm:ss`.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
