import Foundation
import GRDB
import PolicyParse
import PolicyParseBatch

/// `policyparse index`: brings a database up to date with a corpus (建库), incrementally.
///
/// Files are found as `policyparse batch` finds them. A file whose size, modification time and
/// parser version match its row is unchanged and not read; one whose bytes hash to the stored
/// SHA-256 only has its time refreshed; every other file is parsed on a worker thread (the batch's
/// `OrderedParallelMap`) and its rows replace the old ones. The single writer commits one
/// transaction per chunk of documents, in WAL mode, so a run killed at any point leaves the database
/// as it was after the last chunk and a rerun finishes the job. With `prune`, rows of files no
/// longer found are deleted. Every input is counted once: inputs = indexed + unchanged + failed.
public struct CorpusIndexer: Sendable {
    /// What one run did.
    public struct Summary: Sendable, Equatable {
        /// Files found.
        public var inputs = 0
        /// Files parsed and written.
        public var indexed = 0
        /// Files left as they were (same size, time and parser, or same content).
        public var unchanged = 0
        /// Files that could not be read or decoded (their old rows, if any, are removed).
        public var failed = 0
        /// Documents deleted because their file is gone (`prune`).
        public var pruned = 0
        /// Bytes of the inputs parsed.
        public var bytesIndexed = 0
    }

    /// Progress after each input, for a progress line.
    public struct Progress: Sendable {
        /// Inputs finished so far.
        public var done: Int
        /// Inputs in all.
        public var total: Int
        /// Bytes of finished inputs.
        public var bytes: Int
        /// Bytes of all inputs.
        public var totalBytes: Int
        /// Inputs failed so far.
        public var failed: Int
    }

    /// Files or directories to index.
    public var roots: [String]
    /// Patterns for files found in directories (the batch defaults when empty).
    public var includes: [GlobPattern]
    /// Worker threads.
    public var jobs: Int
    /// Parse options (encoding override, department aliases).
    public var options: ParseOptions
    /// Delete documents whose files were not found.
    public var prune: Bool
    /// Reparse every file, changed or not.
    public var force: Bool
    /// Documents per writer transaction.
    public var chunkSize: Int

    /// Creates an indexer.
    public init(roots: [String], includes: [GlobPattern] = [], jobs: Int = 1, options: ParseOptions = ParseOptions(),
                prune: Bool = false, force: Bool = false, chunkSize: Int = 64) {
        self.roots = roots
        self.includes = includes
        self.jobs = max(1, jobs)
        self.options = options
        self.prune = prune
        self.force = force
        self.chunkSize = max(1, chunkSize)
    }

    /// What the database knows about one file.
    private struct Known: Sendable {
        var size: Int
        var mtime: Int
        var sha256: String
        var parsedWith: String
    }

    /// What a worker made of one input.
    private enum Outcome: Sendable {
        case indexed(DocumentRows, bytes: Int)
        case touched(path: String, mtime: Int)
        case unchanged
        case failed(BatchFailure)
    }

    /// One input for a worker.
    private struct Job: Sendable {
        var input: BatchInput
        var known: Known?
        var quickUnchanged: Bool
    }

    /// Indexes into the database at `databasePath` (created if missing); `failure` is called for each
    /// failed input as it happens, `progress` after each input. Throws only for database errors.
    public func run(databasePath: String, failure: (BatchFailure) throws -> Void = { _ in },
                    progress: (Progress) -> Void = { _ in }) throws -> Summary {
        let queue = try PlanStore.openWriter(databasePath)
        var known: [String: Known] = [:]
        try queue.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime_ns, sha256, parsed_with FROM documents")
            while let row = try rows.next() {
                known[row[0]] = Known(size: row[1], mtime: row[2], sha256: row[3], parsedWith: row[4])
            }
        }
        let inputs = InputDiscovery(includes: includes).inputs(from: roots)
        var summary = Summary()
        summary.inputs = inputs.count
        let force = self.force
        let version = parserVersion
        let jobs = inputs.map { input -> Job in
            let old = known[input.path]
            var quick = false
            if let old, !force, old.parsedWith == version, input.problem == nil,
               old.size == input.size, let time = FileTime.modified(input.path), Self.nanoseconds(time) == old.mtime {
                quick = true
            }
            return Job(input: input, known: old, quickUnchanged: quick)
        }
        let totalBytes = inputs.reduce(0) { $0 + $1.size }
        let options = self.options
        // Two chunks in flight: the workers parse the next chunk while this thread writes one.
        let map = OrderedParallelMap<Job, Outcome>(jobs: self.jobs, window: max(2 * chunkSize, 4 * self.jobs)) {
            Self.process($0, options: options, force: force, version: version)
        }
        var pending: [(path: String, outcome: Outcome)] = []
        var done = 0, bytes = 0

        func flush() throws {
            guard !pending.isEmpty else { return }
            let chunk = pending
            pending.removeAll(keepingCapacity: true)
            try queue.inTransaction { db in
                let writer = StoreWriter(db)
                for (path, outcome) in chunk {
                    switch outcome {
                    case .indexed(let rows, _): try writer.replace(rows)
                    case .touched(_, let mtime): try writer.touch(path: path, mtimeNanoseconds: mtime)
                    case .failed: try writer.delete(path: path)
                    case .unchanged: break
                    }
                }
                return .commit
            }
        }

        try map.run(jobs.makeIterator()) { outcome in
            let job = jobs[done]
            done += 1
            bytes += job.input.size
            switch outcome {
            case .indexed(_, let size):
                summary.indexed += 1
                summary.bytesIndexed += size
                pending.append((job.input.path, outcome))
            case .touched:
                summary.unchanged += 1
                pending.append((job.input.path, outcome))
            case .unchanged:
                summary.unchanged += 1
            case .failed(let problem):
                summary.failed += 1
                try failure(problem)
                if job.known != nil { pending.append((job.input.path, outcome)) }
            }
            if pending.count >= chunkSize { try flush() }
            progress(Progress(done: done, total: jobs.count, bytes: bytes, totalBytes: totalBytes, failed: summary.failed))
        }
        try flush()
        if prune {
            let found = Set(inputs.map(\.path))
            let gone = known.keys.filter { !found.contains($0) }.sorted()
            for start in stride(from: 0, to: gone.count, by: chunkSize) {
                try queue.inTransaction { db in
                    let writer = StoreWriter(db)
                    for path in gone[start..<min(gone.count, start + chunkSize)] { try writer.delete(path: path) }
                    return .commit
                }
            }
            summary.pruned = gone.count
        }
        try queue.writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return summary
    }

    /// Hashes and parses one input on a worker thread.
    private static func process(_ job: Job, options: ParseOptions, force: Bool, version: String) -> Outcome {
        if job.quickUnchanged { return .unchanged }
        let input = job.input
        if let problem = input.problem { return .failed(BatchFailure(path: input.path, error: problem)) }
        // The time is read before the bytes, so a file changed while it is read is seen as changed next time.
        let mtime = FileTime.modified(input.path).map(nanoseconds) ?? 0
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(input.path, limit: options.maxInputBytes)
        } catch {
            return .failed(BatchFailure(path: input.path, error: error))
        }
        let digest = SHA256.hex(bytes)
        if let known = job.known, !force, known.sha256 == digest, known.parsedWith == version {
            return .touched(path: input.path, mtime: mtime)
        }
        let document: Document
        do {
            document = try PolicyParser.parse(bytes: bytes, source: input.path, options: options)
        } catch {
            return .failed(BatchFailure(path: input.path, error: error))
        }
        let rows = DocumentRows(document, path: input.path, sha256: digest, size: bytes.count, mtimeNanoseconds: mtime, parsedWith: version)
        return .indexed(rows, bytes: bytes.count)
    }

    /// What `documents.parsed_with` records: the parser's version, and a digest of the department
    /// aliases when there are any (they change the output, so other aliases reparse every file).
    public var parserVersion: String {
        guard !options.departmentAliases.isEmpty else { return PolicyParser.version }
        let lines = options.departmentAliases.map { "\($0.name)\t\($0.canonical)\t\($0.jurisdiction ?? "")\n" }.sorted().joined()
        return PolicyParser.version + " aliases " + SHA256.hex(Array(lines.utf8)).prefix(12)
    }

    private static func nanoseconds(_ time: FileTime) -> Int { time.seconds &* 1_000_000_000 &+ time.nanoseconds }
}
