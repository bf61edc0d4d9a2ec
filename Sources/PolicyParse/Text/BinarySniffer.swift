/// Recognises bytes that are not text (二进制文件): file signatures and a high share of control bytes.
enum BinarySniffer {
    /// Known file signatures and what they mean.
    private static let signatures: [(magic: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (DOCX/XLSX/ODT are ZIP)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE compound file (DOC/XLS/WPS)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "a RAR archive"),
        ([0x4D, 0x5A], "a Windows executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Mach-O or Java class file"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
    ]

    /// How many leading bytes the control-byte share is measured on.
    static let sampleSize = 1 << 16

    /// What the bytes' signature says they are, or nil when none matches.
    static func signature(of bytes: [UInt8]) -> String? {
        for (magic, name) in signatures where bytes.count >= magic.count {
            if bytes[0..<magic.count].elementsEqual(magic) {
                // "MZ" alone is too weak: require the PE offset field to point inside the file.
                if magic == [0x4D, 0x5A] && !looksLikePE(bytes) { continue }
                return name
            }
        }
        return nil
    }

    private static func looksLikePE(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 0x40 else { return false }
        let offset = Int(bytes[0x3C]) | Int(bytes[0x3D]) << 8 | Int(bytes[0x3E]) << 16 | Int(bytes[0x3F]) << 24
        guard offset >= 0x40, offset <= bytes.count - 4 else { return false }
        return bytes[offset] == 0x50 && bytes[offset + 1] == 0x45 && bytes[offset + 2] == 0 && bytes[offset + 3] == 0
    }

    /// Whether more than 2% of the first `sampleSize` bytes are control bytes text never holds
    /// (C0 controls other than TAB, LF, VT, FF, CR and ESC; and DEL). Random binary data has about 10%.
    static func mostlyControlBytes(_ bytes: [UInt8], from start: Int = 0) -> Bool {
        let end = min(bytes.count, start + sampleSize)
        guard end > start else { return false }
        var controls = 0
        for i in start..<end {
            let b = bytes[i]
            if (b < 0x20 && !(b >= 0x09 && b <= 0x0D) && b != 0x1B) || b == 0x7F { controls += 1 }
        }
        return controls * 50 > end - start
    }
}
