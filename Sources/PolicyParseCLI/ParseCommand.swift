import ArgumentParser
import Foundation
import PolicyParse

/// What `policyparse FILE` prints.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// The contract's JSON, pretty.
    case json
    /// The contract's JSON on one line.
    case jsonl
    /// An indented outline: marker and heading per line.
    case outline
    /// A nested Markdown list.
    case markdown
    /// The cleaned text the outline is read from (for checking the cleaner).
    case clean
}

/// `policyparse [parse] FILE`: one document to JSON (or an outline) on standard output.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one document and print its task tree.",
        discussion: "Numbering oddities are printed to standard error as file:line:col: warning: …"
    )

    @Argument(help: "The document to parse (.txt, .md, .html), or - for standard input.")
    var file: String

    @Flag(name: .customLong("json"), help: "Print pretty JSON (the default).")
    var jsonFlag = false

    @Flag(name: .customLong("jsonl"), help: "Print JSON on one line.")
    var jsonlFlag = false

    @Option(help: "Output format.")
    var format: OutputFormat?

    @OptionGroup var decoding: DecodingFlags

    @OptionGroup var departmentFlags: DepartmentFlags

    @Flag(name: .shortAndLong, help: "Do not print warnings about the numbering.")
    var quiet = false

    func validate() throws {
        let chosen = [jsonFlag, jsonlFlag, format != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError("Choose one of --json, --jsonl and --format.") }
    }

    /// The format the flags ask for.
    var resolvedFormat: OutputFormat {
        if jsonlFlag { return .jsonl }
        return format ?? .json
    }

    func run() throws {
        let options = try departmentFlags.applied(to: decoding.parseOptions)
        let document: Document
        do {
            document = try PolicyParser.parse(contentsOf: file, options: options)
        } catch {
            StandardStreams.errorLine(error.description)
            try StandardStreams.finish()
            throw ExitCodes.inputFailed
        }
        let name = file == "-" ? "<stdin>" : file
        var shownDocument = document
        if file == "-" { shownDocument.source = nil }
        do {
            switch resolvedFormat {
            // Streamed through the writer: the output is never whole in memory.
            case .json:
                try DocumentSink(StandardStreams.output, format: .json).write(shownDocument)
            case .jsonl:
                try DocumentSink(StandardStreams.output, format: .jsonLines).write(shownDocument)
            case .outline:
                try DocumentSink(StandardStreams.output, format: .outline).write(shownDocument)
            case .markdown:
                try DocumentSink(StandardStreams.output, format: .markdown).write(shownDocument)
            case .clean:
                try StandardStreams.out(try Self.cleanText(of: file, options: decoding.parseOptions))
            }
            try StandardStreams.output.flush()
        } catch let error as OutputError {
            throw StandardStreams.outputFailed(error)
        }
        if !quiet {
            // All warnings in one write to the unbuffered standard error.
            var warnings = ""
            for d in document.diagnostics {
                warnings += "\(name):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message)\n"
            }
            if !warnings.isEmpty { StandardStreams.errorText(warnings) }
        }
        try StandardStreams.finish()
    }

    /// The cleaned text of the file, with a final newline.
    static func cleanText(of file: String, options: ParseOptions) throws -> String {
        do {
            let decoded = try TextDecoder.decode(try InputFile.read(file, limit: options.maxInputBytes), encoding: options.encoding)
            return Cleaner.clean(decoded).string + "\n"
        } catch {
            StandardStreams.errorLine(error.naming(file).description)
            try StandardStreams.finish()
            throw ExitCodes.inputFailed
        }
    }
}
