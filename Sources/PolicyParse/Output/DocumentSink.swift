#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// 文档输出 (document sink, `package`: the command line's writer; library users call `JSONWriter.write(_:pretty:newline:to:)` and the formatters' `write`): documents streamed through one `FileDescriptorWriter` as pretty JSON,
/// JSON Lines, the outline view or Markdown. Nothing is built whole in memory: the writers fill a
/// 64 KiB buffer and hand it on, so writing costs the same small memory for any document size.
///
/// ```swift
/// let sink = DocumentSink(FileDescriptorWriter.standardOutput(), format: .jsonLines)
/// try sink.write(document)      // one line
/// try sink.writer.flush()
/// ```
package struct DocumentSink {
    /// What each document becomes.
    package enum Format: Sendable, Hashable {
        /// The contract's JSON, pretty, then a line break (`policyparse FILE --json`).
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

    /// Writes one document; the first output error stops it and is thrown (the writer keeps it too).
    package func write(_ document: Document) throws(OutputError) {
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
