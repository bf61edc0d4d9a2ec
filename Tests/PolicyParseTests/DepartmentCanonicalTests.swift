import Foundation
import Testing
@testable import PolicyParse
import PolicyParseBatch

/// Canonical department names: each abbreviation mechanism, lists, `以下简称`, aliases, generic actors.
@Suite struct DepartmentCanonicalTests {
    let names = DepartmentCanonicalizer()

    @Test func abbreviationsOfOneDepartmentUnify() {
        for form in ["市经信委", "市经济信息化委", "市经济和信息化委员会", "上海市经济和信息化委员会"] {
            #expect(names.canonical(for: form, jurisdiction: "上海市") == "上海市经济和信息化委员会", "\(form)")
        }
        #expect(names.canonical(for: "省经信厅", jurisdiction: "安徽省") == "安徽省经济和信息化厅")
        #expect(names.canonical(for: "市人社局", jurisdiction: "包头市") == "包头市人力资源和社会保障局")
        #expect(names.canonical(for: "市人力资源社会保障局", jurisdiction: "包头市") == "包头市人力资源和社会保障局")
        #expect(names.canonical(for: "区住建委", jurisdiction: "上海市静安区") == "上海市静安区住房和城乡建设委员会")
        #expect(names.canonical(for: "市卫健委", jurisdiction: "上海") == "上海市卫生健康委员会")
        #expect(names.canonical(for: "市文旅局", jurisdiction: "包头市") == names.canonical(for: "市文化和旅游局", jurisdiction: "包头市"))
        #expect(names.canonical(for: "市市场监管局", jurisdiction: "上海市") == "上海市市场监督管理局")
        #expect(names.canonical(for: "市场监管局", jurisdiction: "上海市") == "上海市市场监督管理局")
        #expect(names.canonical(for: "市委网信办", jurisdiction: "包头市") == names.canonical(for: "市网信办", jurisdiction: "包头市"))
        #expect(names.canonical(for: "市委宣传部", jurisdiction: "包头市") == "中共包头市委宣传部")
        #expect(names.canonical(for: "市政府办公厅", jurisdiction: "上海市") == "上海市人民政府办公厅")
        #expect(names.canonical(for: "区政府", jurisdiction: "上海市崇明区") == "上海市崇明区人民政府")
    }

    @Test func levelPrefixPicksTheJurisdictionsComponent() {
        // 市 in a district document is the city; 区 is the district; a named district joins its city.
        #expect(names.canonical(for: "市发展改革委", jurisdiction: "上海市崇明区") == "上海市发展和改革委员会")
        #expect(names.canonical(for: "区发展改革委", jurisdiction: "上海市崇明区") == "上海市崇明区发展和改革委员会")
        #expect(names.canonical(for: "崇明区发改委", jurisdiction: "上海市崇明区") == "上海市崇明区发展和改革委员会")
        #expect(names.canonical(for: "杨浦区政府", jurisdiction: "上海市") == "上海市杨浦区人民政府")
    }

    @Test func nationalBodiesByTheTable() {
        for form in ["发展改革委", "国家发改委", "国家发展改革委", "国家发展和改革委员会"] {
            #expect(names.canonical(for: form, jurisdiction: "中央") == "国家发展和改革委员会", "\(form)")
        }
        // An explicit 国家 is national anywhere; a bare 发展改革委 in a local document is local.
        #expect(names.canonical(for: "国家发改委", jurisdiction: "上海市") == "国家发展和改革委员会")
        #expect(names.canonical(for: "发展改革委", jurisdiction: "上海市") == "上海市发展和改革委员会")
        #expect(names.canonical(for: "财政部", jurisdiction: "上海市") == "财政部")
        // 2018 机构改革: former names give the current one.
        #expect(names.canonical(for: "农业部", jurisdiction: "中央") == "农业农村部")
        #expect(names.canonical(for: "国家卫生计生委", jurisdiction: nil) == "国家卫生健康委员会")
        #expect(names.canonical(for: "环境保护部", jurisdiction: nil) == "生态环境部")
        #expect(names.canonical(for: "银保监会", jurisdiction: "中央") == "国家金融监督管理总局")
        // Branches of a national body keep their place.
        #expect(names.canonical(for: "人行合肥中心支行", jurisdiction: "安徽省") == "中国人民银行合肥中心支行")
        #expect(names.canonical(for: "人民银行合肥中心支行", jurisdiction: "安徽省") == "中国人民银行合肥中心支行")
        #expect(!DepartmentTables.renames.isEmpty && DepartmentTables.renames.contains { $0.former == "农业部" && $0.year == 2018 })
    }

    @Test func sameShortNameInTwoCitiesDiffers() {
        let shanghai = names.canonical(for: "市发改委", jurisdiction: "上海市")
        let baotou = names.canonical(for: "市发改委", jurisdiction: "包头市")
        #expect(shanghai == "上海市发展和改革委员会")
        #expect(baotou == "包头市发展和改革委员会")
        #expect(names.canonical(for: "市发改委", jurisdiction: "包头市") != names.canonical(for: "国家发改委", jurisdiction: "包头市"))
    }

    @Test func unknownJurisdictionKeepsThePrefixAndNeverGuesses() {
        #expect(names.canonical(for: "市经信委", jurisdiction: nil) == "市经济和信息化委员会")
        #expect(names.canonical(for: "省发改委", jurisdiction: "包头市") == "省发展和改革委员会")
        #expect(names.canonical(for: "同济大学", jurisdiction: "上海市") == "同济大学")
    }

    @Test func genericActorsHaveNoCanonical() {
        for actor in ["有关部门", "各市人民政府", "各区政府", "相关单位", "各有关省级人民政府", "有关部门和单位", "地方各级人民政府",
                      "试点城市政府", "省十大新兴产业推进组工作专班牵头单位", "领导小组成员单位"] {
            #expect(DepartmentCanonicalizer.isGeneric(actor), "\(actor)")
            #expect(names.canonical(for: actor, jurisdiction: "上海市") == nil, "\(actor)")
        }
        #expect(!DepartmentCanonicalizer.isGeneric("全国总工会"))
        #expect(!DepartmentCanonicalizer.isGeneric("市财政局"))
        #expect(!DepartmentCanonicalizer.isGeneric("市配送中心"))
    }

    @Test func aliasesWinAndReadFromTSV() throws {
        let tsv = try String(contentsOf: Corpus.fixtures.appendingPathComponent("departments/aliases.tsv"), encoding: .utf8)
        let aliases = try DepartmentAlias.parse(tsv: tsv)
        #expect(aliases == [DepartmentAlias(name: "区城运中心", canonical: "上海市城市运行管理中心", jurisdiction: "上海市")])
        let withAliases = DepartmentCanonicalizer(aliases: aliases)
        #expect(withAliases.canonical(for: "区城运中心", jurisdiction: "上海市") == "上海市城市运行管理中心")
        // The alias is only for 上海市.
        #expect(withAliases.canonical(for: "区城运中心", jurisdiction: "北京市") != "上海市城市运行管理中心")
        #expect(throws: PolicyParseError.self) { try DepartmentAlias.parse(tsv: "only-one-field\n", source: "bad.tsv") }
        do {
            _ = try DepartmentAlias.parse(tsv: "a\tb\nbroken\n", source: "bad.tsv")
        } catch {
            #expect(error.kind == .invalidAliases)
            #expect(error.description.hasPrefix("bad.tsv: error: line 2:"))
        }
    }

    /// The fixture: a Shanghai document with 以下简称, shared prefix and suffix, 列第一位者为牵头单位,
    /// a repeated name, generic actors and an alias.
    @Test func fixtureDocument() throws {
        let url = Corpus.fixtures.appendingPathComponent("documents/departments-shanghai.txt")
        let aliases = try DepartmentAlias.load(contentsOf: Corpus.fixtures.appendingPathComponent("departments/aliases.tsv").path)
        let document = try PolicyParser.parse(contentsOf: url.path, options: ParseOptions(departmentAliases: aliases))
        #expect(document.metadata["jurisdiction"] == "上海市")
        let all = document.allNodes.flatMap { $0.node.departments }
        func canonical(_ name: String) -> String?? { all.first { $0.name == name }.map(\.canonical) }
        // 以下简称 and the abbreviation rules agree.
        #expect(canonical("市经信委") == "上海市经济和信息化委员会")
        #expect(canonical("市经济信息化委") == "上海市经济和信息化委员会")
        // The list's 市 carries over to 财政局; 部门 is shared by 药品监管 and 财政.
        #expect(canonical("财政局") == "上海市财政局")
        #expect(canonical("药品监管") == "上海市药品监督管理部门")
        #expect(!all.contains { $0.name == "部门" || $0.name == "单位" })
        // 列第一位者为牵头单位: first of each list leads, the others support.
        let first = document.children[0].children[0].departments
        #expect(first.map(\.role) == [.lead, .support, .support])
        // A name repeated with the same role in one node is listed once with both spans.
        let third = document.children[0].children[2].departments
        let repeated = third.filter { $0.name == "市财政局" && $0.role == .support }
        #expect(repeated.count == 1)
        #expect(repeated.first?.spans?.count == 2)
        #expect(repeated.first?.span == repeated.first?.spans?.first)
        // Generic actors stay, flagged, without a canonical name.
        let generic = all.filter { $0.generic == true }.map(\.name)
        #expect(generic.contains("各区政府") && generic.contains("有关部门和单位"))
        #expect(all.filter { $0.generic == true }.allSatisfy { $0.canonical == nil })
        #expect(canonical("区城运中心") == "上海市城市运行管理中心")
        #expect(canonical("国家发展改革委") == "国家发展和改革委员会")
        #expect(canonical("人行上海总部") == "中国人民银行上海总部")
    }

    @Test func jurisdictionFromIssuerTitleOrDocumentNumber() {
        #expect(Jurisdiction.named("上海市崇明区人民政府办公室")?.name == "上海市崇明区")
        #expect(Jurisdiction.named("国务院办公厅关于印发…的通知")?.name == "中央")
        #expect(Jurisdiction.named("国家市场监督管理总局") == .central)
        #expect(Jurisdiction.named("城市更新行动方案") == nil)
        #expect(Jurisdiction.named("第五条市人民政府应当") == nil)
        #expect(DocumentFacts.jurisdiction(ofDocumentNumber: "沪府办发〔2020〕3号")?.name == "上海市")
        #expect(DocumentFacts.jurisdiction(ofDocumentNumber: "国办发〔2019〕4号") == .central)
        #expect(DocumentFacts.jurisdiction(ofDocumentNumber: "宁政发〔2020〕1号") == nil)
        #expect(Jurisdiction(parsing: "上海").name == "上海市")
        #expect(Jurisdiction(parsing: "上海市人民政府").name == "上海市")
        #expect(Jurisdiction(parsing: nil) == .unknown)
    }

    static let corpusPresent = FileManager.default.fileExists(atPath: Corpus.sharedCorpus.appendingPathComponent("real").path)

    /// The canonical names of every department in a corpus document, by written name.
    static func canonicals(_ prefix: String) throws -> [String: Set<String>] {
        guard let url = Corpus.file("real", prefix) else { return [:] }
        let document = try PolicyParser.parse(contentsOf: url.path)
        var out: [String: Set<String>] = [:]
        for d in document.departments + document.allNodes.flatMap({ $0.node.departments }) {
            out[d.name, default: []].insert(d.canonical ?? "<generic>")
        }
        return out
    }

    @Test(.enabled(if: corpusPresent, "needs ../shared/corpus"))
    func corpusCanonicals() throws {
        let c012 = try Self.canonicals("012"), c019 = try Self.canonicals("019"), c010 = try Self.canonicals("010")
        #expect(c012["发展改革委"] == ["国家发展和改革委员会"])
        #expect(c010["国家发展改革委"] == ["国家发展和改革委员会"])
        #expect(c019["人力资源社会保障部"] == ["人力资源和社会保障部"])
        let c003 = try Self.canonicals("003")
        #expect(c003["市发改委"] == ["包头市发展和改革委员会"])
        #expect(c003["市委网信办"] == ["中共包头市委网络安全和信息化委员会办公室"])
        let c001 = try Self.canonicals("001"), c002 = try Self.canonicals("002")
        #expect(c001["省发展改革委"] == ["安徽省发展和改革委员会"] && c002["省发展改革委"] == c001["省发展改革委"])
        #expect(c001["人行合肥中心支行"] == c002["人行合肥中心支行"])
        #expect(c001["各市人民政府"] == ["<generic>"])
        let c036 = try Self.canonicals("036")
        #expect(c036["市应急局"] == c036["市应急管理局"])
    }

    @Test(.enabled(if: corpusPresent, "needs ../shared/corpus"))
    func corpusTablesJoin() throws {
        var ids: Set<String> = []
        var total = 0
        for url in Corpus.files where url.path.contains("/real/") {
            let document = try PolicyParser.parse(contentsOf: url.path)
            let rows = CSVRows(document: document, name: url.lastPathComponent)
            total += rows.tasks.count
            ids.formUnion(rows.tasks.map { $0[0] })
            // Every amount/percentage row whose task or document has a year carries one.
            let period = document.metadata["period"] ?? document.metadata["signedDate"]
            for row in rows.values where row[4] == "amount" || row[4] == "percentage" {
                let taskHasYear = rows.tasks.first { $0[0] == row[0] }.map { _ in true } ?? false
                if period != nil || (taskHasYear && row[12] != "") { #expect(!row[10].isEmpty, "\(url.lastPathComponent) \(row)") }
            }
        }
        #expect(ids.count == total, "tasks.csv ids repeat")
        #expect(total > 1000)
    }
}

/// Groups of written variants: each group one department, every group a different one.
@Suite struct DepartmentVariantGroupTests {
    static let groups: [(jurisdiction: String?, names: [String])] = [
        (nil, ["发改委", "国家发改委", "国家发展改革委", "发展改革委", "国家发展和改革委员会", "国家发展改革委员会"]),
        (nil, ["工业和信息化部", "工信部", "工业信息化部"]),
        (nil, ["人力资源社会保障部", "人社部", "人力资源和社会保障部"]),
        (nil, ["国家卫生健康委", "卫生健康委", "国家卫健委", "国家卫生健康委员会", "国家卫生计生委"]),
        (nil, ["市场监管总局", "国家市场监管总局", "国家市场监督管理总局", "国家工商总局"]),
        (nil, ["人民银行", "中国人民银行", "人行", "央行"]),
        (nil, ["农业部", "农业农村部"]),
        (nil, ["科技部", "科学技术部"]),
        (nil, ["国资委", "国务院国资委", "国务院国有资产监督管理委员会"]),
        (nil, ["中央网信办", "国家网信办", "国家互联网信息办公室"]),
        ("中央", ["财政部"]),
        ("上海市", ["市经信委", "市经济信息化委", "市经济和信息化委员会", "上海市经济和信息化委员会", "上海市经信委"]),
        ("上海市", ["市发展改革委", "市发改委", "上海市发展和改革委员会", "市发展和改革委员会"]),
        ("上海市", ["市卫生健康委", "市卫健委", "市卫计委"]),
        ("上海市", ["市市场监管局", "市市场监督管理局", "上海市市场监督管理局"]),
        ("上海市", ["市规划资源局", "市规划和自然资源局"]),
        ("上海市", ["市委网信办", "市网信办", "中共上海市委网络安全和信息化委员会办公室"]),
        ("上海市", ["市委宣传部", "中共上海市委宣传部"]),
        ("上海市", ["市政府", "上海市人民政府", "市人民政府"]),
        ("上海市", ["市科委", "市科学技术委员会"]),
        ("上海市", ["市教委", "市教育委员会"]),
        ("上海市", ["市财政局", "上海市财政局"]),
        ("上海市崇明区", ["区财政局", "崇明区财政局", "上海市崇明区财政局"]),
        ("包头市", ["市发改委", "市发展和改革委员会"]),
        ("安徽省", ["省经信厅", "省经济和信息化厅", "安徽省经济和信息化厅"]),
        ("安徽省", ["省人社厅", "省人力资源社会保障厅", "省人力资源和社会保障厅"]),
        ("安徽省", ["省住建厅", "省住房城乡建设厅", "省住房和城乡建设厅"]),
        ("安徽省", ["省文旅厅", "省文化和旅游厅", "省文化旅游厅"]),
        ("安徽省", ["人行合肥中心支行", "人民银行合肥中心支行", "中国人民银行合肥中心支行"]),
        ("安徽省", ["省工信厅", "省工业和信息化厅"]),
        ("上海市静安区", ["团区委", "区团委", "共青团上海市静安区委员会"]),
        ("上海市", ["市纪委", "市纪律检查委员会", "中共上海市纪律检查委员会"]),
        ("上海市", ["市监委", "市监察委员会"]),
        ("上海市", ["市大数据局", "市大数据管理局"]),
        ("包头市", ["市审批服务局", "市行政审批服务局", "审批服务局"]),
        ("上海市", ["临港新片区管委会", "临港新片区管理委员会"]),
    ]

    @Test func variantsOfOneDepartmentUnifyAndGroupsStayApart() {
        let names = DepartmentCanonicalizer()
        var seen: [String: Int] = [:]
        for (k, group) in Self.groups.enumerated() {
            let canonicals = group.names.map { names.canonical(for: $0, jurisdiction: group.jurisdiction) }
            #expect(Set(canonicals).count == 1, "\(group.names) → \(canonicals)")
            guard let c = canonicals.first, let c else { Issue.record("\(group.names) has no canonical"); continue }
            if let other = seen[c] { Issue.record("groups \(other) and \(k) share \(c)") }
            seen[c] = k
        }
    }
}

/// The example table of Docs/Departments.md runs as a test.
@Suite struct DepartmentDocumentationTests {
    @Test func examplesTableHolds() throws {
        let text = try String(contentsOf: Corpus.root.appendingPathComponent("Docs/Departments.md"), encoding: .utf8)
        guard let start = text.range(of: "## Examples") else { Issue.record("no examples section"); return }
        let names = DepartmentCanonicalizer()
        var checked = 0
        for line in text[start.upperBound...].split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| written") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let jurisdiction = cells[2].isEmpty ? nil : cells[2]
            let expected: String? = cells[3] == "(generic)" ? nil : cells[3]
            #expect(names.canonical(for: cells[1], jurisdiction: jurisdiction) == expected, "\(cells[1]) in \(cells[2])")
            checked += 1
        }
        #expect(checked >= 10)
    }
}
