import Foundation
import Testing
import PolicyParse
#if canImport(Glibc)
import Glibc
#endif

/// The one buffered writer behind every output: bytes arrive whole and in order, and every
/// failure is a typed error naming the output, kept for later calls.
@Suite struct FileDescriptorWriterTests {
    @Test func bytesArriveInOrderThroughSmallAndLargeWrites() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pp-writer-\(UUID().uuidString)").path
        defer { unlink(path) }
        let writer = try FileDescriptorWriter(creatingFileAt: path, bufferSize: 16)
        var expected: [UInt8] = []
        for i in 0..<200 {
            let piece = [UInt8](repeating: UInt8(i & 0xFF), count: i % 37)
            try writer.write(piece)
            expected += piece
        }
        try writer.write("一、总体要求\n")
        expected += Array("一、总体要求\n".utf8)
        let big = [UInt8](repeating: 0x41, count: 100_000)
        try writer.write(big[...])
        expected += big
        try writer.write(byte: 0x0A)
        expected.append(0x0A)
        try writer.sync()
        try writer.close()
        try writer.close()
        #expect(writer.bytesWritten == expected.count)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    @Test func fullDeviceIsATypedErrorThatStays() throws {
        let writer = try FileDescriptorWriter(creatingFileAt: "/dev/full")
        try writer.write("buffered, not yet written")
        #expect(throws: OutputError(output: "/dev/full", operation: .write, code: ENOSPC)) { try writer.flush() }
        // The first error is kept: nothing more is written after a hole.
        #expect(throws: OutputError(output: "/dev/full", operation: .write, code: ENOSPC)) { try writer.write("more") }
        #expect(throws: OutputError.self) { try writer.close() }
        #expect(writer.failure?.code == ENOSPC)
    }

    @Test func closedPipeIsEPIPE() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let writer = FileDescriptorWriter(descriptor: fds[1], name: "the pipe", closesDescriptor: true, bufferSize: 0)
        #expect(throws: OutputError(output: "the pipe", operation: .write, code: EPIPE)) { try writer.write("x") }
        writer.abandon()
    }

    /// A non-blocking pipe that fills up is waited for, not reported (EAGAIN is not an error).
    @Test func nonBlockingPipeIsWaitedFor() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        let total = 1 << 20
        let readEnd = fds[0]
        let reader = Thread {
            var received = 0
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                usleep(100)
                let n = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                received += n
            }
            close(readEnd)
            #expect(received == total)
        }
        reader.start()
        let writer = FileDescriptorWriter(descriptor: fds[1], name: "the pipe", closesDescriptor: true)
        try writer.write([UInt8](repeating: 0x42, count: total))
        try writer.close()
        while !reader.isFinished { usleep(1000) }
    }
}
