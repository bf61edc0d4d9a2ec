/// 行政区划用语 (jurisdiction words): every word rule of the reuse comparison in one place.
///
/// A local plan copies a central task and swaps the jurisdiction: 国务院 → 市政府, 全国 → 全市,
/// 各省 → 各区, 上海市 → 奉贤区. Before two tasks are compared, each such word becomes the
/// placeholder `⟨地⟩` (government words become `⟨地⟩ 政府`), so the swap does not hide a copy.
/// The rules, in order (see Docs/Reuse.md):
/// 1. level words (`levelWords`): 国家 全国 中央 省 市 区 县 镇 本市 我区 全省 各区 市级 …;
/// 2. government words: 国务院, and a level (or place) followed by 政府 / 人民政府 (区政府, 省人民政府);
/// 3. place names: those named by either document's title or issuer (上海市, 奉贤区, and 上海, 奉贤),
///    and any word of two to four characters ending in 省, 市, 县 or 自治区 that is not a common noun
///    (城市, 超市 …);
/// 4. department prefixes for comparing departments: `departmentKey` drops a leading level or
///    place (市发展改革委 and 国家发展改革委 both give 发展改革委).
package enum JurisdictionWords {
    /// The placeholder every jurisdiction word becomes.
    package static let placeholder = "⟨地⟩"

    /// Words that name a level of government or its whole territory.
    static let levelWords: Set<String> = [
        "国家", "全国", "中央", "地方", "省", "市", "区", "县", "州", "镇", "乡", "街道", "街镇", "乡镇",
        "自治区", "直辖市", "本省", "本市", "本区", "本县", "本镇", "我省", "我市", "我区", "我县",
        "全省", "全市", "全区", "全县", "全镇", "各省", "各市", "各区", "各县", "各镇", "各街镇", "各地",
        "省级", "市级", "区级", "县级", "镇级", "国家级", "省内", "市内", "区内", "县内", "本辖区", "辖区",
        "省市", "市区县", "区县", "市县", "省区市", "各省区市", "各省份",
    ]

    /// Words ending in a level character that are common nouns, not places.
    static let commonNouns: Set<String> = [
        "城市", "都市", "超市", "上市", "股市", "楼市", "开市", "门市", "夜市", "集市", "闹市",
    ]

    /// Level characters that make a word of two to four characters a place name.
    static let placeEndings: Set<Unicode.Scalar> = ["省", "市", "县"]

    /// Level characters that may precede 政府 or 人民政府.
    static let levelCharacters: Set<Unicode.Scalar> = ["省", "市", "区", "县", "州", "镇", "乡"]

    /// The place names a document names itself by: from its title and issuer, each `…省/市/区/县/州`
    /// at the start of a name, with and without the level character (上海市奉贤区 gives 上海市, 上海,
    /// 奉贤区, 奉贤).
    package static func placeNames(inTitle title: String) -> Set<String> {
        var names: Set<String> = []
        let scalars = Array(title.unicodeScalars)
        var start = 0
        var i = 0
        // Scan the leading run of place names: up to six characters then a level character.
        while i < scalars.count, i - start <= 6 {
            let c = scalars[i]
            if levelCharacters.contains(c) || c == "盟" {
                if i > start {
                    let bare = String(String.UnicodeScalarView(scalars[start..<i]))
                    if bare.unicodeScalars.count >= 2, !bare.hasSuffix("人民"), !bare.contains("关于") {
                        names.insert(bare)
                        names.insert(bare + String(c))
                    }
                }
                start = i + 1
            } else if !isCJKIdeograph(c) {
                break
            }
            i += 1
        }
        return names
    }

    /// The tokens a word becomes: itself, or `⟨地⟩`, or `⟨地⟩ 政府` for a government word.
    static func normalize(_ word: String, places: Set<String>) -> [String] {
        if word == "国务院" { return [placeholder, "政府"] }
        if levelWords.contains(word) || places.contains(word) { return [placeholder] }
        if word.hasSuffix("政府") {
            var stem = word.dropLast(2)
            if stem.hasSuffix("人民") { stem = stem.dropLast(2) }
            if stem.isEmpty { return ["政府"] }
            if isJurisdiction(String(stem), places: places) { return [placeholder, "政府"] }
            return [word]
        }
        if isPlaceShaped(word) { return [placeholder] }
        return [word]
    }

    /// A level word, a known place, a level character, or a place-shaped word.
    static func isJurisdiction(_ word: String, places: Set<String>) -> Bool {
        if levelWords.contains(word) || places.contains(word) { return true }
        if word.unicodeScalars.count == 1, let c = word.unicodeScalars.first, levelCharacters.contains(c) { return true }
        return isPlaceShaped(word)
    }

    /// Two to four ideographs ending in 省, 市, 县 or 自治区, not a common noun.
    static func isPlaceShaped(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 5, !commonNouns.contains(word) else { return false }
        guard scalars.allSatisfy(isCJKIdeograph) else { return false }
        if word.hasSuffix("自治区") { return true }
        return scalars.count <= 4 && placeEndings.contains(scalars[scalars.count - 1])
    }

    /// Endings that name the kind of organ, which differs by level for one line of work: 部 (national
    /// ministry), 厅 (province), 局 / 委 (city, district); longest first.
    static let organEndings = ["委员会", "总局", "部", "厅", "局", "委", "办"]

    /// The line of work a department stands for, without its jurisdiction and organ ending:
    /// 市发展改革委 and 国家发展改革委 → 发展改革, 农业农村部 and 省农业农村厅 → 农业农村,
    /// 市交通委 and 奉贤区交通委 → 交通. Two names with one key are one department localised.
    package static func departmentKey(_ name: String, places: Set<String>) -> String {
        let stem = departmentStem(name, places: places)
        for ending in organEndings where stem.hasSuffix(ending) && stem.count > ending.count + 1 {
            return String(stem.dropLast(ending.count))
        }
        return stem
    }

    /// The department name without a leading jurisdiction (the longest place first when two are prefixes): 市发展改革委 → 发展改革委, 奉贤区交通委 → 交通委.
    static func departmentStem(_ name: String, places: Set<String>) -> String {
        var rest = Substring(name)
        var changed = true
        while changed {
            changed = false
            if rest.hasPrefix("国务院") || rest.hasPrefix("国家") {
                // 国务院办公厅 stays itself; 国家发展改革委 loses 国家.
                if rest.hasPrefix("国家") { rest = rest.dropFirst(2); changed = true }
                continue
            }
            var longest = ""
            for place in places where place.count > longest.count && rest.hasPrefix(place) && rest.count > place.count + 1 {
                longest = place
            }
            if !longest.isEmpty {
                rest = rest.dropFirst(longest.count)
                changed = true
            }
            if !changed, let first = rest.unicodeScalars.first, levelCharacters.contains(first), rest.count > 2 {
                rest = rest.dropFirst()
                changed = true
            }
        }
        return String(rest)
    }

    /// CJK unified ideographs (basic block and extension A).
    static func isCJKIdeograph(_ c: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value)
    }
}
