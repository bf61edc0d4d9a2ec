extension DocumentFacts {
    /// Front-matter keys naming the issuing body, tried in this order.
    static let issuerKeys = ["发布单位", "发文机关", "发文单位", "发布机关", "制定机关", "颁布单位", "issuer", "author", "publisher"]

    /// The `jurisdiction` fact: where the document's departments sit.
    ///
    /// Read, first that answers, from: a front-matter `jurisdiction`; the issuer (front matter, then
    /// the signing line); the title (`上海市人民政府办公厅关于…`); the first lines (`国务院令`,
    /// `上海市人民政府令`). A name starting with 国务院/中共中央/全国人大 or naming a national body
    /// (`国家市场监督管理总局`) is national (`中央`); one starting with a region (`上海市崇明区…`)
    /// is that region. Nothing found: unknown, and canonical names keep their prefix as written.
    package static func jurisdiction(of clean: CleanText, metadata: [String: String], title: String?) -> Jurisdiction {
        if let given = metadata["jurisdiction"] {
            let j = Jurisdiction(parsing: given)
            if j != .unknown { return j }
        }
        var candidates: [String] = issuerKeys.compactMap { metadata[$0] }
        if let issuer = metadata["issuer"] { candidates.append(issuer) }
        if let title { candidates.append(title) }
        candidates += firstLines(clean, count: 8).filter { line in
            ["令", "人民政府", "关于", "人民代表大会", "常务委员会"].contains { line.contains($0) }
        }
        for candidate in candidates {
            if let j = Jurisdiction.named(candidate) { return j }
        }
        if let number = metadata["documentNumber"], let j = jurisdiction(ofDocumentNumber: number) { return j }
        return .unknown
    }

    /// One-character province abbreviations that open a 文号 (`沪府办发`, `皖政办秘`) and name no
    /// city as well (宁, 青, 新, 吉, 贵 are left out: 宁政发 is 南京).
    static let provinceAbbreviations: [Character: String] = [
        "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省", "辽": "辽宁省",
        "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
        "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "琼": "海南省", "川": "四川省", "黔": "贵州省",
        "滇": "云南省", "陕": "陕西省", "甘": "甘肃省", "陇": "甘肃省", "藏": "西藏自治区", "桂": "广西壮族自治区",
        "蒙": "内蒙古自治区",
    ]

    /// The jurisdiction a 文号 names: `国发`, `国办发`, `国办函`, `国令` are central; a province's
    /// abbreviation (`沪府办发`) names the province. The last resort, after issuer and title.
    static func jurisdiction(ofDocumentNumber number: String) -> Jurisdiction? {
        guard let first = number.first else { return nil }
        if first == "国", let second = number.dropFirst().first, "发办函令".contains(second) { return .central }
        guard let province = provinceAbbreviations[first],
              let second = number.dropFirst().first, second != "〔", second != "[" else { return nil }
        return Jurisdiction(parsing: province)
    }

    /// The first `count` non-empty lines of `clean` (each at most 60 characters read).
    static func firstLines(_ clean: CleanText, count: Int) -> [String] {
        let s = clean.scalars
        var out: [String] = []
        var start = 0
        var i = 0
        while i <= s.count, out.count < count, i < window {
            if i == s.count || s[i] == "\n" {
                let line = DepartmentList.trim(s, start..<min(i, start + 60))
                if line.count >= 2 { out.append(clean.text(line)) }
                start = i + 1
            }
            i += 1
        }
        return out
    }
}
