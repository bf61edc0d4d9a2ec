/// 名单 (a list of departments): reads the units named in an annotation's content or a table
/// cell, such as `A、B、C`, `A牵头，B、C配合`, `A、B按职责分工负责` or `责任单位：A，B；C`. The
/// extractor (`DepartmentExtractor`) and the outline's table readers both read lists through it.
///
/// Names are split on `、，,；;/`, on `会同`, on `等` inside a list, and on `和/及/与` when the part
/// before ends like a unit name (`财政部和…`, not `工业和信息化部`); never inside brackets, so
/// `各县（市、区）人民政府` is one name. Roles come from the label (责任… responsible, 牵头… lead,
/// 配合/参与/协同… support), from the word ending the clause, or from a bracketed role after a name
/// (`市发展改革委（牵头）`).
package enum DepartmentList {
    /// The role a label such as 牵头单位 gives.
    package static func role(ofLabel label: String) -> DepartmentRole {
        if label.hasPrefix("牵头") || label.hasPrefix("主办") { return .lead }
        if label.hasPrefix("配合") || label.hasPrefix("协同") || label.hasPrefix("参与") || label.hasPrefix("支持") || label.hasPrefix("协办")
            || label.hasPrefix("支撑") || label.hasPrefix("协作") {
            return .support
        }
        return .responsible
    }

    /// Header cells of a task table that name a department column, with the role they give.
    static let columnHeaders: [(scalars: [Unicode.Scalar], role: DepartmentRole)] =
        (DepartmentAnnotation.labels + ["负责单位", "负责部门", "牵头领导"]).map {
            (ScalarPattern.scalars($0), role(ofLabel: $0))
        }

    static let labels: [(scalars: [Unicode.Scalar], role: DepartmentRole)] = DepartmentAnnotation.labels
        .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        .map { (ScalarPattern.scalars($0), role(ofLabel: $0)) }

    /// Words ending a clause, longest first, with the role they give.
    package static let roleEndings: [(String, DepartmentRole)] = [
        ("按职责分工负责", .responsible), ("按职责分工配合", .support), ("按职能分工负责", .responsible),
        ("按职责负责", .responsible), ("分工负责", .responsible), ("分别负责", .responsible), ("共同负责", .responsible),
        ("具体负责", .responsible), ("牵头负责", .lead), ("负责", .responsible), ("牵头", .lead), ("配合", .support),
        ("参与", .support), ("协同", .support), ("协助", .support), ("指导", .lead),
        ("组织落实", .responsible), ("负责落实", .responsible), ("按职责分工负责落实", .responsible), ("抓好落实", .responsible),
        ("组织实施", .responsible),
    ].sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    static let roleEndingScalars: [[Unicode.Scalar]] = roleEndings.map { ScalarPattern.scalars($0.0) }

    static let togetherWord = ScalarPattern.scalars("会同")
    /// Role words left at the end of a name when a clause holds two roles (`市商务委牵头负责、各区政府组织落实`),
    /// longest first, with the role they give that name (nil: the clause's).
    static let roleTailWords: [(String, DepartmentRole?)] = [
        ("按职责分工负责落实", nil), ("按职责分工负责", nil), ("按职责组织配合", .support), ("按职责组织", nil), ("按职责分工", nil),
        ("牵头负责", .lead), ("组织落实", nil), ("负责落实", nil), ("按职责", nil), ("牵头", .lead), ("负责", nil), ("配合", .support),
    ]
    static let roleTails: [[Unicode.Scalar]] = roleTailWords.map { ScalarPattern.scalars($0.0) }
    static let dropWords: [[Unicode.Scalar]] = ["完成", "推进", "下同", "同上", "成效", "为牵头", "排在"].map { ScalarPattern.scalars($0) }
    static let leadingWords: [[Unicode.Scalar]] = ["其中", "由", "请"].map { ScalarPattern.scalars($0) }

    /// Last characters of unit names, before which `和/及/与` separates two names.
    @inline(__always)
    static func endsUnitName(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "部", "委", "局", "厅", "办", "署", "会", "院", "府", "行", "室", "处", "心", "等", "位", "团", "司", "组", "所",
             "站", "社", "门", "队", "馆", "校", "区", "省", "市", "县", "关", "构":
            return true
        default:
            return false
        }
    }

    /// The departments named in `content` of an annotation or a table cell; `role` is the role of
    /// clauses that carry neither a label nor a role word (a table column's header role).
    package static func departments(in clean: CleanText, content: Range<Int>, role: DepartmentRole? = nil) -> [Department] {
        let s = clean.scalars
        var out: [Department] = []
        var current = role
        var pending: [Range<Int>] = []
        var clauseStart = content.lowerBound
        var depth = 0
        var j = content.lowerBound
        while j <= content.upperBound {
            let atEnd = j == content.upperBound
            let c = atEnd ? "，" : ScalarFold.analysis(s[j])
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if atEnd || c == "\n" || (depth == 0 && (c == "，" || c == "," || c == "；" || c == ";" || c == "。")) {
                depth = 0
                let clause = trim(s, clauseStart..<j)
                if !clause.isEmpty {
                    if otherLabel(s, clause) {
                        // `适用范围：…`: another field of the note; the department list has ended.
                        current = nil
                        pending.removeAll()
                    } else if let (labelRole, names) = labelled(s, clause) {
                        current = labelRole
                        pending.removeAll()
                        split(clean, names, role: labelRole, into: &out)
                    } else if let (endRole, length) = roleEnding(s, clause) {
                        for p in pending { split(clean, p, role: endRole, into: &out) }
                        pending.removeAll()
                        split(clean, clause.lowerBound..<(clause.upperBound - length), role: endRole, into: &out)
                    } else if let current {
                        split(clean, clause, role: current, into: &out)
                    } else if let (bracketRole, _) = bracketedRole(s, clause) {
                        // `市发展改革委（牵头）` with no label: the bracket names the role.
                        split(clean, clause, role: bracketRole, into: &out)
                    } else {
                        pending.append(clause)
                    }
                }
                clauseStart = j + 1
            }
            j += 1
        }
        return out
    }

    /// A clause `label：names`: the label's role and the names' range.
    static func labelled(_ s: [Unicode.Scalar], _ clause: Range<Int>) -> (DepartmentRole, Range<Int>)? {
        var k = clause.lowerBound
        while k < clause.upperBound {
            if s[k] == "：" || s[k] == ":" {
                for label in labels where ScalarPattern.endsWith(s, before: k, label.scalars, floor: clause.lowerBound) {
                    return (label.role, (k + 1)..<clause.upperBound)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Whether `clause` starts with a label that is no department label (`适用范围：`, `完成时限：`).
    static func otherLabel(_ s: [Unicode.Scalar], _ clause: Range<Int>) -> Bool {
        var k = clause.lowerBound
        while k < clause.upperBound, k - clause.lowerBound <= 8 {
            if s[k] == "：" || s[k] == ":" { return k > clause.lowerBound && labelled(s, clause) == nil }
            guard CharacterClass.isHan(s[k]) else { return false }
            k += 1
        }
        return false
    }

    /// The role word ending `clause` (with a name before it): its role and length.
    static func roleEnding(_ s: [Unicode.Scalar], _ clause: Range<Int>) -> (DepartmentRole, Int)? {
        for (k, word) in roleEndingScalars.enumerated() where clause.count > word.count {
            if ScalarPattern.endsWith(s, before: clause.upperBound, word, floor: clause.lowerBound) {
                return (roleEndings[k].1, word.count)
            }
        }
        return nil
    }

    /// Category words that follow `等` or `和` for a whole list (`A、B等部门`, `有关部门和单位`): they
    /// are no name of their own.
    static let categoryWords: [[Unicode.Scalar]] = ["部门", "单位", "机构", "企业", "组织"]
        .map { ScalarPattern.scalars($0) }

    /// The category word filling `range` exactly, if it does (after trimming).
    static func category(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Unicode.Scalar]? {
        let t = trim(s, range)
        return categoryWords.first { $0.count == t.count && ScalarPattern.matches(s, at: t.lowerBound, $0, limit: t.upperBound) }
    }

    /// Splits a list of names and appends the plausible ones.
    ///
    /// A list shares its first level prefix (`省发展改革委、工业和信息化厅`: the 省 carries over) and
    /// a closing category (`卫生健康、药品监管、财政等部门`: each is a 部门). The qualified form goes
    /// to `canonical`, which the assembler replaces by the canonical name; `name` stays as written.
    /// `A会同B负责`: A leads and B supports, unless a name's own role word says otherwise.
    static func split(_ clean: CleanText, _ region: Range<Int>, role: DepartmentRole, into out: inout [Department]) {
        let s = clean.scalars
        let first = out.count
        var start = region.lowerBound
        var k = region.lowerBound
        var sharedSuffix: [Unicode.Scalar]?
        var depth = 0
        /// Where the names after 会同 start in `out`, and which names carry the clause's role alone.
        var together: Int?
        var plain: [Bool] = []
        /// Names since the last one that ended in a role word: `A、B牵头负责、C组织落实` makes A lead with B.
        var sinceRoleWord: [Int] = []
        func emit(_ r: Range<Int>) {
            var name = trim(s, r)
            var own = role
            if let (bracketRole, length) = bracketedRole(s, name) {
                own = bracketRole
                name = trim(s, name.lowerBound..<(name.upperBound - length))
            }
            // `各部门按职责分工牵头负责`: role words may stack; read from the end, the first that gives a
            // role (牵头负责) gives the name's.
            var stacked = 0
            var tailed: DepartmentRole?
            while stacked < 3, let k = ScalarPattern.longestSuffix(s, before: name.upperBound, roleTails, floor: name.lowerBound),
                  name.count > roleTails[k].count + 1 {
                name = name.lowerBound..<(name.upperBound - roleTails[k].count)
                if let tailRole = roleTailWords[k].1, stacked == 0 || own == role {
                    own = tailRole
                    tailed = tailRole
                }
                stacked += 1
            }
            if let tailed {
                for i in sinceRoleWord {
                    out[i].role = tailed
                    plain[i - first] = false
                }
            }
            if stacked > 0 { sinceRoleWord.removeAll() }
            if plausible(s, name) {
                out.append(Department(name: clean.text(name), role: own, span: Span(name.lowerBound, name.upperBound)))
                plain.append(own == role && stacked == 0)
                if stacked == 0, own == role { sinceRoleWord.append(out.count - 1) }
            }
        }
        while k < region.upperBound {
            let c = s[k]
            let folded = ScalarFold.analysis(c)
            if folded == "(" {
                depth += 1
            } else if folded == ")" {
                depth = max(0, depth - 1)
            } else if depth > 0 {
                // Inside brackets (`各县（市、区）`) nothing separates names.
            } else if c == "、" || c == "/" || c == "，" || c == "," || c == "；" || c == ";" {
                emit(start..<k)
                start = k + 1
            } else if c == "等", k + 1 < region.upperBound, k > start {
                emit(start..<k)
                start = k + 1
                if let word = category(s, start..<region.upperBound) {
                    sharedSuffix = word
                    start = region.upperBound
                    break
                }
                if start < region.upperBound, s[start] == "和" || s[start] == "及" || s[start] == "与" { start += 1; k += 1 }
            } else if c == "和" || c == "及" || c == "与", k > start + 1, k + 2 < region.upperBound, endsUnitName(s[k - 1]),
                      category(s, (k + 1)..<region.upperBound) == nil {
                emit(start..<k)
                start = k + 1
            } else if c == "会", ScalarPattern.matches(s, at: k, togetherWord, limit: region.upperBound), k > start {
                emit(start..<k)
                if together == nil { together = out.count }
                start = k + 2
                k += 1
            }
            k += 1
        }
        if start < region.upperBound { emit(start..<region.upperBound) }
        if let together, together > first, together < out.count, role != .support {
            for i in first..<out.count where plain[i - first] { out[i].role = i < together ? .lead : .support }
        }
        qualify(&out[first...], sharedSuffix: sharedSuffix)
    }

    /// Level prefixes a list shares (`省`, `市`, `区`, `县`).
    static func levelPrefix(_ name: String) -> Character? {
        // Code points, not characters: the first two decide (no `String` comparison).
        var scalars = name.unicodeScalars.makeIterator()
        guard let c = scalars.next(), c == "省" || c == "市" || c == "区" || c == "县" else { return nil }
        let next = scalars.next()
        if (c == "市" && next == "场") || (c == "区" && next == "域") || (c == "县" && next == "域") { return nil }
        return Character(c)
    }

    /// Whether a name ends in a body suffix of its own (部, 委, 局 …), so a shared category does not apply.
    static func hasBodySuffix(_ name: String) -> Bool {
        guard let last = name.unicodeScalars.last else { return false }
        return endsUnitName(last) && last != "等" && last != "区" && last != "市" && last != "省" && last != "县"
    }

    /// The short names of the provinces (`上海`, `安徽`) as code points.
    static let provinceShortScalars: [[Unicode.Scalar]] = Jurisdiction.provinceTable.map { Array($0.short.unicodeScalars) }

    /// Whether a list's level prefix carries over to `name`: a government body (known stem, or
    /// ending in 委/局/厅/办/部门) that is neither national nor named with its own place.
    static func carriesPrefix(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        // A party or league committee names its level itself (`团市委`, `团区委`).
        if scalars.count >= 3, scalars[scalars.count - 1] == "委", levelPrefix(String(scalars[scalars.count - 2])) != nil { return false }
        guard DepartmentCanonicalizer.national(name, DepartmentCanonicalizer.someLocal) == nil,
              Jurisdiction.regions(in: scalars, from: 0).0.isEmpty,
              !provinceShortScalars.contains(where: { scalars.starts(with: $0) }) else { return false }
        if DepartmentCanonicalizer.body(scalars[...])?.known ?? false { return true }
        return ["委", "局", "厅", "办", "办公室", "委员会", "部门"].contains { name.hasSuffix($0) }
    }

    /// Carries a list's first level prefix to the names after it that have none, and a shared
    /// category to the names without a suffix; the qualified names go to `canonical`.
    static func qualify(_ list: inout ArraySlice<Department>, sharedSuffix: [Unicode.Scalar]?) {
        guard list.count > 0 else { return }
        var suffix = sharedSuffix.map { String(String.UnicodeScalarView($0)) }
        if suffix == nil, list.count > 1, let last = list.last?.name, last.hasSuffix("部门"), last.count > 2 { suffix = "部门" }
        var prefix: Character?
        for i in list.indices {
            var qualified = list[i].name
            if let suffix, !hasBodySuffix(qualified), !qualified.hasSuffix(suffix) { qualified += suffix }
            if let own = levelPrefix(qualified) {
                if prefix == nil { prefix = own }
            } else if let prefix, !DepartmentCanonicalizer.isGeneric(qualified), carriesPrefix(qualified) {
                qualified = String(prefix) + qualified
            }
            if qualified != list[i].name { list[i].canonical = qualified }
        }
    }

    /// `range` without spaces, a leading 由/其中 and a trailing 等.
    static func trim(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isBlank(s[lo]) { lo += 1 }
        while hi > lo, isBlank(s[hi - 1]) { hi -= 1 }
        if let k = ScalarPattern.longestMatch(s, at: lo, leadingWords, limit: hi), hi - lo > leadingWords[k].count + 1 {
            lo += leadingWords[k].count
        }
        // `技工院校内由人力资源社会保障行政部门`: the unit is what follows 由 (but not in 自由).
        var k = lo + 1
        while k + 2 < hi {
            if s[k] == "由", s[k - 1] != "自" { lo = k + 1 }
            k += 1
        }
        while hi > lo, s[hi - 1] == "等" { hi -= 1 }
        while hi > lo, isBlank(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    @inline(__always)
    static func isBlank(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isBlank(c) || c == "\n"
    }

    /// A bracketed role closing `name` (`市发展改革委（牵头）`, `（配合单位）`): the role and the
    /// length of the brackets, or nil.
    static func bracketedRole(_ s: [Unicode.Scalar], _ name: Range<Int>) -> (DepartmentRole, Int)? {
        guard name.count > 4, ScalarFold.analysis(s[name.upperBound - 1]) == ")" else { return nil }
        var open = name.upperBound - 2
        while open > name.lowerBound, ScalarFold.analysis(s[open]) != "(" { open -= 1 }
        guard open > name.lowerBound + 1, ScalarFold.analysis(s[open]) == "(" else { return nil }
        let inner = String(String.UnicodeScalarView(s[(open + 1)..<(name.upperBound - 1)]))
        let word = inner.hasSuffix("单位") || inner.hasSuffix("部门") ? String(inner.dropLast(2)) : inner
        guard ["牵头", "主办", "负责", "责任", "配合", "协办", "参与", "协同"].contains(word) else { return nil }
        return (role(ofLabel: word), name.upperBound - open)
    }

    /// Whether `name` looks like a unit: 2 to 40 characters, no digits, no progress words, and
    /// brackets only as a short balanced qualifier (`各县（市、区）人民政府`).
    static func plausible(_ s: [Unicode.Scalar], _ name: Range<Int>) -> Bool {
        guard name.count >= 2, name.count <= 40 else { return false }
        var open: Int?
        for k in name {
            let c = ScalarFold.analysis(s[k])
            if c == "(" {
                guard open == nil, k > name.lowerBound else { return false }
                open = k
                continue
            }
            if c == ")" {
                guard let o = open, k - o > 1, k - o <= 8 else { return false }
                open = nil
                continue
            }
            if ScalarPattern.isDigit(c) || c == "：" || c == ":" { return false }
            switch s[k] {
            case "推" where endsUnitName(s[name.upperBound - 1]) || s[name.upperBound - 1] == "班":
                // `市推进办`, `省推进…专项工作组`: 推进 inside a unit's name.
                break
            case "完", "推", "下", "同", "成", "为", "排":
                for w in dropWords where ScalarPattern.matches(s, at: k, w, limit: name.upperBound) { return false }
            default:
                break
            }
        }
        return open == nil
    }
}
