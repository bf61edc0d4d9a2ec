import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseReport

/// `policyparse report FILE -o plan.html`: one self-contained HTML page with the outline, the
/// source text with every finding highlighted, the tasks and the diagnostics (Docs/Report.md).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: a document with its findings highlighted.",
        discussion: """
        One file, inline CSS and script, no external resources; it reads with JavaScript off. \
        Exit codes: 0 written; 1 the input could not be read or decoded; 64 usage error; \
        74 the output could not be written. See Docs/Report.md.
        """
    )

    @Argument(help: "The document to report on (.txt, .md, .html), or - for standard input.")
    var file: String

    @Option(name: .shortAndLong, help: "The HTML file to write (- for standard output).")
    var output: String = "-"

    @Option(help: "Decode the input from this encoding instead of detecting it (GB18030, UTF-16LE, …).")
    var encoding: String?

    func run() throws {
        let report: DocumentReport
        do {
            let bytes = try InputFile.read(file)
            report = try DocumentReport(bytes: bytes, source: file == "-" ? nil : file, options: ParseOptions(encoding: encoding))
        } catch {
            StandardStreams.errorLine(error.naming(file).description)
            throw ExitCodes.inputFailed
        }
        try Self.write(to: output) { (out: inout HTMLStream) throws(ReportError) in try report.write(to: &out) }
    }

    /// Opens `path`, lets `body` write the page, and commits it; an output error is one line on
    /// standard error and exit 74, and leaves no partial file.
    static func write(to path: String, _ body: (inout HTMLStream) throws(ReportError) -> Void) throws {
        do throws(ReportError) {
            let destination = try ReportOutput(path)
            var stream = destination.stream()
            do throws(ReportError) {
                try body(&stream)
                try destination.commit()
            } catch {
                destination.discard()
                throw error
            }
        } catch {
            StandardStreams.errorLine(error.description)
            throw ExitCodes.outputFailed
        }
    }
}
