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

    @Option(help: ArgumentHelp("Read department aliases (name<TAB>canonical[<TAB>jurisdiction]) from FILE.", valueName: "aliases.tsv"))
    var departments: String?

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
        var options = ParseOptions(encoding: encoding)
        if let departments {
            do {
                options.departmentAliases = try DepartmentAlias.load(contentsOf: departments)
            } catch {
                StandardStreams.errorLine(error.description)
                throw ExitCodes.usage
            }
        }
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
        switch resolvedFormat {
        case .json:
            StandardStreams.out(JSONWriter.encode(shownDocument, pretty: true) + [0x0A])
        case .jsonl:
            StandardStreams.out(JSONWriter.encode(shownDocument, pretty: false) + [0x0A])
        case .outline:
            StandardStreams.out(OutlineFormatter.render(shownDocument))
        case .markdown:
            StandardStreams.out(MarkdownFormatter.render(shownDocument))
        case .clean:
            StandardStreams.out(try Self.cleanText(of: file, encoding: encoding))
        }
        if !quiet {
            for d in document.diagnostics {
                StandardStreams.errorLine("\(name):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message)")
            }
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
