import ArgumentParser

/// The documented exit codes (Docs/CLI.md, Docs/Batch.md).
enum ExitCodes {
    /// Everything converted (batch: converted or skipped).
    static let success = ExitCode.success
    /// An input could not be read or decoded; in a batch, at least one file failed.
    static let inputFailed = ExitCode(1)
    /// A usage error: ArgumentParser's validation failure (EX_USAGE).
    static let usage = ExitCode.validationFailure
    /// Output could not be written.
    static let outputFailed = ExitCode(74)
}
