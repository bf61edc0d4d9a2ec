/// The department tables (`NationalBodies`, `LocalStems`) read once into dictionaries.
package enum DepartmentTables {
    /// A local department stem: its full form and whether it is a Party committee's department.
    package struct Stem: Sendable, Hashable {
        /// The full stem: 发展和改革.
        package var full: String
        /// True for 宣传, 组织, 网信 …: the canonical name is `中共…委…`.
        package var party: Bool
        /// True for 纪律检查: the canonical name is `中共…纪律检查委员会`, without the committee's 委.
        package var commission = false
    }

    /// Every national form, full name and former name → the current full name.
    package static let national: [String: String] = {
        var index: [String: String] = [:]
        for block in [NationalBodies.constituentDepartments, NationalBodies.directAgencies,
                      NationalBodies.administrations, NationalBodies.centralBodies] {
            for line in block.split(separator: "\n") {
                let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                guard fields.count >= 1, !fields[0].isEmpty else { continue }
                let full = fields[0]
                var names = [full]
                if fields.count > 1 { names += fields[1].split(separator: ",").map(String.init) }
                if fields.count > 2 {
                    for former in fields[2].split(separator: ",") {
                        // `name=short,short@year`: the year is documentation; every name resolves to `full`.
                        let withoutYear = former.split(separator: "@").first.map(String.init) ?? String(former)
                        names += withoutYear.split(separator: "=").flatMap { $0.split(separator: "，") }.map(String.init)
                    }
                }
                for name in names where !name.isEmpty && index[name] == nil { index[name] = full }
            }
        }
        return index
    }()

    /// The 2018 (and later) 机构改革 renames: former name → (current name, year).
    package static let renames: [(former: String, current: String, year: Int)] = {
        var out: [(String, String, Int)] = []
        for block in [NationalBodies.constituentDepartments, NationalBodies.directAgencies,
                      NationalBodies.administrations, NationalBodies.centralBodies] {
            for line in block.split(separator: "\n") {
                let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                guard fields.count > 2, !fields[2].isEmpty else { continue }
                // Former entries are `name[=forms]@year`, separated by commas outside the `=` part.
                var entry = ""
                for c in fields[2] + "," {
                    if c == ",", let at = entry.firstIndex(of: "@") {
                        let name = String(entry[..<at]).split(separator: "=").first.map(String.init) ?? ""
                        if let year = Int(entry[entry.index(after: at)...]) { out.append((name, fields[0], year)) }
                        entry = ""
                    } else {
                        entry.append(c)
                    }
                }
            }
        }
        return out
    }()

    /// Every stem form → its stem: the full stem, the words without 和, the first character of
    /// each word, and the listed short forms.
    package static let stems: [String: Stem] = {
        var index: [String: Stem] = [:]
        var generated: [String: [Stem]] = [:]
        for line in LocalStems.table.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard !fields[0].isEmpty else { continue }
            let words = fields[0].split(separator: " ").map(String.init)
            let flag = fields.count > 2 ? fields[2] : ""
            let stem = Stem(full: words.joined(), party: flag == "party", commission: flag == "commission")
            let content = words.filter { $0 != "和" }
            index[stem.full] = stem
            index[content.joined()] = stem
            if fields.count > 1 { for form in fields[1].split(separator: ",") { index[String(form)] = stem } }
            if content.count > 1 { generated[content.map { String($0.first!) }.joined(), default: []].append(stem) }
        }
        // A generated initialism stands only where it names one stem and is not a written form.
        for (form, candidates) in generated where candidates.count == 1 && index[form] == nil { index[form] = candidates[0] }
        return index
    }()

    /// Whole names of local bodies (政府, 人大常委会, 科协 …) → full form.
    package static let wholeNames: [String: String] = {
        var index: [String: String] = [:]
        for line in LocalStems.wholeNames.split(separator: "\n") {
            let f = line.split(separator: "|").map { String($0).trimmingSpaces }
            if f.count == 2 { index[f[0]] = f[1] }
        }
        return index
    }()

    /// Suffix candidates at the end of a body, longest first: written → full.
    package static let suffixes: [(written: String, full: String)] = (LocalStems.suffixes + [
        ("行政主管部门", "主管部门"), ("主管部门", "主管部门"), ("行政部门", "部门"), ("部门", "部门"), ("部", "部"),
    ]).sorted { $0.written.count > $1.written.count }
}
