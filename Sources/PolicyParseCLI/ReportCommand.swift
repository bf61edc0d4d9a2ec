import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseReport
import PolicyParseStore

/// `policyparse report FILE -o plan.html`: one self-contained HTML page with the outline, the
/// source text with every finding highlighted, the tasks and the diagnostics;
/// `policyparse report --db plans.sqlite -o corpus.html`: a dashboard of the corpus database
/// (Docs/Report.md).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: a document with its findings highlighted, or a corpus dashboard.",
        discussion: """
        One file, inline CSS (and for a document a small script), no external resources; it reads \
        with JavaScript off. Exit codes: 0 written; 1 an input or the database could not be read \
        (with --documents-dir: some documents' reports were not written, the rest were); 64 usage \
        error; 74 an output could not be written. See Docs/Report.md.
        """
    )

    @Argument(help: "The document to report on (.txt, .md, .html), or - for standard input.")
    var file: String?

    @Option(help: "A corpus database written by `policyparse index`: write its dashboard instead.")
    var db: String?

    @Option(name: .customLong("documents-dir"), help: "With --db: also write each document's report into this folder and link it.")
    var documentsDir: String?

    @Option(name: .shortAndLong, help: "The HTML file to write (- for standard output).")
    var output: String = "-"

    @Option(help: "Decode the input(s) from this encoding instead of detecting it (GB18030, UTF-16LE, …).")
    var encoding: String?

    func validate() throws {
        if (file == nil) == (db == nil) { throw ValidationError("Give either a FILE or --db DATABASE.") }
        if documentsDir != nil, db == nil { throw ValidationError("--documents-dir goes with --db.") }
        if documentsDir != nil, output == "-" { throw ValidationError("--documents-dir needs -o FILE, so the links have a place to start from.") }
    }

    func run() throws {
        if let db { return try corpus(db) }
        let file = file ?? "-"
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

    /// The dashboard of `db`, and with `--documents-dir` every document's report.
    private func corpus(_ db: String) throws {
        var summary: CorpusSummary
        do {
            let store = try PlanStore(readOnly: db)
            summary = try CorpusFigures.read(from: store, title: URL(fileURLWithPath: db).lastPathComponent)
        } catch {
            StandardStreams.errorLine("policyparse report: error: \(error.description)")
            throw ExitCodes.inputFailed
        }
        var failed = 0
        if let documentsDir {
            let link = RelativePath.from(directory: URL(fileURLWithPath: output).deletingLastPathComponent().path, to: documentsDir)
            for i in summary.documents.indices {
                let document = summary.documents[i]
                let name = Self.reportName(document)
                let report: DocumentReport
                do {
                    report = try DocumentReport(bytes: try InputFile.read(document.path), source: document.path,
                                                options: ParseOptions(encoding: encoding))
                } catch {
                    StandardStreams.errorLine(error.naming(document.path).description + " (no report written)")
                    failed += 1
                    continue
                }
                let path = URL(fileURLWithPath: documentsDir).appendingPathComponent(name).path
                try Self.write(to: path) { (out: inout HTMLStream) throws(ReportError) in try report.write(to: &out) }
                summary.documents[i].report = link.isEmpty ? name : link + "/" + name
            }
        }
        let dashboard = CorpusDashboard(summary: summary)
        try Self.write(to: output) { (out: inout HTMLStream) throws(ReportError) in try dashboard.write(to: &out) }
        if failed > 0 { throw ExitCodes.inputFailed }
    }

    /// `12-action-plan.html`: the document's id (unique) and its file name without the extension.
    static func reportName(_ document: CorpusSummary.DocumentRow) -> String {
        let file = URL(fileURLWithPath: document.path).deletingPathExtension().lastPathComponent
        return "\(document.id)-\(file).html"
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

/// A relative path between two folders, for links from one file to another.
enum RelativePath {
    /// The path from folder `base` to `target` (`../reports`), `""` when they are the same.
    static func from(directory base: String, to target: String) -> String {
        let a = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: a.count - common)
        return (up + b[common...]).joined(separator: "/")
    }
}
