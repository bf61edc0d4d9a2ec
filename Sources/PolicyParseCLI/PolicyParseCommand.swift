import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseBatch

/// `policyparse`: the command-line front end of the library.
@main
struct PolicyParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policyparse",
        abstract: "Turn Chinese policy documents into structured task trees.",
        discussion: """
        Exit codes: 0 success; 1 an input could not be read or decoded (batch: some files \
        failed); 64 usage error. See Docs/CLI.md.
        """,
        subcommands: [ParseCommand.self, SegmentCommand.self, BatchCommand.self, CompareCommand.self],
        defaultSubcommand: ParseCommand.self
    )
}
