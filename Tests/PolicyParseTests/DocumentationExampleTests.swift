import Testing
import PolicyParse

/// The examples in README.md, Docs/Pipeline.md and the DocC catalog (PolicyParse.docc), run as written.
@Suite struct DocumentationExampleTests {
    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func pipelineExampleFindsDepartmentsByPath() throws {
        let url = try #require(Corpus.file("seeds", "002"))
        let document = try PolicyParser.parse(contentsOf: url.path)
        var lines: [String] = []
        for step in document.allNodes where !step.node.departments.isEmpty {
            lines.append("\(step.path) \(step.node.heading) \(step.node.departments.map(\.name))")
        }
        #expect(lines.count == 17)
        #expect(lines.first == "三.（一） 加强前沿和共性关键技术攻关 [\"市科委\", \"市经济信息化委\", \"市发展改革委\", \"市密码管理局\"]")
    }

    @Test func readmeTextExampleNeverThrows() {
        let tree = PolicyParser.parse(text: "一、总体要求\n（一）加强攻关。（责任部门：市科委）")
        #expect(tree.children.first?.children.first?.departments.map(\.name) == ["市科委"])
    }

    /// GettingStarted.md, "Read the tree": the printed lines in its comment.
    @Test func gettingStartedWalkPrintsWhatTheArticleShows() {
        let small = PolicyParser.parse(text: "一、总体要求\n（一）加强攻关，投入5亿元。（责任部门：市科委）")
        var lines: [String] = []
        for step in small.allNodes {
            let node = step.node
            lines.append("\(step.path) \(node.heading) \(node.amounts.map(\.value)) \(node.departments.map(\.name))")
        }
        #expect(lines == ["一 总体要求 [] []", "一.（一） 加强攻关，投入5亿元 [500000000] [\"市科委\"]"])
    }
}
