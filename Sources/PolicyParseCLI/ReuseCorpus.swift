import Foundation
import PolicyParse
import PolicyParseReuse
import PolicyParseStore

/// Corpus-mode reuse over a database made by `policyparse index`: the stored documents read back,
/// a `SourceFinder` over them (candidate pairs from its shingle index), rows as a `ResultTable`.
enum ReuseCorpus {
    /// The columns of a reuse row.
    static let columns = ["local_id", "local_path", "source_id", "source_path", "source_title", "local_tasks",
                          "copied", "adapted", "share", "source_taken_up", "shared_sketch"]

    /// The finder over every stored document, and the documents' database ids in its order.
    static func finder(_ store: PlanStore) throws(StoreError) -> (SourceFinder, [Int]) {
        let stored = try store.storedDocuments()
        return (SourceFinder(documents: stored.map(\.document)), stored.map(\.id))
    }

    /// `rows` as a table, documents named by database id and path.
    static func table(_ rows: [SourceFinder.Source], ids: [Int]) -> ResultTable {
        ResultTable(columns: columns, rows: rows.map { row in
            [.integer(Int64(ids[row.local])), .text(row.localSource ?? ""), .integer(Int64(ids[row.central])),
             .text(row.centralSource ?? ""), row.centralTitle.map(QueryValue.text) ?? .null, .integer(Int64(row.tasks)),
             .integer(Int64(row.copied)), .integer(Int64(row.adapted)), .real(Double(row.share.description) ?? 0),
             .real(Double(row.centralTakenUp.description) ?? 0), .integer(Int64(row.sharedSketch))]
        })
    }
}
