import ArgumentParser
import Foundation
import PolicyParse

@main
struct PolicyParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policyparse",
        abstract: "Turn Chinese policy documents into structured task trees.",
        subcommands: [ParseCommand.self, SegmentCommand.self],
        defaultSubcommand: ParseCommand.self
    )
}

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Parse one document.")

    @Argument(help: "The document to parse, or - for standard input.")
    var file: String

    @Flag(help: "Print the document as pretty JSON.")
    var json = false

    func run() throws {
        let document = try PolicyParser.parse(contentsOf: file)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(document))
    }
}
