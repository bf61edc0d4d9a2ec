import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseReuse

/// `policyparse compare CENTRAL LOCAL`: aligns a local plan's tasks to the central plan it implements.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Align a local plan's tasks to the central plan it implements (copied, adapted, new).",
        discussion: "Labels, scores and thresholds are explained in Docs/Reuse.md."
    )

    /// What `compare` prints.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// The alignment as JSON (Docs/Reuse.md).
        case json
        /// A two-column Markdown report.
        case markdown
        /// A self-contained HTML page, the pair side by side with shared passages highlighted.
        case html
    }

    @Argument(help: "The central document (the plan implemented), or - for standard input.")
    var central: String

    @Argument(help: "The local document (the plan implementing it), or - for standard input.")
    var local: String

    @Option(help: "Output format: json, markdown or html.")
    var format: Format = .json

    @OptionGroup var decoding: DecodingFlags

    func validate() throws {
        if central == "-" && local == "-" { throw ValidationError("Only one of CENTRAL and LOCAL can be standard input.") }
    }

    func run() throws {
        let options = decoding.parseOptions
        let documents: (Document, Document)
        do {
            documents = (try PolicyParser.parse(contentsOf: central, options: options),
                         try PolicyParser.parse(contentsOf: local, options: options))
        } catch {
            StandardStreams.errorLine(error.description)
            try StandardStreams.finish(command: "policyparse compare")
            throw ExitCodes.inputFailed
        }
        let alignment = ReuseAligner().align(central: documents.0, local: documents.1)
        do {
            switch format {
            case .json: try StandardStreams.out(ReuseJSON.encode(alignment))
            case .markdown: try StandardStreams.out(ReuseMarkdownFormatter.render(alignment))
            case .html: try StandardStreams.out(ReuseHTMLFormatter.render(alignment))
            }
            try StandardStreams.output.flush()
        } catch {
            throw StandardStreams.outputFailed(error, command: "policyparse compare")
        }
        try StandardStreams.finish(command: "policyparse compare")
    }
}
