import Foundation
import PolicyParse
import PolicyParseBatch

/// A temporary corpus for batch tests: copies of the shared corpus plus hard and broken files.
struct BatchCorpus {
    /// The directory given to `policyparse batch`.
    let root: URL
    /// Every input file's path as the batch names it (`root/relative`), sorted.
    let inputs: [String]
    /// Files that must convert (corpus copies, empty, GB18030, UTF-16, one long line).
    let good: [String]
    /// Files that must fail, with the kind they must fail with.
    let broken: [String: PolicyParseError.Kind]
    /// The files that are valid but unusual (a subset of `good`).
    let unusual: [String]

    /// Builds a corpus of `copies` copies of the shared corpus (when it is present) and the fixtures,
    /// the hard files and, if `bigLine` > 0, one single-line file of about that many bytes.
    static func make(copies: Int, bigLine: Int) throws -> BatchCorpus {
        let fm = FileManager.default
        let top = fm.temporaryDirectory.appendingPathComponent("pp-batch-\(UUID().uuidString)")
        let root = top.appendingPathComponent("corpus")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let shared = CLIRunner.sharedCorpus
        var sources: [URL] = []
        for folder in ["seeds", "real"] where CLIRunner.corpusIsPresent {
            let dir = shared.appendingPathComponent(folder)
            for name in try fm.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
                sources.append(dir.appendingPathComponent(name))
            }
        }
        let fixtures = CLIRunner.root.appendingPathComponent("Fixtures")
        if let enumerator = fm.enumerator(atPath: fixtures.path) {
            for case let name as String in enumerator where name.hasSuffix(".txt") && !name.hasPrefix("cli/") {
                sources.append(fixtures.appendingPathComponent(name))
            }
        }
        var good: [String] = []
        for copy in 0..<copies {
            let dir = root.appendingPathComponent("set\(copy)/sub")
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            for (i, source) in sources.enumerated() {
                let target = (i % 2 == 0 ? dir : dir.deletingLastPathComponent()).appendingPathComponent(source.lastPathComponent)
                try fm.copyItem(at: source, to: target)
                good.append(target.path)
            }
        }
        let hard = root.appendingPathComponent("hard")
        try fm.createDirectory(at: hard, withIntermediateDirectories: true)
        let sample = "上海市网络安全产业行动计划\n一、总体要求\n（一）加强前沿和共性关键技术攻关。（责任部门：市科委）\n（二）到2023年，产业规模超过2500亿元。\n"
        var unusual: [String] = []
        func write(_ bytes: [UInt8], _ name: String) throws -> String {
            let url = hard.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        unusual.append(try write([], "empty.txt"))
        unusual.append(try write(try iconv(Array(sample.utf8), to: "GB18030"), "gb18030.txt"))
        unusual.append(try write([0xFF, 0xFE] + sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "utf16.txt"))
        if bigLine > 0 {
            let unit = Array("到2025年，全市数字经济核心产业增加值超过2500亿元，培育10家以上龙头企业；".utf8)
            var big: [UInt8] = []
            big.reserveCapacity(bigLine + unit.count)
            while big.count < bigLine { big += unit }
            unusual.append(try write(big, "one-line.txt"))
        }
        good += unusual
        var broken: [String: PolicyParseError.Kind] = [:]
        broken[try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "image.txt")] = .binary
        // One NUL in a page of text (many control bytes would make it `binary`).
        let page = Array(String(repeating: sample, count: 4).utf8)
        broken[try write(page + [0] + page, "nul.txt")] = .nulByte
        broken[try write(Array(sample.utf8) + Array(Array("任务".utf8).prefix(4)), "truncated.txt")] = .invalidUTF8
        // Hidden files and files not matching the patterns are not inputs.
        try Data("ignored".utf8).write(to: root.appendingPathComponent(".hidden.txt"))
        try Data("ignored".utf8).write(to: root.appendingPathComponent("notes.docx"))
        // A symbolic-link loop must not hang discovery.
        if copies > 0 { try fm.createSymbolicLink(atPath: root.appendingPathComponent("set0/sub/loop").path, withDestinationPath: "../..") }
        let inputs = (good + broken.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return BatchCorpus(root: root, inputs: inputs, good: good, broken: broken, unusual: unusual)
    }

    /// The temporary directory holding the corpus and the outputs.
    var top: URL { root.deletingLastPathComponent() }

    /// Removes everything.
    func remove() {
        try? FileManager.default.removeItem(at: top)
    }

    /// `bytes` converted by the system `iconv`.
    static func iconv(_ bytes: [UInt8], to encoding: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}

/// The counts a batch summary states.
struct BatchSummary: Equatable {
    var inputs: Int
    var converted: Int
    var skipped: Int
    var failed: Int

    /// Reads `… N inputs = A converted + B skipped + C failed …` from standard error.
    init?(_ stderr: String) {
        guard let line = stderr.split(separator: "\n").last(where: { $0.contains(" inputs = ") }) else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        // Skip a shard's K/N, which comes before the counts.
        let counts = line.contains("(shard") ? Array(numbers.dropFirst(2)) : numbers
        guard counts.count >= 4 else { return nil }
        self.init(inputs: counts[0], converted: counts[1], skipped: counts[2], failed: counts[3])
    }

    init(inputs: Int, converted: Int, skipped: Int, failed: Int) {
        self.inputs = inputs
        self.converted = converted
        self.skipped = skipped
        self.failed = failed
    }
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) for checking `--csv` output.
enum CSVReader {
    /// The records of `text`.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
