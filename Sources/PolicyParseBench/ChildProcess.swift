import Foundation

/// Runs a program as a child process and reports how it ended, its wall-clock time and its own
/// peak resident set size (`ru_maxrss` from `wait4`, the child's VmHWM).
enum ChildProcess {
    /// How one run ended.
    struct Outcome {
        /// The exit status, or 128 + signal number when killed by a signal.
        var status: Int32
        /// Wall-clock seconds from spawn to exit.
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakRSS: Int
        /// User plus system CPU seconds.
        var cpuSeconds: Double
    }

    /// Runs `path` with `arguments` through a small launcher (this binary in `--launch` mode) and
    /// returns the launcher's report on its own child; standard output goes to `stdoutPath` and
    /// standard error to `stderrPath` (both default to `/dev/null`).
    ///
    /// Why the launcher: `posix_spawn` starts the child on the parent's address space (vfork), and
    /// at `exec` Linux folds that address space's peak into the child's `ru_maxrss`, so a child of
    /// the benchmark, which holds hundreds of megabytes, would report the benchmark's peak, not its
    /// own. The launcher is small, so its child's `ru_maxrss` is the child's own.
    static func run(_ path: String, _ arguments: [String], stdoutPath: String = "/dev/null",
                    stderrPath: String = "/dev/null", stdinPath: String = "/dev/null") -> Outcome? {
        let report = NSTemporaryDirectory() + "policyparse-bench-launch-\(getpid()).txt"
        defer { unlink(report) }
        guard let launcher = spawn(ownExecutable, ["--launch", report, path] + arguments,
                                   stdoutPath: stdoutPath, stderrPath: stderrPath, stdinPath: stdinPath),
              let text = try? String(contentsOfFile: report, encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 4 else { return launcher.status == 0 ? nil : launcher }
        return Outcome(status: Int32(fields[0]), seconds: fields[1], peakRSS: Int(fields[2]), cpuSeconds: fields[3])
    }

    /// The hidden `--launch REPORT PROGRAM ARGS…` mode: runs the program with this process's
    /// standard streams, writes `status seconds peakRSS cpuSeconds` to REPORT, exits with its status.
    static func launch(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else { return 64 }
        let report = arguments[0]
        guard let outcome = spawn(arguments[1], Array(arguments.dropFirst(2)), stdoutPath: nil, stderrPath: nil, stdinPath: nil) else {
            return 127
        }
        let line = "\(outcome.status) \(outcome.seconds) \(outcome.peakRSS) \(outcome.cpuSeconds)\n"
        try? line.write(toFile: report, atomically: false, encoding: .utf8)
        return outcome.status
    }

    /// `posix_spawn` + `wait4`; nil paths keep this process's standard input, output or error.
    private static func spawn(_ path: String, _ arguments: [String], stdoutPath: String?,
                              stderrPath: String?, stdinPath: String?) -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdinPath { posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0) }
        if let stdoutPath { posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        if let stderrPath { posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let watch = Stopwatch()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return nil }
        }
        let seconds = watch.wall
        // WIFEXITED / WEXITSTATUS / WTERMSIG by hand (they are macros).
        let signal = status & 0x7F
        let exitCode = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        // On Linux ru_maxrss is in kilobytes.
        return Outcome(status: exitCode, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, cpuSeconds: cpu)
    }

    /// The path of the running executable.
    static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
