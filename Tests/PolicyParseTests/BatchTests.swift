import Foundation
import Testing
@testable import PolicyParse
import PolicyParseBatch

@Suite struct BatchTests {
    @Test func fnv1aMatchesPublishedVectors() {
        #expect(FNV1a64.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a64.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a64.hash("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func shardsPartitionPaths() throws {
        let paths = (0..<500).map { "dir\($0 % 7)/计划-\($0).txt" }
        let shards = try (1...4).map { try #require(Shard(index: $0, count: 4)) }
        for path in paths {
            #expect(shards.filter { $0.contains(path) }.count == 1)
        }
        #expect(shards.allSatisfy { shard in paths.contains { shard.contains($0) } })
        #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
        #expect(Shard(parsing: "0/3") == nil)
        #expect(Shard(parsing: "4/3") == nil)
        #expect(Shard(parsing: "x") == nil)
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(CSVLine.record(["a", "b,c", "say \"hi\"", "two\nlines", "市科委、市经济信息化委"])
                == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",市科委、市经济信息化委\r\n")
    }

    /// The sink streams, field by field, exactly the bytes the joined records make: a byte order
    /// mark, the header, then `CSVLine.record` of every row (fields with commas, quotes, line breaks
    /// and edge spaces among them).
    @Test func csvSinkWritesTheJoinedRecordsBytes() throws {
        let document = PolicyParser.parse(text: """
            某市"数据,要素"行动计划
            一、 总体要求
            （一）到2025年，投资 100亿元，增长5%。（责任单位：市发展改革委、市财政局）
            二、主要任务	A
            """)
        let rows = CSVRows(document: document, name: "a b,\"c\".txt")
        #expect(rows.tasks.joined().contains { CSVLine.field($0) != $0 })
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pp-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var writers: [CSVSink.Table: FileDescriptorWriter] = [:]
        for table in CSVSink.Table.allCases {
            writers[table] = try FileDescriptorWriter(creatingFileAt: directory.appendingPathComponent(table.fileName).path, bufferSize: 7)
        }
        let sink = CSVSink(tasks: writers[.tasks], departments: writers[.departments], values: writers[.values])
        try sink.writeHeaders()
        try sink.write(document, id: "a b,\"c\".txt")
        try sink.write(rows)
        for writer in writers.values { try writer.close() }
        for (table, records) in [(CSVSink.Table.tasks, rows.tasks), (.departments, rows.departments), (.values, rows.values)] {
            #expect(!records.isEmpty, "\(table)")
            let expected = CSVLine.byteOrderMark + Array((CSVLine.record(table.header) + (records + records).map(CSVLine.record).joined()).utf8)
            #expect([UInt8](try Data(contentsOf: directory.appendingPathComponent(table.fileName))) == expected, "\(table)")
        }
    }

    @Test func taskPathsFollowMarkers() {
        let leaf = Node(marker: "2.", style: .arabic, ordinal: 2, level: 3, heading: "", text: "", span: Span(0, 0))
        let paragraph = Node(marker: "", style: .paragraph, ordinal: 3, level: 3, heading: "", text: "", span: Span(0, 0))
        let middle = Node(marker: "（一）", style: .cjkParen, ordinal: 1, level: 2, heading: "", text: "", span: Span(0, 0),
                          children: [leaf, paragraph])
        let top = Node(marker: "三、", style: .cjkComma, ordinal: 3, level: 1, heading: "h", text: "", span: Span(0, 0),
                       mentions: Mentions(), children: [middle])
        let rows = CSVRows(document: Document(children: [top]), name: "d.txt")
        #expect(rows.tasks.map { $0[3] } == ["三", "三.（一）", "三.（一）.2", "三.（一）.¶3"])
        #expect(rows.tasks.map { $0[0] } == ["d.txt#三", "d.txt#三.（一）", "d.txt#三.（一）.2", "d.txt#三.（一）.¶3"])
        #expect(rows.tasks.map { $0[4] } == ["", "d.txt#三", "d.txt#三.（一）", "d.txt#三.（一）"])
        #expect(rows.tasks.map { $0[10] } == ["false", "false", "true", "true"])
        #expect(rows.tasks[2][9] == "h > ")
        #expect(rows.tasks.allSatisfy { $0.count == CSVRows.taskHeader.count })
    }

    @Test func minifiedPrettyJSONIsTheOneLineJSON() {
        let document = PolicyParser.parse(text: "标题 \"引号\"\n一、总体要求\n（一）任务 一。\t")
        #expect(JSONText.minified(JSONWriter.encode(document, pretty: true)) == JSONWriter.encode(document, pretty: false))
    }

    @Test func requestLinesKeepIdsVerbatim() throws {
        let ok = try JSONLineRequest.parse(Array(#"{"text":"a\n\u4e00\ud83d\ude00","id" : 1.50 }"#.utf8)).get()
        #expect(String(decoding: ok.id, as: UTF8.self) == "1.50")
        #expect(ok.text == "a\n一😀")
        let noID = try JSONLineRequest.parse(Array(#"{"text":""}"#.utf8)).get()
        #expect(noID.id == Array("null".utf8))
        for bad in [#"{"id":[1],"text":"x"}"#, #"{"id":1}"#, "", "{", #"{"id":1,"text":"x"} x"#, #"{"id":tru,"text":"x"}"#] {
            if case .success = JSONLineRequest.parse(Array(bad.utf8)) { Issue.record("accepted \(bad)") }
        }
    }

    @Test func orderedMapKeepsOrderWithBoundedWindow() throws {
        let map = OrderedParallelMap<Int, Int>(jobs: 3, window: 5) { n in
            if n % 7 == 0 { usleep(2000) }  // finish out of order
            return n * n
        }
        var seen: [Int] = []
        try map.run((0..<200).makeIterator()) { seen.append($0) }
        #expect(seen == (0..<200).map { $0 * $0 })
    }

    @Test func orderedMapStopsWhenConsumerThrows() {
        struct Stop: Error {}
        let map = OrderedParallelMap<Int, Int>(jobs: 2) { $0 }
        var count = 0
        #expect(throws: Stop.self) {
            try map.run((0..<1000).makeIterator()) { _ in
                count += 1
                if count == 10 { throw Stop() }
            }
        }
        #expect(count == 10)
    }

    @Test func outputNamesNeverCollide() {
        let inputs = ["a/b.txt", "a/b.html", "a/c.txt", "d.md", "d.md"].map { BatchInput(path: "x/" + $0, relativePath: $0) }
        #expect(OutputNaming.jsonPaths(for: inputs) == ["a/b.txt.json", "a/b.html.json", "a/c.json", "d.md.json", nil])
    }

    @Test func discoveryRecursesSkipsHiddenAndSurvivesLinkLoops() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("pp-discovery-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        for path in ["a/b/one.txt", "a/two.HTML", "a/.hidden/three.txt", ".four.txt", "five.docx", "six.md"] {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/b/up").path, withDestinationPath: "../..")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/gone.txt").path, withDestinationPath: "nowhere")
        let found = InputDiscovery().inputs(from: [root.path, root.path + "/missing.txt"])
        #expect(found.map(\.relativePath) == ["a/b/one.txt", "a/gone.txt", "a/two.HTML", "missing.txt", "six.md"])
        #expect(found.filter { $0.problem != nil }.map(\.relativePath) == ["a/gone.txt", "missing.txt"])
        let onlyHTML = InputDiscovery(includes: [GlobPattern("*.html")]).inputs(from: [root.path])
        #expect(onlyHTML.map(\.relativePath) == ["a/two.HTML"])
    }

    @Test func stagedFileAppearsOnlyOnCommit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-staged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x/y.json").path
        let file = try StagedFile(path: path)
        try file.write("{}")
        #expect(!FileManager.default.fileExists(atPath: path))
        try file.commit()
        #expect(FileManager.default.contents(atPath: path) == Data("{}".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("x").path) == ["y.json"])
    }
}

@Suite struct StagedFileSpecialTargetTests {
    /// A FIFO (like `/dev/null` or a terminal) is written directly, never replaced by a renamed file.
    @Test func specialFilesAreWrittenInPlace() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("out.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            received.set([UInt8](data))
        }
        reader.start()
        let payload = Array("{\"id\":1}\n".utf8)
        try StagedFile.write(payload, to: fifo)
        // Bounded wait: were the FIFO replaced, the reader would block in open() for ever.
        var waited = 0
        while !received.isSet, waited < 10_000 {
            usleep(1_000)
            waited += 1
        }
        if !received.isSet {
            let release = open(fifo, O_WRONLY | O_NONBLOCK)
            if release >= 0 { close(release) }
        }
        #expect(received.bytes == payload)
        var info = stat()
        #expect(stat(fifo, &info) == 0)
        #expect((info.st_mode & S_IFMT) == S_IFIFO)
    }
}

/// Bytes handed from a reader thread to the test.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [UInt8]?
    func set(_ bytes: [UInt8]) { lock.lock(); value = bytes; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value != nil }
    var bytes: [UInt8]? { lock.lock(); defer { lock.unlock() }; return value }
}

/// The analyst tables: years inherited down the tree, canonical names in the role columns.
@Suite struct AnalystTableTests {
    @Test func yearsComeFromTheNodeItsAncestorsOrTheDocument() {
        let text = """
        某市数据发展行动计划（2021-2023年）
        一、到2025年，主要目标
        （一）数据产业规模增长20%。（责任单位：市经信委、市财政局）
        （二）培育企业。2024年新增投资10亿元。（市经信委牵头，市经信委配合）
        二、保障
        （一）安排资金5亿元。
        """
        let document = PolicyParser.parse(text: text)
        let rows = CSVRows(document: document, name: "plan.txt")
        let byText = Dictionary(rows.values.map { ($0[5], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["20%"].map { [$0[10], $0[11], $0[12]] } == ["2025", "2025", "ancestor"])
        #expect(byText["10亿元"].map { [$0[10], $0[11], $0[12]] } == ["2024", "2024", "own"])
        #expect(byText["5亿元"].map { [$0[10], $0[11], $0[12]] } == ["2021", "2023", "document"])
        #expect(rows.values.allSatisfy { $0.count == CSVRows.valueHeader.count })
        #expect(rows.departments.allSatisfy { $0.count == CSVRows.departmentHeader.count })
        // Role columns: canonical names (unknown jurisdiction keeps 市), each once.
        let second = rows.tasks.first { $0[3] == "一.（二）" }
        #expect(second?[13] == "市经济和信息化委员会")
        #expect(second?[15] == "市经济和信息化委员会")
        let first = rows.tasks.first { $0[3] == "一.（一）" }
        #expect(first?[14] == "市经济和信息化委员会；市财政局")
        #expect(rows.departments.first?[1] == "plan.txt" && rows.departments.first?[0] == "plan.txt#一.（一）")
    }
}
