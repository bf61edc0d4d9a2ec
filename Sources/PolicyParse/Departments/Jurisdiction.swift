/// 行政区划 (jurisdiction): where a document's departments sit, e.g. 上海市崇明区, 安徽省, or the
/// central government (`中央`). Written as one string (`上海市崇明区`), read as components with levels.
package struct Jurisdiction: Hashable, Sendable {
    /// The level of one component.
    package enum Level: Int, Sendable, Comparable {
        /// 省, 自治区, 直辖市, 特别行政区.
        case province = 1
        /// 地级市, 自治州, 盟.
        case city = 2
        /// 区, 县, 旗, 县级市.
        case county = 3

        package static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// One named component, e.g. (`上海市`, province, municipality true).
    package struct Component: Hashable, Sendable {
        /// The name with its suffix: 上海市, 崇明区.
        package var name: String
        /// Its level.
        package var level: Level
        /// True for 直辖市, which are both province and city.
        package var municipality: Bool
    }

    /// The string written for the central government.
    package static let centralName = "中央"

    /// True for the central government (国务院 and its departments).
    package var national: Bool
    /// The components, largest first; empty for national or unknown.
    package var components: [Component]

    /// The jurisdiction as one string: `上海市崇明区`, `中央`, or nil when unknown.
    package var name: String? {
        if national { return Jurisdiction.centralName }
        return components.isEmpty ? nil : components.map(\.name).joined()
    }

    /// The central government.
    package static let central = Jurisdiction(national: true, components: [])
    /// An unknown jurisdiction.
    package static let unknown = Jurisdiction(national: false, components: [])

    package init(national: Bool, components: [Component]) {
        self.national = national
        self.components = components
    }

    /// Reads a jurisdiction string as users and the `jurisdiction` fact write it: `上海市崇明区`,
    /// `上海` (a province's short name), `中央`/`国家`/`全国`; nil or unreadable → unknown.
    package init(parsing text: String?) {
        guard let raw = text?.filter({ !$0.isWhitespace }), !raw.isEmpty else { self = .unknown; return }
        if ["中央", "国家", "全国", "国务院", "中华人民共和国", "national", "central"].contains(raw) { self = .central; return }
        if let province = Jurisdiction.provinceByShortName[raw] { self.init(national: false, components: [province]); return }
        // A region, or a body's name starting with one (`上海市人民政府` → 上海市); `国务院办公厅` → central.
        if let named = Jurisdiction.named(raw) {
            self = named
        } else {
            let (components, _) = Jurisdiction.regions(in: Array(raw.unicodeScalars), from: 0)
            self.init(national: false, components: components)
        }
    }

    /// The component that a level prefix (`省`, `市`, `区`) refers to, or nil when not known.
    package func component(for level: Level) -> [Component]? {
        for (k, c) in components.enumerated() {
            if c.level == level || (c.municipality && level == .city) { return Array(components[...k]) }
        }
        return nil
    }

    /// The components up to and including the one named `name`, if it is one of them.
    package func chain(endingAt name: String) -> [Component]? {
        guard let k = components.firstIndex(where: { $0.name == name }) else { return nil }
        return Array(components[...k])
    }

    // MARK: Reading region names

    static let provinceTable: [(full: String, short: String, municipality: Bool)] = LocalStems.provinces
        .split(separator: "\n").map { line in
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            return (f[0], f[1], f.count > 2 && f[2] == "*")
        }
    static let provinceByShortName: [String: Component] = Dictionary(provinceTable.flatMap { p -> [(String, Component)] in
        let c = Component(name: p.full, level: .province, municipality: p.municipality)
        return [(p.short, c), (p.full, c)]
    }, uniquingKeysWith: { a, _ in a })
    /// Full province names as code points, longest first.
    static let provinceScalars: [([Unicode.Scalar], Component)] = provinceTable
        .map { (Array($0.full.unicodeScalars), Component(name: $0.full, level: .province, municipality: $0.municipality)) }
        .sorted { $0.0.count > $1.0.count }

    /// Endings of place-like words that are not jurisdictions (试验区, 开发区, 社区 …).
    static let notRegionEndings: [[Unicode.Scalar]] = [
        "开发区", "试验区", "示范区", "先行区", "合作区", "片区", "园区", "保税区", "功能区", "集聚区", "自贸区", "城区", "社区",
        "街区", "景区", "小区", "辖区", "地区", "特区", "湾区", "老区", "山区", "牧区", "林区", "矿区", "新区域", "市区", "郊区",
        "城市", "都市", "超市", "门市", "全市", "本市", "各市", "该市", "全区", "本区", "各区", "全县", "本县", "各县",
    ].map { Array($0.unicodeScalars) }
    /// Characters no region name holds (function words, 第…条).
    static let notInRegionName: Set<Unicode.Scalar> = ["和", "的", "第", "条", "章", "款", "之", "与", "及", "或", "在", "于", "为", "是",
                                                        "对", "将", "把", "被", "等", "各", "本", "该", "全", "其", "由", "向", "按"]
    /// Characters a region name does not start with (`市绿化市容局` is no region 市绿化市).
    static let leadingLevelCharacters: Set<Unicode.Scalar> = ["市", "区", "县", "省", "州", "镇", "乡"]
    /// Characters ending a component.
    @inline(__always)
    static func isRegionEnd(_ c: Unicode.Scalar) -> Bool { c == "市" || c == "区" || c == "县" || c == "州" || c == "盟" || c == "旗" }

    /// The region components written at `start` of `s` (`上海市崇明区…`), and where they end.
    /// A component is a province's full name, or 2 to 7 Han characters ending in 市/区/县/州/盟/旗
    /// that is not a place-like word (城市, 开发区, 社区 …).
    package static func regions(in s: [Unicode.Scalar], from start: Int) -> ([Component], Int) {
        var out: [Component] = []
        var p = start
        while p < s.count {
            if out.isEmpty, let (scalars, c) = provinceScalars.first(where: { ScalarPattern.matches(s, at: p, $0.0, limit: s.count) }) {
                out.append(c)
                p += scalars.count
                continue
            }
            var k = p + 2
            var found: Int?
            while k < s.count, k - p <= 7 {
                if isRegionEnd(s[k]) { found = k; break }
                if !ScalarPattern.isHan(s[k]) { break }
                k += 1
            }
            guard let end = found else { break }
            var ok = !leadingLevelCharacters.contains(s[p])
            for q in p...end where !ScalarPattern.isHan(s[q]) || notInRegionName.contains(s[q]) { ok = false }
            if ok, notRegionEndings.contains(where: { ScalarPattern.endsWith(s, before: end + 1, $0, floor: p) }) { ok = false }
            if ok, end + 1 < s.count, s[end + 1] == "场" || s[end + 1] == "政" && s[end] == "市" { ok = false }   // 市场, 市政
            guard ok else { break }
            let name = String(String.UnicodeScalarView(s[p...end]))
            let level: Level
            switch s[end] {
            case "市": level = out.isEmpty || out.last?.level == .province && !(out.last?.municipality ?? false) ? .city : .county
            case "州", "盟": level = .city
            default: level = .county
            }
            if let last = out.last, level <= last.level, !(last.municipality && level == .county) { break }
            out.append(Component(name: name, level: level, municipality: false))
            p = end + 1
        }
        return (out, p)
    }
}

extension Jurisdiction {
    /// Beginnings that make a document national: 国务院, 中共中央, 全国人大 ….
    static let nationalIssuers = ["国务院", "中共中央", "中华人民共和国", "全国人民代表大会", "全国人大", "中央"]

    /// The jurisdiction a name or title starts with, if it starts with one.
    package static func named(_ text: String) -> Jurisdiction? {
        var t = Substring(text.filter { !$0.isWhitespace && $0 != "#" && $0 != "*" })
        if t.hasPrefix("中共"), !t.hasPrefix("中共中央") { t = t.dropFirst(2) }
        if nationalIssuers.contains(where: { t.hasPrefix($0) }) { return .central }
        if t.contains("国务院令") { return .central }
        let scalars = Array(t.unicodeScalars)
        let (components, end) = Jurisdiction.regions(in: scalars, from: 0)
        if !components.isEmpty, end < scalars.count || components.count > 1 || components[0].level == .province {
            return Jurisdiction(national: false, components: components)
        }
        // A national body issuing in its own name: 国家市场监督管理总局, 财政部 教育部关于….
        var length = min(scalars.count, 16)
        while length >= 2 {
            let prefix = String(String.UnicodeScalarView(scalars[..<length]))
            if DepartmentTables.national[prefix] != nil, !DepartmentCanonicalizer.ambiguousLocally(prefix),
               length == scalars.count || !ScalarPattern.isHan(scalars[length]) || followsBodyName(scalars, length) {
                return .central
            }
            length -= 1
        }
        return nil
    }

    /// Whether what follows a body's name at `index` is 关于, 印发, 令 or 、 (a title or signature, not a longer name).
    static func followsBodyName(_ s: [Unicode.Scalar], _ index: Int) -> Bool {
        let next = s[index]
        return next == "关" || next == "印" || next == "令" || next == "、" || next == "公" || next == "办" && index + 1 < s.count && s[index + 1] == "公"
    }
}
