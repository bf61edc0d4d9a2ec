import Foundation
import PolicyParse

extension PlanStore {
    /// The indexed documents read back as `Document` values (复原文档): the outline from `tasks`
    /// (marker, style, heading, text, span, children by `parent_id`), the mentions from
    /// `departments`, `targets` and `years`, the title and issuer from `documents`; `source` is the
    /// indexed path. What the database does not keep (the encoding, diagnostics, the exact
    /// comparator of a target) is left at its default. For programs that work on whole documents
    /// over a corpus, such as the reuse comparison (`policyparse reuse --db`); in `documents.id` order.
    /// With `ids`, only those documents.
    public func storedDocuments(ids: [Int]? = nil) throws(StoreError) -> [(id: Int, document: Document)] {
        let filter = ids.map { "WHERE document_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let documentFilter = ids.map { "WHERE id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let documentRows = try table(sql: "SELECT id, path, title, issuer FROM documents \(documentFilter) ORDER BY id").rows
        let taskRows = try table(sql: """
            SELECT id, document_id, parent_id, path, level, style, marker, heading, text, start, "end"
            FROM tasks \(filter) ORDER BY document_id, ordinal
            """).rows
        var mentions: [Int: Mentions] = [:]
        for row in try table(sql: "SELECT task_id, name, role, canonical, start, \"end\" FROM departments \(filter) ORDER BY id").rows {
            let role = DepartmentRole(rawValue: row[2].string ?? "") ?? .responsible
            let canonical = row[3].string.flatMap { $0 == row[1].string ? nil : $0 }
            mentions[row[0].int ?? 0, default: Mentions()].departments.append(
                Department(name: row[1].string ?? "", role: role, canonical: canonical, span: Span(row[4].int ?? 0, row[5].int ?? 0)))
        }
        for row in try table(sql: "SELECT task_id, kind, text, value_text, unit, start, \"end\" FROM targets \(filter) ORDER BY id").rows {
            let span = Span(row[5].int ?? 0, row[6].int ?? 0)
            let text = row[2].string ?? ""
            let value = Decimal(string: row[3].string ?? "0") ?? 0
            let task = row[0].int ?? 0
            switch row[1].string {
            case "amount": mentions[task, default: Mentions()].amounts.append(Amount(text: text, value: value, currency: row[4].string ?? "CNY", span: span))
            case "percentage":
                let kind: PercentageKind = row[4].string == "百分点" ? .percentagePoint : .percent
                mentions[task, default: Mentions()].percentages.append(Percentage(text: text, value: value, kind: kind, span: span))
            default: mentions[task, default: Mentions()].quantities.append(Quantity(text: text, value: value, unit: row[4].string ?? "", span: span))
            }
        }
        for row in try table(sql: "SELECT task_id, text, year_from, year_to, start, \"end\" FROM years \(filter) ORDER BY id").rows {
            mentions[row[0].int ?? 0, default: Mentions()].years.append(
                YearMention(text: row[1].string ?? "", from: row[2].int ?? 0, to: row[3].int ?? 0, span: Span(row[4].int ?? 0, row[5].int ?? 0)))
        }
        // Tasks of each document; children have larger ordinals than their parent, so building in
        // reverse reading order finds every child built before its parent (no recursion).
        var tasksByDocument: [Int: [[QueryValue]]] = [:]
        for row in taskRows { tasksByDocument[row[1].int ?? 0, default: []].append(row) }
        var result: [(id: Int, document: Document)] = []
        for row in documentRows {
            let id = row[0].int ?? 0
            var metadata: [String: String] = [:]
            if let issuer = row[3].string { metadata["issuer"] = issuer }
            var document = Document(source: row[1].string, title: row[2].string, metadata: metadata)
            let rows = tasksByDocument[id] ?? []
            var childIDs: [Int: [Int]] = [:]
            var roots: [Int] = []
            for task in rows where (task[4].int ?? 0) > 0 {
                if let parent = task[2].int { childIDs[parent, default: []].append(task[0].int ?? 0) } else { roots.append(task[0].int ?? 0) }
            }
            var built: [Int: Node] = [:]
            for task in rows.reversed() {
                let taskID = task[0].int ?? 0
                let level = task[4].int ?? 0
                let span = Span(task[9].int ?? 0, task[10].int ?? 0)
                if level == 0 {
                    document.text = task[8].string ?? ""
                    document.span = span
                    document.mentions = mentions[taskID] ?? Mentions()
                    continue
                }
                let children = (childIDs[taskID] ?? []).compactMap { built.removeValue(forKey: $0) }
                let marker = task[6].string ?? ""
                built[taskID] = Node(marker: marker, style: Style(rawValue: task[5].string ?? "") ?? .paragraph,
                                     ordinal: Self.ordinal(path: task[3].string ?? "", marker: marker), level: level, heading: task[7].string ?? "",
                                     text: task[8].string ?? "", span: span, mentions: mentions[taskID] ?? Mentions(), children: children)
            }
            document.children = roots.compactMap { built[$0] }
            result.append((id, document))
        }
        return result
    }

    /// The node's ordinal as far as its path needs it: the number of the path's last step for
    /// `¶N`, `—N`, `附件N`, `§N`, `行N`, else the Arabic number of the marker, else 1 (other paths use the marker).
    static func ordinal(path: String, marker: String) -> Int {
        var last = Substring(path.split(separator: ".").last ?? "")
        if let hash = last.firstIndex(of: "#") { last = last[..<hash] }
        for prefix in ["¶", "—", "附件", "§", "行"] where last.hasPrefix(prefix) {
            if let n = Int(last.dropFirst(prefix.count)) { return n }
        }
        var value = 0
        for c in marker.unicodeScalars {
            var v = c.value
            if v >= 0xFF10 && v <= 0xFF19 { v -= 0xFEE0 }
            if v >= 0x30 && v <= 0x39 { value = value * 10 + Int(v - 0x30) } else if value > 0 { break }
            if value > 1_000_000 { break }
        }
        return max(1, value)
    }
}
