/// 部门名称规范化 (department canonicalizer): the full standard name of a department, qualified by
/// its jurisdiction, from any of its written forms.
///
/// `市经信委`, `市经济信息化委` and `市经济和信息化委员会` in a Shanghai document all give
/// `上海市经济和信息化委员会`; `发展改革委` in a State Council document gives `国家发展和改革委员会`;
/// `省经信厅` in an Anhui document `安徽省经济和信息化厅`. The rules, in order:
///
/// 1. Generic actors (`有关部门`, `各区政府`, `相关单位`, `省级人民政府`) have no canonical name (nil).
/// 2. A user alias (`DepartmentAlias`) for the name, in the jurisdiction or everywhere, wins.
/// 3. National bodies by the table in `NationalBodies` (forms, short forms, former names resolve
///    to the current name). A form that could also be a local department (`发展改革委`, `统计局`)
///    is national only in a national document or with an explicit `国家`/`国务院`/`中央` prefix.
/// 4. Local departments: explicit regions (`上海市`, `崇明区`), a level prefix (`省` `市` `区` `县`
///    `州` `自治区`) that picks the jurisdiction's component at that level, a Party marker (`市委`),
///    a stem expanded by `LocalStems` (`发改` → `发展和改革`), and the body's suffix expanded
///    (`委` → `委员会`, `办` → `办公室`). A known body without a prefix belongs to the document's
///    own (lowest) level, or the province for `厅`. An unknown jurisdiction leaves the prefix as
///    written (`市经济和信息化委员会`), never a guess.
public struct DepartmentCanonicalizer: Sendable {
    /// Aliases by written name.
    private var aliases: [String: [DepartmentAlias]]

    /// Creates a canonicalizer with user aliases (which win over every rule).
    public init(aliases: [DepartmentAlias] = []) {
        var index: [String: [DepartmentAlias]] = [:]
        for alias in aliases { index[Self.normalize(alias.name), default: []].append(alias) }
        self.aliases = index
    }

    /// The canonical name of `name` in `jurisdiction` (`上海市`, `上海市崇明区`, `安徽省`, `中央`,
    /// or nil when unknown); nil for generic actors such as `有关部门`.
    public func canonical(for name: String, jurisdiction: String?) -> String? {
        canonical(for: name, in: Jurisdiction(parsing: jurisdiction))
    }

    /// Whether `name` is a collective or unspecific actor (`有关部门`, `各市人民政府`, `相关单位`).
    public static func isGeneric(_ name: String) -> Bool {
        genericName(normalizedScalars(name))
    }

    /// The same canonicalizer with a document's own definitions (`以下简称`) added as aliases:
    /// each short name stands for its full name's canonical.
    package func adding(definitions: [(short: String, full: String)], in jurisdiction: Jurisdiction) -> DepartmentCanonicalizer {
        guard !definitions.isEmpty else { return self }
        var copy = self
        for d in definitions {
            guard let target = canonical(for: d.full, in: jurisdiction) else { continue }
            copy.aliases[Self.normalize(d.short), default: []].insert(
                DepartmentAlias(name: d.short, canonical: target, jurisdiction: jurisdiction.name), at: 0)
        }
        return copy
    }

    /// The canonical name of `name` in a parsed jurisdiction.
    package func canonical(for name: String, in jurisdiction: Jurisdiction) -> String? {
        let ns = Self.normalizedScalars(name)
        guard ns.count >= 2 else { return nil }
        let n = String(String.UnicodeScalarView(ns))
        if let entries = aliases[n] {
            if let hit = entries.first(where: { $0.jurisdiction.map { Jurisdiction(parsing: $0) == jurisdiction } ?? false })
                ?? entries.first(where: { $0.jurisdiction == nil }) {
                return hit.canonical
            }
        }
        if DepartmentTables.national[n] == nil, Self.genericName(ns) { return nil }
        if let national = Self.national(n, jurisdiction) { return national }
        return Self.local(n, jurisdiction)
    }

    // MARK: Rules

    /// `name` without spaces, with ASCII brackets made full-width, a trailing `等` and a trailing
    /// bracketed second plaque (`市水务局（市海洋局）`) dropped.
    package static func normalize(_ name: String) -> String {
        String(String.UnicodeScalarView(normalizedScalars(name)))
    }

    /// `normalize(name)` as code points.
    static func normalizedScalars(_ name: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(name.utf8.count / 3 + 1)
        for c in name.unicodeScalars {
            switch c {
            case " ", "\t", "\n", "\r", "\u{3000}", "\u{A0}": continue
            case "(": scalars.append("（")
            case ")": scalars.append("）")
            default: scalars.append(c)
            }
        }
        if scalars.last == "）", let open = scalars.lastIndex(of: "（"), open >= 2 { scalars.removeSubrange(open...) }
        while scalars.last == "等" { scalars.removeLast() }
        return scalars
    }

    static let genericPrefixes = ["有关", "相关", "其他", "其它", "地方各级", "地方人民政府", "地方政府", "县级以上", "县级及以上", "省级", "市级", "区级", "县级",
"乡级", "乡镇", "所在", "属地", "当地", "同级", "本级", "上级", "下级", "辖区", "沿线", "全市",
                                  "全区", "全省", "全县", "本市", "本区", "本省", "本县", "牵头", "责任", "成员", "派出"]
    static let genericParts = ["各", "有关", "相关", "以上", "成员单位", "牵头单位", "责任单位", "配合单位", "试点", "等部门", "等单位", "、"]
    static let genericWholes: Set<String> = ["部门", "单位", "政府", "企业", "机构", "组织", "街镇", "乡镇", "镇街", "街道", "社区",
                                             "园区", "各方", "人民政府", "地方政府", "主管部门", "行业主管部门", "行业部门", "职能部门",
                                             "部门和单位", "单位和部门", "政府部门", "监管部门", "执法部门", "乡镇人民政府",
                                             "街道办事处", "乡镇政府", "镇人民政府", "镇政府", "街镇政府"]

    static let genericWholeScalars: [[Unicode.Scalar]] = genericWholes.map { Array($0.unicodeScalars) }
    static let genericPrefixScalars: [[Unicode.Scalar]] = genericPrefixes.map { Array($0.unicodeScalars) }
    static let genericPartScalars: [[Unicode.Scalar]] = genericParts.map { Array($0.unicodeScalars) }

    /// Whether normalized `n` names a collective or unspecific actor: the tables compared code point by code point (no `String`
    /// comparison or Foundation search), each part looked for only where its first character stands.
    static func genericName(_ n: [Unicode.Scalar]) -> Bool {
        for w in genericWholeScalars where w.count == n.count && w == n { return true }
        guard let first = n.first else { return false }
        for p in genericPrefixScalars where p[0] == first && ScalarPattern.matches(n, at: 0, p, limit: n.count) { return true }
        for i in n.indices {
            switch n[i] {
            case "各", "有", "相", "以", "成", "牵", "责", "配", "试", "等", "、":
                for p in genericPartScalars where p[0] == n[i] && ScalarPattern.matches(n, at: i, p, limit: n.count) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Prefixes that make a name national whatever the document's jurisdiction.
    static let nationalPrefixes = ["国家", "国务院", "中央", "中共中央", "中国", "全国", "中华"]

    /// The national body `n` names (or one of its branches, `人行合肥中心支行`), or nil.
    static func national(_ n: String, _ j: Jurisdiction) -> String? {
        let explicit = nationalPrefixes.contains { n.hasPrefix($0) }
        // Only a known local jurisdiction reads `发展改革委` as its own; unknown, it is the national body.
        let localDocument = !j.national && !j.components.isEmpty
        if let full = DepartmentTables.national[n] {
            if explicit || !localDocument || !ambiguousLocally(n) { return full }
        }
        // Forms the table does not list, read by the local rules: 国家发展改革委员会, 卫生健康委员会.
        for prefix in ["国务院", "国家", ""] where n.hasPrefix(prefix) && (explicit || !localDocument || !prefix.isEmpty) {
            let rest = Array(n.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            guard let reading = body(rest[...]), reading.known, !reading.party else { continue }
            for candidate in [prefix + reading.full, "国家" + reading.full] {
                if let full = DepartmentTables.national[candidate] { return full }
            }
        }
        // A national body followed by its branch: `人民银行合肥中心支行`, `科技部火炬中心`.
        let scalars = Array(n.unicodeScalars)
        // Only a name whose first two characters start some national form can begin with one.
        guard scalars.count >= 4, nationalLeads.contains(lead(scalars[0], scalars[1])) else { return nil }
        var length = min(scalars.count - 2, 16)
        while length >= 2 {
            let prefix = String(String.UnicodeScalarView(scalars[..<length]))
            if let full = DepartmentTables.national[prefix], explicit || !ambiguousLocally(prefix) {
                let rest = scalars[length]
                if !"和及与门、（员会委局部厅办署司".unicodeScalars.contains(rest) {
                    return full + String(String.UnicodeScalarView(scalars[length...]))
                }
            }
            length -= 1
        }
        return nil
    }

    /// The first two characters of every national form, as `lead` packs them.
    static let nationalLeads: Set<UInt64> = Set(DepartmentTables.national.keys.compactMap { form in
        let s = Array(form.unicodeScalars)
        return s.count >= 2 ? lead(s[0], s[1]) : nil
    })

    /// Two code points in one integer.
    @inline(__always)
    static func lead(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// Whether a national form also reads as a known local department (`发展改革委`, `统计局`, `网信办`).
    static func ambiguousLocally(_ form: String) -> Bool {
        guard let body = body(Array(form.unicodeScalars)[...]) else { return false }
        return body.known && !body.national
    }

    /// The reading of a body (what follows regions and the level prefix).
    struct Body {
        /// The full form: stem and suffix expanded.
        var full: String
        /// True when the stem or whole name is in the tables.
        var known: Bool
        /// True for a Party committee's department.
        var party: Bool
        /// True when the suffix is 厅 (a provincial department).
        var provincial: Bool
        /// True when the suffix is 部 on a non-Party stem (a ministry, not a local body).
        var national: Bool
        /// True for a Party commission named beside the committee (纪律检查委员会).
        var commission = false
    }

    /// `DepartmentTables.suffixes` as code points, in the same order.
    static let suffixScalars: [[Unicode.Scalar]] = DepartmentTables.suffixes.map { Array($0.written.unicodeScalars) }

    /// Reads `body` as a whole name, or a stem plus a suffix; nil when empty.
    static func body(_ body: ArraySlice<Unicode.Scalar>) -> Body? {
        guard !body.isEmpty else { return nil }
        let text = String(String.UnicodeScalarView(body))
        if let whole = DepartmentTables.wholeNames[text] {
            return Body(full: whole, known: true, party: false, provincial: false, national: false)
        }
        var fallback: Body?
        // Suffixes compared code point by code point (the tables are plain Han characters).
        for (k, written) in suffixScalars.enumerated()
        where body.count > written.count && body.suffix(written.count).elementsEqual(written) {
            let suffix = DepartmentTables.suffixes[k]
            let stemText = String(String.UnicodeScalarView(body.dropLast(written.count)))
            if let stem = DepartmentTables.stems[stemText] ?? DepartmentTables.stems[stemText.replacingAll("和")] {
                if suffix.written == "部" && !stem.party {
                    if fallback == nil { fallback = Body(full: text, known: false, party: false, provincial: false, national: true) }
                    continue
                }
                return Body(full: stem.full + suffix.full, known: true, party: stem.party, provincial: suffix.written == "厅", national: false,
                            commission: stem.commission)
            }
            if fallback == nil, suffix.written != "部" {
                fallback = Body(full: stemText + suffix.full, known: false, party: false, provincial: suffix.written == "厅", national: false)
            }
        }
        return fallback ?? Body(full: text, known: false, party: false, provincial: false, national: false)
    }

    /// A known local jurisdiction, for asking whether a name would read as local anywhere.
    package static let someLocal = Jurisdiction(national: false, components: [.init(name: "某市", level: .city, municipality: false)])

    /// The level a prefix character stands for.
    static func level(ofPrefix c: Unicode.Scalar) -> Jurisdiction.Level? {
        switch c {
        case "省": return .province
        case "市", "州", "盟": return .city
        case "区", "县", "旗": return .county
        default: return nil
        }
    }

    /// The canonical name of a local department (rule 4).
    static func local(_ n: String, _ j: Jurisdiction) -> String {
        var s = Array(n.unicodeScalars)
        // 中共上海市委宣传部: the Party marker is added back below.
        if n.hasPrefix("中共"), !n.hasPrefix("中共中央"), s.count > 3 { s.removeFirst(2) }
        var p = 0
        var youthLeague = false
        if s.count >= 3, s[0] == "团", level(ofPrefix: s[1]) != nil, s[2] == "委" {
            youthLeague = true
            p = 1
        } else if n.hasPrefix("共青团"), s.count > 5 {
            // 共青团上海市静安区委员会.
            youthLeague = true
            p = 3
        }
        // Explicit regions: 上海市崇明区….
        var regionText: String?
        let (named, end) = Jurisdiction.regions(in: s, from: p)
        var reading: Body?
        if !named.isEmpty, end < s.count {
            // 崇明区… in a 上海市崇明区 document, 杨浦区… in a 上海市 one: the document's larger regions lead.
            var chain = j.chain(endingAt: named[0].name).map { $0 + named.dropFirst() } ?? named
            if chain.first == named.first, let deepest = j.components.last, named[0].level > deepest.level,
               !(deepest.municipality && named[0].level == .city) {
                chain = j.components + named
            }
            regionText = chain.map(\.name).joined()
            p = end
            reading = body(s[p...])
        } else if let lvl = level(ofPrefix: s[p]), s.count - p >= 2 {
            // A level prefix, unless the name reads better without it (市场监管局 is not 市 + 场监管局).
            var prefixLength = 1
            if ScalarPattern.matches(s, at: p, Array("自治区".unicodeScalars), limit: s.count) { prefixLength = 3 }
            let withPrefix = body(s[(p + prefixLength)...])
            let without = body(s[p...])
            if let without, without.known, !(withPrefix?.known ?? false), !youthLeague {
                reading = without
            } else {
                reading = withPrefix
                p += prefixLength
                regionText = j.component(for: lvl)?.map(\.name).joined() ?? String(s[p - prefixLength])
            }
        } else {
            reading = body(s[p...])
        }
        guard var reading else { return n }
        // 市委宣传部, 区委: a Party committee.
        var party = reading.party
        if regionText != nil, s[p] == "委" {
            party = true
            if p + 1 < s.count, let rest = body(s[(p + 1)...]) {
                reading = rest
            } else {
                reading.full = ""
            }
        }
        // 团市委 and 市团委: the Communist Youth League committee of that level.
        if youthLeague || String(String.UnicodeScalarView(s[p...])) == "团委" { return "共青团" + (regionText ?? "") + "委员会" }
        if regionText == nil, reading.known, !j.national {
            let lvl: Jurisdiction.Level = reading.provincial ? .province : (j.components.last?.level ?? .county)
            regionText = j.component(for: lvl)?.map(\.name).joined()
        }
        // An unknown body without any prefix stays as written (北京冬奥组委 is no 北京冬奥组委员会),
        // but for 管委会 → 管理委员会 (临港新片区管委会).
        if regionText == nil, !reading.known, !party {
            for short in ["管委会", "管委"] where n.hasSuffix(short) { return String(n.dropLast(short.count)) + "管理委员会" }
            return n
        }
        let region = regionText ?? ""
        if reading.commission { return "中共" + region + reading.full }
        if party { return region.isEmpty ? reading.full : "中共" + region + "委" + reading.full.ifEmpty("员会") }
        return region + reading.full
    }
}

extension String {
    /// The string without any occurrence of `character`.
    fileprivate func replacingAll(_ character: Character) -> String { filter { $0 != character } }

    /// The string, or `other` when empty.
    fileprivate func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
