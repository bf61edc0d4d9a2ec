/// 语料概览 (corpus summary): the figures the corpus dashboard draws, as plain values. The CLI
/// fills it from the corpus database (`PolicyParseStore`); a program can fill it from anything.
public struct CorpusSummary: Sendable, Hashable {
    /// A canonical department's task counts by role.
    public struct DepartmentRow: Sendable, Hashable {
        /// The canonical name (else the name as written).
        public var name: String
        /// Tasks it leads (牵头).
        public var lead: Int
        /// Tasks it is responsible for (责任).
        public var responsible: Int
        /// Tasks it supports (配合).
        public var support: Int
        /// Documents naming it.
        public var documents: Int

        /// Creates a row.
        public init(name: String, lead: Int, responsible: Int, support: Int, documents: Int) {
            self.name = name
            self.lead = lead
            self.responsible = responsible
            self.support = support
            self.documents = documents
        }
    }

    /// Targets due in one year, by kind.
    public struct TargetYear: Sendable, Hashable {
        /// The year the targets are due; nil when none could be found.
        public var year: Int?
        /// 金额 targets.
        public var amounts: Int
        /// 百分比 targets.
        public var percentages: Int
        /// 数量 targets.
        public var quantities: Int

        /// Creates a row.
        public init(year: Int?, amounts: Int, percentages: Int, quantities: Int) {
            self.year = year
            self.amounts = amounts
            self.percentages = percentages
            self.quantities = quantities
        }
    }

    /// How many documents one jurisdiction issued in one year.
    public struct DocumentCell: Sendable, Hashable {
        /// The signing year (else the plan period's first year); nil when unknown.
        public var year: Int?
        /// The jurisdiction (上海市); nil when unknown.
        public var jurisdiction: String?
        /// How many documents.
        public var count: Int

        /// Creates a cell.
        public init(year: Int?, jurisdiction: String?, count: Int) {
            self.year = year
            self.jurisdiction = jurisdiction
            self.count = count
        }
    }

    /// A tie of the department network: two departments named in the same tasks.
    public struct Tie: Sendable, Hashable {
        /// One department.
        public var a: String
        /// The other.
        public var b: String
        /// Tasks they share.
        public var weight: Int

        /// Creates a tie.
        public init(a: String, b: String, weight: Int) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    /// One document of the corpus.
    public struct DocumentRow: Sendable, Hashable {
        /// A number unique in the corpus (the database's `documents.id`), used to name its report.
        public var id: Int
        /// The path as indexed.
        public var path: String
        /// The title, if found.
        public var title: String?
        /// The jurisdiction, if known.
        public var jurisdiction: String?
        /// The signing date (or year), if known.
        public var date: String?
        /// Tasks (outline nodes).
        public var tasks: Int
        /// The per-document report, relative to the dashboard, when one was written.
        public var report: String?

        /// Creates a row.
        public init(id: Int, path: String, title: String?, jurisdiction: String?, date: String?, tasks: Int, report: String? = nil) {
            self.id = id
            self.path = path
            self.title = title
            self.jurisdiction = jurisdiction
            self.date = date
            self.tasks = tasks
            self.report = report
        }
    }

    /// The page's heading, e.g. the database's file name.
    public var title: String
    /// Departments, most tasks first (the chart shows the first 30).
    public var departments: [DepartmentRow]
    /// Targets per year, oldest first.
    public var targetsByYear: [TargetYear]
    /// Documents per year and jurisdiction.
    public var documentsByYear: [DocumentCell]
    /// Network ties, strongest first (the chart shows the first 40).
    public var ties: [Tie]
    /// Every document.
    public var documents: [DocumentRow]

    /// Creates a summary.
    public init(title: String, departments: [DepartmentRow] = [], targetsByYear: [TargetYear] = [],
                documentsByYear: [DocumentCell] = [], ties: [Tie] = [], documents: [DocumentRow] = []) {
        self.title = title
        self.departments = departments
        self.targetsByYear = targetsByYear
        self.documentsByYear = documentsByYear
        self.ties = ties
        self.documents = documents
    }
}
