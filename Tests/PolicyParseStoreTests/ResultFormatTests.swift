import Foundation
import Testing
@testable import PolicyParseStore

@Suite struct ResultFormatTests {
    static let table = ResultTable(columns: ["department", "tasks", "share", "note"], rows: [
        [.text("市经济信息化委"), .integer(28), .real(0.25), .null],
        [.text("a,\"b\""), .integer(3), .real(1.5), .text("two\nlines")],
    ])

    @Test func jsonKeepsNumbersAndNulls() throws {
        let json = ResultFormat.json.render(Self.table)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[0]["department"] as? String == "市经济信息化委")
        #expect(array[0]["tasks"] as? Int == 28)
        #expect(array[0]["share"] as? Double == 0.25)
        #expect(array[0]["note"] is NSNull)
        #expect(array[1]["note"] as? String == "two\nlines")
        #expect(ResultFormat.json.render(ResultTable(columns: ["x"])) == Array("[]\n".utf8))
    }

    @Test func jsonlIsOneObjectPerLine() throws {
        let lines = String(decoding: ResultFormat.jsonl.render(Self.table), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
    }

    @Test func csvQuotesWhatItMust() {
        let csv = String(decoding: ResultFormat.csv.render(Self.table), as: UTF8.self)
        #expect(csv == "department,tasks,share,note\r\n市经济信息化委,28,0.25,\r\n\"a,\"\"b\"\"\",3,1.5,\"two\nlines\"\r\n")
    }

    @Test func tableAlignsWideCharactersByTerminalColumns() {
        let text = String(decoding: ResultFormat.table.render(Self.table), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // 市经济信息化委 is 7 characters, 14 columns: the header is padded to it.
        #expect(lines[0] == "department      tasks  share  note")
        #expect(lines[1] == "--------------  -----  -----  ---------")
        #expect(lines[2] == "市经济信息化委  28     0.25   ")
        #expect(lines[3] == "a,\"b\"           3      1.5    two lines")
        #expect(ResultFormat.width("网络ab") == 6)
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func graphMLEscapesNamesAndListsEveryEdge() throws {
        let nodes = ResultTable(columns: ["department", "tasks", "lead", "responsible", "support", "documents"],
                                rows: [[.text("市科委"), .integer(2), .integer(1), .integer(1), .integer(0), .integer(1)]])
        let edges = ResultTable(columns: ["source", "target", "weight", "lead", "support"],
                                rows: [[.text("市科委"), .text("A&B<\"x\">"), .integer(2), .integer(1), .integer(0)]])
        let xml = String(decoding: GraphML.document(nodes: nodes, edges: edges), as: UTF8.self)
        #expect(xml.contains("<node id=\"A&amp;B&lt;&quot;x&quot;&gt;\"/>"))
        #expect(xml.contains("<edge id=\"e0\" source=\"市科委\" target=\"A&amp;B&lt;&quot;x&quot;&gt;\"><data key=\"weight\">2</data>"))
    }
}
