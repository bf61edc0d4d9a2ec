import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error.
enum StandardStreams {
    /// Standard output could not be written (a closed pipe, a full disk): exit 74.
    struct OutputFailure: Error {
        /// The reason, from `errno`.
        var reason: String
    }

    /// Writes `bytes` to standard output.
    static func out(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `text` to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `buffer` to standard output whole, with `write(2)` (no copy, no Foundation buffer);
    /// the streaming writers (`JSONWriter.write(_:pretty:newline:to:)`) call it with their full buffers.
    static func write(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        var start = 0
        while start < buffer.count {
            #if canImport(Darwin)
            let written = Darwin.write(1, buffer.baseAddress! + start, buffer.count - start)
            #else
            let written = Glibc.write(1, buffer.baseAddress! + start, buffer.count - start)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFailure(reason: String(cString: strerror(errno)))
            }
            start += written
        }
    }

    /// Writes one line to standard error.
    static func errorLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes many lines to standard error in one call.
    static func errorLines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        var text = ""
        for line in lines { text += line + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
