import Foundation
import PolicyParse

/// Converts one batch input: skips it if its `--out` JSON is up to date, else parses it and writes
/// the JSON through a temporary file; also prepares its JSONL line and CSV rows when asked. Never throws.
public struct BatchConverter: Sendable {
    /// Parse options (`--encoding`).
    public var options: ParseOptions
    /// Reconvert even when the output is newer than the input.
    public var force: Bool
    /// Prepare each document's one-line JSON.
    public var wantsJSONLine: Bool
    /// Prepare each document's CSV rows.
    public var wantsRows: Bool
    /// Prepare each document's `--tasks-jsonl` lines (with its rows).
    public var wantsTaskLines: Bool

    /// Creates a converter.
    public init(options: ParseOptions = ParseOptions(), force: Bool = false, wantsJSONLine: Bool = false, wantsRows: Bool = false,
                wantsTaskLines: Bool = false) {
        self.options = options
        self.force = force
        self.wantsJSONLine = wantsJSONLine
        self.wantsRows = wantsRows || wantsTaskLines
        self.wantsTaskLines = wantsTaskLines
    }

    /// Converts `job`'s input.
    public func convert(_ job: BatchJob) -> BatchOutcome {
        let input = job.input
        if let problem = input.problem {
            return BatchOutcome(input: input, status: .failed(BatchFailure(path: input.path, error: problem)))
        }
        if let conflict = job.outputConflict {
            return BatchOutcome(input: input, status: .failed(BatchFailure(path: input.path, kind: "outputConflict", message: conflict)))
        }
        if let outputPath = job.outputPath, !force, let kept = reuse(outputPath, of: input) {
            return kept
        }
        let document: Document
        do {
            document = try PolicyParser.parse(contentsOf: input.path, options: options)
        } catch {
            return BatchOutcome(input: input, status: .failed(BatchFailure(path: input.path, error: error)))
        }
        if let outputPath = job.outputPath {
            do {
                try StagedFile.write(JSONWriter.encode(document, pretty: true) + [0x0A], to: outputPath)
            } catch {
                var failure = error
                failure.path = input.path
                return BatchOutcome(input: input, status: .failed(failure))
            }
        }
        return BatchOutcome(input: input, status: .converted,
                            jsonLine: wantsJSONLine ? JSONWriter.encode(document, pretty: false) : nil,
                            rows: wantsRows ? CSVRows(document: document, name: input.relativePath, jsonLines: wantsTaskLines) : nil)
    }

    /// The skipped outcome if `outputPath` is newer than the input and (when JSONL or CSV need it) readable.
    private func reuse(_ outputPath: String, of input: BatchInput) -> BatchOutcome? {
        guard let inputTime = FileTime.modified(input.path), let outputTime = FileTime.modified(outputPath),
              outputTime > inputTime else { return nil }
        guard wantsJSONLine || wantsRows else { return BatchOutcome(input: input, status: .skipped) }
        guard let data = FileManager.default.contents(atPath: outputPath) else { return nil }
        var outcome = BatchOutcome(input: input, status: .skipped)
        if wantsRows {
            // An output that no longer reads back as a document (hand-edited, older schema) is reconverted.
            guard let document = try? JSONDecoder().decode(Document.self, from: data),
                  document.schemaVersion == Document.currentSchemaVersion else { return nil }
            outcome.rows = CSVRows(document: document, name: input.relativePath, jsonLines: wantsTaskLines)
        }
        if wantsJSONLine {
            outcome.jsonLine = JSONText.minified([UInt8](data))
        }
        return outcome
    }
}
