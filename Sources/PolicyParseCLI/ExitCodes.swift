import ArgumentParser

/// The documented exit codes (Docs/CLI.md).
enum ExitCodes {
    /// An input could not be read or decoded; in a batch, at least one file failed.
    static let inputFailed = ExitCode(1)
    /// Output could not be written.
    static let outputFailed = ExitCode(74)
}
