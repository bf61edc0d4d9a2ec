import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseBatch

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
    /// One of the batch's analyst tables (`--table`), UTF-8 with a byte order mark.
    case csv
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

    @Option(help: ArgumentHelp("With --format csv: the table to print, as `batch --csv` writes it (Docs/Batch.md).", valueName: "table"))
    var table: CSVSink.Table?

    @OptionGroup var decoding: DecodingFlags

    @OptionGroup var departmentFlags: DepartmentFlags

    @Flag(name: .shortAndLong, help: "Do not print warnings about the numbering.")
    var quiet = false

    func validate() throws {
        let chosen = [jsonFlag, jsonlFlag, format != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError("Choose one of --json, --jsonl and --format.") }
        if table != nil && format != .csv { throw ValidationError("--table goes with --format csv.") }
    }

    /// The format the flags ask for.
    var resolvedFormat: OutputFormat {
        if jsonlFlag { return .jsonl }
        return format ?? .json
    }

    func run() throws {
        let options = try departmentFlags.applied(to: decoding.parseOptions)
        let document: Document
        let cleanText: String?
        do {
            (document, cleanText) = try Self.parse(file, options: options, keepingCleanText: resolvedFormat == .clean)
        } catch {
            StandardStreams.errorLine(error.description)
            try StandardStreams.finish()
            throw ExitCodes.inputFailed
        }
        let name = file == "-" ? "<stdin>" : file
        var shownDocument = document
        if file == "-" { shownDocument.source = nil }
        do throws(OutputError) {
            switch resolvedFormat {
            // Streamed through the writer: the output is never whole in memory.
            case .json:
                try FormatSink(StandardStreams.output, format: .json).write(shownDocument)
            case .jsonl:
                try FormatSink(StandardStreams.output, format: .jsonLines).write(shownDocument)
            case .outline:
                try FormatSink(StandardStreams.output, format: .outline).write(shownDocument)
            case .markdown:
                try FormatSink(StandardStreams.output, format: .markdown).write(shownDocument)
            case .csv:
                // The bytes `batch FILE --csv DIR` writes to DIR/<table>.csv: the document's id is its file name.
                let sink = CSVSink(table ?? .tasks, to: StandardStreams.output)
                try sink.writeHeaders()
                try sink.write(shownDocument, id: file == "-" ? "-" : InputDiscovery.lastComponent(file))
            case .clean:
                try StandardStreams.out(cleanText ?? "")
                try StandardStreams.out([0x0A])
            }
            try StandardStreams.output.flush()
        } catch {
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

    /// Reads, decodes, cleans and parses `file` once; with `keepingCleanText`, also returns the clean
    /// text the parse read (`--format clean`). The decoded and clean text are released on return,
    /// so they are not held while the document is written.
    static func parse(_ file: String, options: ParseOptions, keepingCleanText: Bool) throws(PolicyParseError) -> (Document, String?) {
        let decoded = try PolicyParser.decode(contentsOf: file, options: options)
        guard keepingCleanText else { return (PolicyParser.parse(decoded, source: file, options: options), nil) }
        let clean = Cleaner.clean(decoded)
        return (PolicyParser.parse(decoded, clean: clean, source: file, options: options), clean.string)
    }
}

extension CSVSink.Table: ExpressibleByArgument {}
