import Foundation
import Testing
import PolicyParse
import PolicyParseInvariants

/// Replays every input the fuzzer found (`Fixtures/fuzz/`) through the fuzz target's invariant
/// checks; each one broke an invariant or trapped before its fix.
@Suite struct FuzzRegressionTests {
    /// The kept fuzz inputs, sorted.
    static let inputs: [URL] = {
        let dir = Corpus.fixtures.appendingPathComponent("fuzz")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { dir.appendingPathComponent($0) }
    }()

    @Test func thereAreRegressionInputs() {
        #expect(FuzzRegressionTests.inputs.count >= 1)
    }

    @Test(arguments: FuzzRegressionTests.inputs)
    func replayKeepsEveryInvariant(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        let (_, violations) = InvariantCheck.run(bytes)
        #expect(violations.isEmpty, "\(url.lastPathComponent): \(violations.joined(separator: "; "))")
    }
}
