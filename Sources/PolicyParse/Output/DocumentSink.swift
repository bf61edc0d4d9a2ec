#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// 文档输出 (document sink, `package`: the command line's and the batch's writers; library users call
/// `JSONWriter.write(_:pretty:newline:to:)` and the formatters' `write`): where parsed documents go,
/// one after another, through a `FileDescriptorWriter`. Nothing is built whole in memory: a sink
/// fills the writer's 64 KiB buffer and the writer hands it on, so writing costs the same small
/// memory for any document size. Errors are the writer's `OutputError` (the command line exits 74).
///
/// The library's text formats are `FormatSink`; the batch's CSV tables are `CSVSink`
/// (`PolicyParseBatch`); a format that needs another library is a sink in a target of its own.
package protocol DocumentSink {
    /// Writes one document; `id` is its stable name in the output (the input's path relative to
    /// its `INPUT` folder, the file name of a file given directly, or a `--stdin-jsonl` id), which
    /// formats without such a column ignore. The first output error stops it and is thrown.
    func write(_ document: Document, id: String) throws(OutputError)
}

/// The library's text formats as a `DocumentSink`: pretty JSON, JSON Lines, the outline view or
/// Markdown, each document streamed into one `FileDescriptorWriter`.
///
/// ```swift
/// let sink = FormatSink(FileDescriptorWriter.standardOutput(), format: .jsonLines)
/// try sink.write(document, id: "plan.txt")      // one line
/// try sink.writer.flush()
/// ```
package struct FormatSink: DocumentSink {
    /// What each document becomes.
    package enum Format: Sendable, Hashable {
        /// The contract's JSON, pretty, then a line break (`policyparse FILE --json`, `batch --out`).
        case json
        /// The contract's JSON on one line, then a line break (`--jsonl`).
        case jsonLines
        /// `OutlineFormatter`'s view.
        case outline
        /// `MarkdownFormatter`'s view.
        case markdown
    }

    /// Where the bytes go.
    package let writer: FileDescriptorWriter
    /// The format of every document.
    package let format: Format

    /// A sink writing `format` to `writer`.
    package init(_ writer: FileDescriptorWriter, format: Format) {
        self.writer = writer
        self.format = format
    }

    /// Writes one document (`id` is not part of these formats).
    package func write(_ document: Document, id: String = "") throws(OutputError) {
        let writer = self.writer
        let output: (UnsafeBufferPointer<UInt8>) throws -> Void = { try writer.write(UnsafeRawBufferPointer($0)) }
        do {
            switch format {
            case .json: try JSONWriter.write(document, pretty: true, newline: true, to: output)
            case .jsonLines: try JSONWriter.write(document, pretty: false, newline: true, to: output)
            case .outline: try OutlineFormatter.write(document, to: output)
            case .markdown: try MarkdownFormatter.write(document, to: output)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            // The output above throws only `OutputError`; anything else is reported as a failed write.
            throw writer.failure ?? OutputError(output: writer.name, operation: .write, code: EIO)
        }
    }
}
