import Foundation
import PolicyParse
import Testing
@testable import PolicyParseReport

/// Each fixture's report, with the bodies of `<style>` and `<script>` left out (so restyling does
/// not churn them), is compared with `Fixtures/reports/NAME.html`. Rewrite on purpose with
/// `POLICYPARSE_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests` and review the diff.
@Suite struct ReportGoldenTests {
    @Test func thereAreFixtures() {
        #expect(Paths.fixtureNames.count >= 12)
    }

    @Test(arguments: Paths.fixtureNames)
    func structureMatchesGolden(_ name: String) throws {
        let input = Paths.documents.appendingPathComponent(name)
        let sample = try ReportSample(bytes: [UInt8](Data(contentsOf: input)), source: "Fixtures/documents/\(name)")
        #expect(sample.reading.problems.isEmpty, "\(name): \(sample.reading.problems)")
        #expect(sample.reading.sourceText == sample.expectedSourceText, "\(name): the source pane differs from the source")
        let golden = Paths.reports.appendingPathComponent((name as NSString).deletingPathExtension + ".html")
        let structure = Data(sample.reading.structure.utf8)
        if Paths.updatingGolden {
            try FileManager.default.createDirectory(at: Paths.reports, withIntermediateDirectories: true)
            try structure.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(structure == expected, "\(name) differs from \(golden.lastPathComponent); if intended, rerun with POLICYPARSE_UPDATE_GOLDEN=1 and review the diff")
    }
}
