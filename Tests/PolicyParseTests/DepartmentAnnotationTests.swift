import Testing
@testable import PolicyParse

@Suite struct DepartmentAnnotationTests {
    private func found(_ text: String) -> [String] {
        let clean = CleanText(plain: text)
        return DepartmentAnnotation.find(in: clean, range: 0..<clean.count).map { clean.string($0.range) }
    }

    @Test(arguments: [
        ("开展攻关。（责任部门：市科委、市经济信息化委）", "（责任部门：市科委、市经济信息化委）"),
        ("给予奖补。（责任单位：省经济和信息化厅、省财政厅）", "（责任单位：省经济和信息化厅、省财政厅）"),
        ("推进试点。（牵头单位：市发展改革委；配合单位：市财政局）", "（牵头单位：市发展改革委；配合单位：市财政局）"),
        ("完善机制。（市财政局牵头，各区政府配合）", "（市财政局牵头，各区政府配合）"),
        ("落实责任。(教育部、财政部按职责分工负责)", "(教育部、财政部按职责分工负责)"),
        ("加强考核（6月底完成，牵头考核单位：市大数据局）", "（6月底完成，牵头考核单位：市大数据局）"),
    ])
    func findsBracketedAnnotations(text: String, expected: String) {
        #expect(found(text) == [expected])
    }

    @Test func findsALabelLine() {
        #expect(found("建设标识解析体系。\n责任单位：省经济和信息化厅，省财政厅\n下一段") == ["责任单位：省经济和信息化厅，省财政厅"])
    }

    @Test(arguments: [
        "支持以IPv6（互联网协议第6版）、工业PON（无源光网络）等技术",
        "建立安徽省工业互联网（云）服务商资源池",
        "（以下简称《行动计划》）",
        "（一）加强前沿和共性关键技术攻关",
        "由市政府负责同志牵头的工作机制（见附件）",
        "（责任部门：市科委",
    ])
    func ignoresOrdinaryBrackets(text: String) {
        #expect(found(text).isEmpty)
    }
}
