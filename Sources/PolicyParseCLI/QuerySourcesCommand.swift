import ArgumentParser
import Foundation
import PolicyParseReuse
import PolicyParseStore

extension QueryCommand {
    /// `policyparse query sources DOC --db plans.sqlite`: the indexed documents DOC most likely
    /// implements or copies from, with the share of its tasks that match each (Docs/Reuse.md).
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The indexed documents a document most likely implements or copies from (share of its tasks matched).")
        @OptionGroup var common: Common
        @Argument(help: "The document: its path as indexed, or its id.")
        var document: String

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in
                let (finder, ids) = try ReuseCorpus.finder(store)
                let paths = finder.documents.map { $0.source ?? "" }
                guard let index = paths.firstIndex(of: document) ?? Int(document).flatMap({ ids.firstIndex(of: $0) }) else {
                    throw StoreError.sqlite(path: store.path, message: "no indexed document \(document) (give its path as indexed or its id)")
                }
                return ReuseCorpus.table(finder.sources(of: index), ids: ids)
            }
        }
    }
}
