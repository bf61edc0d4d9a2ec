import Foundation
import Testing
import PolicyParse

/// `ParseOptions.maxInputBytes` at its extremes: every value gives a document or `.tooLarge`,
/// never an arithmetic trap, for regular files and for inputs of unknown size (pipes, /proc).
@Suite struct InputLimitTests {
    /// Writes `bytes` into a new FIFO from another thread and returns its path.
    private func fifo(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "policyparse-fifo-\(UUID().uuidString)"
        try #require(mkfifo(path, 0o600) == 0)
        // The reader stops early when the input is too large: the writer then gets EPIPE, not a signal.
        signal(SIGPIPE, SIG_IGN)
        Thread.detachNewThread {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { return }
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(fd)
        }
        return path
    }

    /// 200 KB of outline: longer than the first read of an input of unknown size.
    static let document = Array(String(repeating: "一、总体要求\n（一）加强领导，投入5亿元。\n", count: 4_000).utf8)

    @Test(arguments: [Int.max, Int.max - 1, 1 << 62])
    func hugeLimitReadsAPipe(_ limit: Int) throws {
        let path = try fifo(InputLimitTests.document)
        defer { unlink(path) }
        let d = try PolicyParser.parse(contentsOf: path, options: ParseOptions(maxInputBytes: limit))
        #expect(d.children.count == 4_000)
    }

    @Test(arguments: [-5, -1, 0, 1, 100_000])
    func smallOrNegativeLimitIsTooLarge(_ limit: Int) throws {
        let path = try fifo(InputLimitTests.document)
        defer { unlink(path) }
        #expect(throws: PolicyParseError.self) {
            try PolicyParser.parse(contentsOf: path, options: ParseOptions(maxInputBytes: limit))
        }
        do {
            _ = try PolicyParser.parse(bytes: InputLimitTests.document, options: ParseOptions(maxInputBytes: limit))
            Issue.record("\(limit): parsed")
        } catch {
            #expect(error.kind == .tooLarge)
        }
    }

    @Test func limitEqualToTheSizeIsAccepted() throws {
        let path = try fifo(InputLimitTests.document)
        defer { unlink(path) }
        let d = try PolicyParser.parse(contentsOf: path, options: ParseOptions(maxInputBytes: InputLimitTests.document.count))
        #expect(d.children.count == 4_000)
    }
}
