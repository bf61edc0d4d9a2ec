import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseBatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `policyparse`: the command-line front end of the library.
@main
struct PolicyParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policyparse",
        abstract: "Turn Chinese policy documents into structured task trees (version \(PolicyParseCommand.version)).",
        discussion: """
        Exit codes: 0 success; 1 an input could not be read or decoded (batch: some files \
        failed); 64 usage error; 74 an output could not be written. See Docs/CLI.md.
        """,
        version: PolicyParseCommand.version,
        subcommands: [ParseCommand.self, SegmentCommand.self, BatchCommand.self, ReportCommand.self, IndexCommand.self, QueryCommand.self, CompareCommand.self, ReuseCommand.self],
        defaultSubcommand: ParseCommand.self
    )

    /// The version `--version` prints.
    static let version = "0.9.0"

    /// Ignores SIGPIPE, so a closed pipe is an `EPIPE` output error (one line, exit 74) that lets a
    /// batch remove its staged files, instead of a silent death by signal; then runs the command.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
