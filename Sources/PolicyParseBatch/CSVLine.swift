import PolicyParse

/// RFC 4180 CSV: fields joined by commas, quoted when they hold a comma, quote, CR or LF (or
/// start or end with a space), quotes doubled, records ended by CRLF.
public enum CSVLine {
    /// The UTF-8 byte order mark, written first so spreadsheet programs read the file as UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// One record, CRLF included.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted if it needs to be.
    public static func field(_ value: String) -> String {
        guard needsQuotes(value) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Writes the bytes of `record(fields)` to `writer`, field by field: a field that needs no
    /// quotes (nearly all) goes in as it is, without a joined copy of the record.
    package static func write(_ fields: [String], to writer: FileDescriptorWriter) throws(OutputError) {
        for (k, value) in fields.enumerated() {
            if k > 0 { try writer.write(byte: UInt8(ascii: ",")) }
            try writer.write(needsQuotes(value) ? field(value) : value)
        }
        try writer.write(byte: 0x0D)
        try writer.write(byte: 0x0A)
    }

    /// Whether `value` must be quoted: it holds a comma, quote, CR or LF, or starts or ends with a space.
    static func needsQuotes(_ value: String) -> Bool {
        value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
    }
}
