import PolicyParseBatch

/// How `policyparse query` prints a result (输出格式).
public enum ResultFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal (East Asian characters count two columns).
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 CSV with a header line (CRLF records, no byte-order mark).
    case csv

    /// `table` as UTF-8 text.
    public func render(_ table: ResultTable) -> [UInt8] {
        switch self {
        case .table: return Array(Self.aligned(table).utf8)
        case .json:
            var out: [UInt8] = [UInt8(ascii: "[")]
            for (i, row) in table.rows.enumerated() {
                out += Array((i == 0 ? "\n  " : ",\n  ").utf8)
                out += Self.object(table.columns, row)
            }
            out += Array((table.rows.isEmpty ? "]\n" : "\n]\n").utf8)
            return out
        case .jsonl:
            var out: [UInt8] = []
            for row in table.rows { out += Self.object(table.columns, row) + [0x0A] }
            return out
        case .csv:
            var text = CSVLine.record(table.columns)
            for row in table.rows { text += CSVLine.record(row.map(\.description)) }
            return Array(text.utf8)
        }
    }

    /// `{"column": value, …}` with numbers as JSON numbers and NULL as null.
    static func object(_ columns: [String], _ row: [QueryValue]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (i, (name, value)) in zip(columns, row).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += JSONText.quoted(name) + [UInt8(ascii: ":")]
            switch value {
            case .null: out += Array("null".utf8)
            case .integer(let v): out += Array(String(v).utf8)
            case .real(let v): out += v.isFinite ? Array(value.description.utf8) : Array("null".utf8)
            case .text(let v): out += JSONText.quoted(v)
            }
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Columns padded to their widest cell, a rule under the header, cells cut at `maxWidth` columns.
    static func aligned(_ table: ResultTable, maxWidth: Int = 60) -> String {
        func cell(_ text: String) -> String {
            let flat = String(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : Character($0) })
            guard width(flat) > maxWidth else { return flat }
            var cut = ""
            var used = 0
            for c in flat {
                let w = width(String(c))
                if used + w > maxWidth - 1 { break }
                cut.append(c)
                used += w
            }
            return cut + "…"
        }
        let header = table.columns.map(cell)
        let body = table.rows.map { $0.map { cell($0.description) } }
        var widths = header.map(width)
        for row in body { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (i, c) in cells.enumerated() {
                if i > 0 { text += "  " }
                text += c
                if i < cells.count - 1 { text += String(repeating: " ", count: widths[i] - width(c)) }
            }
            return text + "\n"
        }
        var out = line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in body { out += line(row) }
        return out
    }

    /// Terminal columns: two for East Asian wide and fullwidth characters, one otherwise.
    static func width(_ text: String) -> Int {
        var total = 0
        for s in text.unicodeScalars {
            let v = s.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            total += wide ? 2 : 1
        }
        return total
    }
}
