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
    /// `fsync` each `--out` file before the rename that publishes it, and its folder after (`--fsync`).
    public var syncs = false

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
            if let raw = input.fileSystemPath {
                let bytes = try InputFile.read(fileSystemPath: raw, name: input.path, limit: options.maxInputBytes)
                document = try PolicyParser.parse(bytes: bytes, source: input.path, options: options)
            } else {
                document = try PolicyParser.parse(contentsOf: input.path, options: options)
            }
        } catch {
            return BatchOutcome(input: input, status: .failed(BatchFailure(path: input.path, error: error)))
        }
        if let outputPath = job.outputPath {
            do throws(BatchFailure) {
                // Streamed into the staged file's writer, as `policyparse FILE --json` writes standard output.
                let file = try StagedFile(path: outputPath, syncs: syncs)
                do {
                    try FormatSink(file.writer, format: .json).write(document)
                } catch {
                    file.discard()
                    throw BatchFailure(path: outputPath, output: error)
                }
                try file.commit()
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

    /// The skipped outcome if `outputPath` is newer than the input and still a valid output of it:
    /// it decodes as a `Document` of the current schema whose `source` is this input. A truncated,
    /// empty, hand-edited or foreign file is reconverted, never copied into JSONL or CSV.
    private func reuse(_ outputPath: String, of input: BatchInput) -> BatchOutcome? {
        guard input.fileSystemPath == nil,
              let inputTime = FileTime.modified(input.path), let outputTime = FileTime.modified(outputPath),
              outputTime > inputTime,
              let data = FileManager.default.contents(atPath: outputPath),
              let document = try? JSONDecoder().decode(Document.self, from: data),
              document.schemaVersion == Document.currentSchemaVersion,
              document.source == input.path else { return nil }
        var outcome = BatchOutcome(input: input, status: .skipped)
        if wantsRows { outcome.rows = CSVRows(document: document, name: input.relativePath, jsonLines: wantsTaskLines) }
        if wantsJSONLine { outcome.jsonLine = JSONText.minified([UInt8](data)) }
        return outcome
    }
}
