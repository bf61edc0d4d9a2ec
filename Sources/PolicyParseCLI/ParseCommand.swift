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

    @Option(help: "Decode the input from this encoding instead of detecting it (GB18030, UTF-16LE, …).")
    var encoding: String?

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
        let options = ParseOptions(encoding: encoding)
        let document: Document
        do {
            document = try PolicyParser.parse(contentsOf: file, options: options)
        } catch {
            StandardStreams.errorLine(error.description)
            throw ExitCodes.inputFailed
        }
        let name = file == "-" ? "<stdin>" : file
        var shownDocument = document
        if file == "-" { shownDocument.source = nil }
        // Every format is streamed through a 64 KiB buffer: the output is never whole in memory.
        do {
            switch resolvedFormat {
            case .json, .jsonl:
                try JSONWriter.write(shownDocument, pretty: resolvedFormat == .json, newline: true, to: StandardStreams.write)
            case .outline:
                try OutlineFormatter.write(shownDocument, to: StandardStreams.write)
            case .markdown:
                try MarkdownFormatter.write(shownDocument, to: StandardStreams.write)
            case .clean:
                let text = try Self.cleanText(of: file, encoding: encoding)
                var utf8 = text
                try utf8.withUTF8 { try StandardStreams.write($0) }
            }
        } catch let failure as StandardStreams.OutputFailure {
            StandardStreams.errorLine("policyparse: error: cannot write to standard output: \(failure.reason)")
            throw ExitCodes.outputFailed
        }
        if !quiet {
            StandardStreams.errorLines(document.diagnostics.map { d in
                "\(name):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message)"
            })
        }
    }

    /// The cleaned text of the file, with a final newline.
    static func cleanText(of file: String, encoding: String?) throws -> String {
        do {
            let decoded = try TextDecoder.decode(try InputFile.read(file), encoding: encoding)
            return Cleaner.clean(decoded).string + "\n"
        } catch {
            StandardStreams.errorLine(error.naming(file).description)
            throw ExitCodes.inputFailed
        }
    }
}
