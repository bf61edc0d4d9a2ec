/// 责任分工标注 (department annotation): where a task names who carries it out, e.g.
/// `（责任部门：市科委、市经济信息化委）`, `（市财政局牵头，各区政府配合）`, or a line `责任单位：A、B`.
///
/// This type only locates annotations; `DepartmentList` reads the names out of them. The
/// outline stage uses it to decide whether unnumbered paragraphs are tasks of their own.
package struct DepartmentAnnotation: Hashable, Sendable {
    /// The whole annotation, brackets included (clean indices).
    package var range: Range<Int>
    /// The part inside the brackets, or after the label line's start (clean indices).
    package var content: Range<Int>

    /// Creates an annotation.
    package init(range: Range<Int>, content: Range<Int>) {
        self.range = range
        self.content = content
    }

    /// Labels that introduce a department list (`责任单位：`).
    package static let labels: [String] = [
        "责任部门", "责任单位", "牵头单位", "牵头部门", "配合单位", "配合部门", "责任主体", "协同单位", "参与单位",
        "参与部门", "主责单位", "主责部门", "实施主体", "实施单位", "牵头考核单位", "考核单位", "责任处室", "牵头处室",
        "配合处室", "支持单位", "协办单位", "主办单位", "负责部门", "负责单位", "主要负责单位", "支撑单位", "协作单位",
        "协作部门", "责任科室", "承办单位", "支持部门", "协同部门",
    ]

    /// Words that end a clause naming a department's role (`市财政局牵头`).
    package static let roleEndings: [String] = ["按职责分工负责", "分工负责", "分别负责", "负责", "牵头", "配合", "参与", "协同", "协助", "指导",
                                                "组织落实", "负责落实", "抓好落实", "组织实施"]

    /// The longest bracketed stretch considered an annotation, in characters.
    package static let maxLength = 240

    /// Every annotation in `range` of `clean`, in order.
    ///
    /// Only an opening bracket, a line break and the start of a line are looked at; the
    /// characters between are skipped in a tight loop.
    package static func find(in clean: CleanText, range: Range<Int>) -> [DepartmentAnnotation] {
        var found: [DepartmentAnnotation] = []
        let scalars = clean.scalars
        let upper = range.upperBound
        var i = range.lowerBound
        var atLineStart = true
        scalars.withUnsafeBufferPointer { p in
            while i < upper {
                var v = p[i].value
                if !atLineStart {
                    // `(`, `（` and `\n` are the only characters that matter inside a line.
                    while v != 0x28, v != 0xFF08, v != 0x0A {
                        i += 1
                        guard i < upper else { return }
                        v = p[i].value
                    }
                }
                if v == 0x28 || v == 0xFF08 {
                    if let close = matchingClose(scalars, from: i, limit: upper) {
                        let content = (i + 1)..<close
                        if isAnnotation(scalars, content) {
                            found.append(DepartmentAnnotation(range: i..<(close + 1), content: content))
                            i = close + 1
                            atLineStart = false
                            continue
                        }
                    }
                } else if atLineStart, let labelEnd = labelColon(scalars, at: i, limit: upper) {
                    var end = labelEnd
                    while end < upper, p[end] != "\n" { end += 1 }
                    found.append(DepartmentAnnotation(range: i..<end, content: i..<end))
                    i = end
                    continue
                }
                if v == 0x0A {
                    atLineStart = true
                } else if v != 0x20, v != 0x3000 {
                    atLineStart = false
                }
                i += 1
            }
        }
        return found
    }

    /// The index of the bracket closing the one at `open`, within `maxLength` and the line, or nil.
    /// A full stop may stand inside (`（教育部、财政部负责。列第一位者为牵头单位，下同）`).
    static func matchingClose(_ scalars: [Unicode.Scalar], from open: Int, limit: Int) -> Int? {
        var depth = 0
        var j = open
        let end = min(limit, open + maxLength)
        while j < end {
            let c = ScalarFold.analysis(scalars[j])
            if c == "(" {
                depth += 1
            } else if c == ")" {
                depth -= 1
                if depth == 0 { return j }
            } else if c == "\n" {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// Whether bracketed `content` names departments: it holds a label with a colon, or a clause
    /// ends in a role word (`A、B牵头`, `A负责`; clauses end at `，；。`).
    static func isAnnotation(_ scalars: [Unicode.Scalar], _ content: Range<Int>) -> Bool {
        guard content.count >= 2 else { return false }
        var clauseStart = content.lowerBound
        var j = content.lowerBound
        while j <= content.upperBound {
            let atEnd = j == content.upperBound
            let c = atEnd ? "，" : ScalarFold.analysis(scalars[j])
            if !atEnd, labelColon(scalars, at: j, limit: content.upperBound) != nil { return true }
            if atEnd || c == "，" || c == "," || c == "；" || c == ";" || c == "。" {
                if j > clauseStart, endsWithRoleWord(scalars, clauseStart..<j) { return true }
                clauseStart = j + 1
            }
            j += 1
        }
        return false
    }

    /// If a label and a colon start at `index`, the index after the colon.
    static func labelColon(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        guard index < limit else { return nil }
        let first = scalars[index]
        guard labelFirstMask & (1 << (first.value & 63)) != 0, labelFirstScalars.contains(first) else { return nil }
        for label in labelScalars where ScalarPattern.matches(scalars, at: index, label, limit: limit) {
            let after = index + label.count
            if after < limit, scalars[after] == "：" || scalars[after] == ":" { return after + 1 }
        }
        return nil
    }

    /// `labels` as code points, for the scanner.
    static let labelScalars: [[Unicode.Scalar]] = labels.map { Array($0.unicodeScalars) }
    /// The first code point of every label, once each: a cheap filter before matching (a short
    /// array scan costs a tenth of hashing into a `Set` at every line start).
    static let labelFirstScalars: [Unicode.Scalar] = Array(Set(labels.compactMap { $0.unicodeScalars.first })).sorted { $0.value < $1.value }
    /// One bit per `labelFirstScalars` entry, at its code point's low six bits: most characters
    /// are ruled out by one test before the array is scanned.
    static let labelFirstMask: UInt64 = labelFirstScalars.reduce(0) { $0 | (1 << ($1.value & 63)) }
    /// `roleEndings` as code points, for the scanner.
    static let roleEndingScalars: [[Unicode.Scalar]] = roleEndings.map { Array($0.unicodeScalars) }

    /// Whether `clause` ends with a role word and has a name before it.
    static func endsWithRoleWord(_ scalars: [Unicode.Scalar], _ clause: Range<Int>) -> Bool {
        for word in roleEndingScalars {
            let n = word.count
            guard clause.count > n else { continue }
            if ScalarPattern.matches(scalars, at: clause.upperBound - n, word, limit: clause.upperBound) { return true }
        }
        return false
    }
}
