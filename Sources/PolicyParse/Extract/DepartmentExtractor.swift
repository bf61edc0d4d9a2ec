/// 责任部门 (departments): the units named in a node's annotations, such as `（责任部门：A、B、C）`,
/// `（A牵头，B、C配合）` and label lines `责任单位：A，B；C`. `DepartmentAnnotation` finds the
/// annotations, `DepartmentList` reads the names in each.
package enum DepartmentExtractor {
    /// Every department named in annotations in `range` of `clean`, in order (clean spans).
    package static func extract(from clean: CleanText, in range: Range<Int>) -> [Department] {
        extract(from: clean, in: range, firstListedLeads: false)
    }

    /// As `extract(from:in:)`; with `firstListedLeads` (the document declares `列第一位者为牵头单位`)
    /// the first name of each annotation whose names are all `responsible` leads and the others support.
    package static func extract(from clean: CleanText, in range: Range<Int>, firstListedLeads: Bool) -> [Department] {
        var out: [Department] = []
        for annotation in DepartmentAnnotation.find(in: clean, range: range) {
            var found = DepartmentList.departments(in: clean, content: annotation.content)
            if firstListedLeads { leadFirst(&found) }
            out.append(contentsOf: found)
        }
        return out
    }

    /// Makes the first name of a list lead and the others support, when the list carries no role of its own.
    package static func leadFirst(_ list: inout [Department]) {
        guard list.count > 1, list.allSatisfy({ $0.role == .responsible }) else { return }
        for i in list.indices { list[i].role = i == 0 ? .lead : .support }
    }
}
