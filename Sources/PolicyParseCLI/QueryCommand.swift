import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseStore

/// `policyparse query --db plans.sqlite …`: the standard questions over a corpus database (Docs/Database.md).
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask a database made by `policyparse index`: tasks, targets, indicators, search, departments, network, sql.",
        discussion: """
        The database is opened read-only. Exit codes: 0 success (also for no rows); 1 the database \
        cannot be opened or the SQL is refused; 64 usage error; 74 the output could not be written.
        """,
        subcommands: [Tasks.self, Targets.self, Indicators.self, Search.self, Departments.self, Network.self, SQL.self, Sources.self]
    )

    /// `--db` and `--format`, shared by every question.
    struct Common: ParsableArguments {
        @Option(help: ArgumentHelp("The database made by `policyparse index`.", valueName: "file"))
        var db: String

        @Option(help: "table (aligned columns, default), json, jsonl or csv.")
        var format: ResultFormat = .table
    }

    /// Opens the database, runs `question` and prints its table; errors become exit codes.
    static func answer(_ common: Common, _ question: (PlanStore) throws(StoreError) -> ResultTable) throws {
        let table: ResultTable
        do {
            table = try question(try PlanStore(readOnly: common.db))
        } catch {
            StandardStreams.errorLine("policyparse query: error: \(error.description)")
            throw ExitCodes.inputFailed
        }
        try print(common.format.render(table))
    }

    /// Writes `bytes` to standard output; exit 74 if that fails.
    static func print(_ bytes: [UInt8]) throws {
        do {
            let output = RecordOutput.standardOutput(flushEachRecord: false)
            try output.write(bytes)
            try output.commit()
        } catch {
            StandardStreams.errorLine("policyparse query: error: \(error.message)")
            throw ExitCodes.outputFailed
        }
    }

    struct Tasks: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tasks naming a department (any of its written forms).")
        @OptionGroup var common: Common
        @Option(help: "The department, as written or canonical (市经信委).")
        var department: String
        @Option(help: "Only tasks where it has this role: lead, responsible or support.")
        var role: DepartmentRole?
        @Option(help: "Only documents of this jurisdiction (上海市).")
        var jurisdiction: String?

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in
                try store.tasks(department: department, role: role, jurisdiction: jurisdiction)
            }
        }
    }

    struct Targets: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Quantified targets with value, unit, comparator, year and task.")
        @OptionGroup var common: Common
        @Option(help: "Only targets due in this year.")
        var year: Int?
        @Option(help: "Only amount, percentage or quantity.")
        var kind: TargetKind?
        @Option(help: "Only targets of tasks naming this department.")
        var department: String?

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in
                try store.targets(year: year, kind: kind?.rawValue, department: department)
            }
        }
    }

    struct Indicators: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rows of the plans' indicator tables (指标): name, unit, base and target values, 属性.")
        @OptionGroup var common: Common
        @Option(help: "Only indicators whose target year is this year.")
        var year: Int?
        @Option(help: "Only documents of this jurisdiction (上海市).")
        var jurisdiction: String?
        @Option(help: "Only indicators whose name contains this text.")
        var name: String?

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in
                try store.indicators(year: year, jurisdiction: jurisdiction, name: name)
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over ICU words; each WORDS argument is a phrase, all must match.")
        @OptionGroup var common: Common
        @Argument(help: "Words to find (网络安全产业).")
        var words: [String]
        @Option(help: "At most N tasks (default 20).")
        var limit: Int = 20

        func validate() throws {
            if words.isEmpty { throw ValidationError("Give at least one word to search for.") }
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in try store.search(words, limit: limit) }
        }
    }

    struct Departments: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Canonical departments with task counts by role.")
        @OptionGroup var common: Common
        @Option(help: "Only the N with the most tasks.")
        var top: Int?

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in try store.departments(top: top) }
        }
    }

    struct Network: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The department co-responsibility network: csv edges (default) or graphml (networkx, Gephi).")
        @Option(help: ArgumentHelp("The database made by `policyparse index`.", valueName: "file"))
        var db: String
        @Option(help: "csv (default), graphml, table, json or jsonl.")
        var format: NetworkFormat = .csv

        func run() throws {
            let store: PlanStore
            let edges: ResultTable
            let nodes: ResultTable
            do {
                store = try PlanStore(readOnly: db)
                edges = try store.network()
                nodes = try store.departments()
            } catch {
                StandardStreams.errorLine("policyparse query: error: \(error.description)")
                throw ExitCodes.inputFailed
            }
            switch format {
            case .graphml: try QueryCommand.print(GraphML.document(nodes: nodes, edges: edges))
            case .csv: try QueryCommand.print(ResultFormat.csv.render(edges))
            case .table: try QueryCommand.print(ResultFormat.table.render(edges))
            case .json: try QueryCommand.print(ResultFormat.json.render(edges))
            case .jsonl: try QueryCommand.print(ResultFormat.jsonl.render(edges))
            }
        }
    }

    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sql", abstract: "Run one read-only SQL statement.")
        @OptionGroup var common: Common
        @Argument(help: "The statement (SELECT …, WITH …, PRAGMA …); the database is opened read-only.")
        var statement: String

        func run() throws {
            try QueryCommand.answer(common) { (store) throws(StoreError) in try store.table(sql: statement) }
        }
    }
}

/// `--kind` of `query targets`.
enum TargetKind: String, ExpressibleByArgument, CaseIterable {
    case amount, percentage, quantity
}

/// `--format` of `query network`.
enum NetworkFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, graphml, table, json, jsonl
}

extension ResultFormat: ExpressibleByArgument {}
extension DepartmentRole: ExpressibleByArgument {}
