import ArgumentParser
import Foundation
import PolicyParseReuse
import PolicyParseStore

/// `policyparse reuse --db plans.sqlite`: the document-pair reuse matrix of a whole corpus database
/// (candidate pairs from a shingle index, never all pairs; Docs/Reuse.md).
struct ReuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reuse",
        abstract: "The document-pair reuse matrix of a corpus database: which documents take up which.",
        discussion: """
        One row per candidate pair whose share (the local document's tasks copied or adapted) is at \
        least --min-share. Exit codes: 0 success; 1 the database cannot be opened; 64 usage error; \
        74 the output could not be written.
        """
    )

    @Option(help: ArgumentHelp("The database made by `policyparse index`.", valueName: "file"))
    var db: String

    @Option(help: "csv (default), table, json or jsonl.")
    var format: ResultFormat = .csv

    @Option(name: .customLong("min-share"), help: "Leave out pairs where less than this share of the local tasks match (default 0.3).")
    var minShare: Double = 0.3

    func validate() throws {
        guard (0...1).contains(minShare) else { throw ValidationError("--min-share must be between 0 and 1.") }
    }

    func run() throws {
        let table: ResultTable
        do {
            let store = try PlanStore(readOnly: db)
            let (finder, ids) = try ReuseCorpus.finder(store)
            let minimum = Decimal(string: String(minShare)) ?? 0.3
            table = ReuseCorpus.table(finder.matrix(minimumShare: minimum), ids: ids)
        } catch {
            StandardStreams.errorLine("policyparse reuse: error: \(error.description)")
            throw ExitCodes.inputFailed
        }
        try QueryCommand.print(format.render(table))
    }
}
