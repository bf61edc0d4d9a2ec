import PolicyParse

/// Chooses each input's JSON path under `--out`: `a/b.txt` → `a/b.json`.
///
/// When several inputs share a name up to the extension (`b.txt` and `b.html`), each keeps its
/// extension instead (`b.txt.json`, `b.html.json`), so no output overwrites another. Only inputs from
/// different input directories with the same relative path still clash; all but the first are nil.
public enum OutputNaming {
    /// The relative JSON path of each of `inputs` (same order), nil where it would overwrite an earlier one.
    public static func jsonPaths(for inputs: [BatchInput]) -> [String?] {
        var stemCounts: [String: Int] = [:]
        for input in inputs { stemCounts[stem(input.relativePath), default: 0] += 1 }
        var taken = Set<String>()
        return inputs.map { input in
            let s = stem(input.relativePath)
            let name = (stemCounts[s] ?? 0) > 1 ? input.relativePath + ".json" : s + ".json"
            return taken.insert(name).inserted ? name : nil
        }
    }

    /// The relative path without the last component's extension.
    static func stem(_ relativePath: String) -> String {
        let slash = relativePath.lastIndex(of: "/").map { relativePath.index(after: $0) } ?? relativePath.startIndex
        let name = relativePath[slash...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relativePath }
        return String(relativePath[..<dot])
    }
}
