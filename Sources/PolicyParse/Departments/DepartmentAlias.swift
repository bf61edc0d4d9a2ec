/// 部门别名 (department alias): a user's rule that a name, optionally only in one jurisdiction,
/// stands for a canonical name, for local bodies no table knows (`区城运中心` → `上海市静安区城市运行管理中心`).
///
/// Read from a TSV file of lines `name<TAB>canonical[<TAB>jurisdiction]`; blank lines and lines
/// starting with `#` are skipped.
public struct DepartmentAlias: Sendable, Hashable, Codable {
    /// The name as written in documents.
    public var name: String
    /// The canonical name it stands for.
    public var canonical: String
    /// The jurisdiction (`上海市`, `上海市静安区`, `中央`) the alias applies in; nil for everywhere.
    public var jurisdiction: String?

    /// Creates an alias.
    public init(name: String, canonical: String, jurisdiction: String? = nil) {
        self.name = name
        self.canonical = canonical
        self.jurisdiction = jurisdiction
    }

    /// The aliases in TSV `text`; `source` names the file in errors.
    ///
    /// A line with fewer than two fields, or an empty name or canonical, is an error naming the
    /// line (kind `invalidAliases`).
    public static func parse(tsv text: String, source: String? = nil) throws(PolicyParseError) -> [DepartmentAlias] {
        var out: [DepartmentAlias] = []
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.trimmingCharacters(in: " \t").isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw PolicyParseError(.invalidAliases, path: source,
                                       detail: "line \(number): expected name<TAB>canonical[<TAB>jurisdiction], found \"\(line.prefix(60))\"")
            }
            let jurisdiction = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            out.append(DepartmentAlias(name: fields[0], canonical: fields[1], jurisdiction: jurisdiction))
        }
        return out
    }

    /// The aliases in the TSV file at `path` (UTF-8); errors name the file.
    public static func load(contentsOf path: String) throws(PolicyParseError) -> [DepartmentAlias] {
        let bytes = try InputFile.read(path, limit: 64 << 20)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PolicyParseError(.invalidAliases, path: path, detail: "the alias file is not UTF-8")
        }
        return try parse(tsv: text, source: path)
    }
}

extension Substring {
    /// Whether the string is empty after dropping the characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s.removeFirst() }
        return s
    }
}
