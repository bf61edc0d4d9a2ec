import Foundation
import Testing
@testable import PolicyParse

/// The small things a user notices (issue 10): readable errors, spans that print as they encode,
/// no false numbering warning at a document that starts at `1.1`.
@Suite struct ReliabilityTests {
    @Test func policyParseErrorReadsTheSameEverywhere() {
        let error = PolicyParseError(.invalidUTF8, path: "plan.txt", byteOffset: 12, detail: "an invalid byte sequence starts at byte 12")
        #expect(error.description == "plan.txt: error: an invalid byte sequence starts at byte 12")
        #expect(error.localizedDescription == error.description)
        #expect((error as any Error).localizedDescription == error.description)
        #expect("\(error)" == error.description)
    }

    @Test func spanPrintsAsItEncodes() throws {
        let span = Span(3, 7)
        let json = String(decoding: try JSONEncoder().encode(span), as: UTF8.self)
        #expect(json == "[3,7]")
        #expect(span.description == "[3, 7]")
        #expect(json == span.description.replacingOccurrences(of: " ", with: ""))
    }

    @Test func documentStartingAtOnePointOneHasNoFalseWarning() {
        let document = PolicyParser.parse(text: "1.1 甲\n1.2 乙\n1.3 丙\n")
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
        #expect(document.children.map(\.marker) == ["1.1", "1.2", "1.3"])
        // A real gap is still remarked.
        let gap = PolicyParser.parse(text: "1.1 甲\n1.3 丙\n")
        #expect(gap.diagnostics.map(\.message) == ["expected 1.2 after 1.1, found 1.3"])
    }

    @Test func outputErrorNamesTheOutputAndErrno() {
        let error = OutputError(output: "out/a.json", operation: .write, code: ENOSPC)
        #expect(error.description == "cannot write out/a.json: No space left on device (ENOSPC)")
        #expect(error.isStorageFailure)
        #expect(!OutputError(output: "standard output", operation: .write, code: EPIPE).isStorageFailure)
        #expect(error.localizedDescription == error.description)
    }
}
