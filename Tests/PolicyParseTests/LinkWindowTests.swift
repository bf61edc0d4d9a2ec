import Testing
@testable import PolicyParse

/// `LinkWindow` (Markdown link brackets matched a window at a time) gives the same links as
/// scanning ahead from each `[`, which it replaced because that scan made a line of `[` quadratic
/// in the lookahead.
@Suite struct LinkWindowTests {
    /// The former scan: from `[` at `i`, its `]` on the same line and the `)` after `](`, within `lookahead`.
    static func scan(_ s: [Unicode.Scalar], _ i: Int, lookahead: Int) -> (Int, Int)? {
        let limit = min(s.count, i + lookahead)
        var depth = 0
        var j = i
        while j < limit {
            let c = s[j]
            if c == "\n" { return nil }
            if c == "[" { depth += 1 }
            if c == "]" {
                depth -= 1
                if depth == 0 {
                    guard j + 1 < limit, s[j + 1] == "(" else { return nil }
                    var k = j + 2
                    while k < limit, s[k] != ")", s[k] != "\n" { k += 1 }
                    return k < limit && s[k] == ")" ? (j, k) : nil
                }
            }
            j += 1
        }
        return nil
    }

    @Test func agreesWithScanningAheadOnRandomBrackets() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["[", "]", "(", ")", "\n", "a", "a", "a", "!"]
        for lookahead in [1, 2, 5, 17, 64] {
            for _ in 0..<40 {
                let s = (0..<600).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
                var window = LinkWindow()
                let buffer = ScalarBuffer(s)
                for i in s.indices where s[i] == "[" {
                    let got = window.link(openingAt: i, in: buffer, lookahead: lookahead)
                    let want = LinkWindowTests.scan(s, i, lookahead: lookahead)
                    #expect(got?.textEnd == want?.0 && got?.targetEnd == want?.1, "lookahead \(lookahead) at \(i) in \(String(String.UnicodeScalarView(s)))")
                }
            }
        }
    }

    @Test func linksStillClean() {
        let clean = Cleaner.clean(DecodedText("---\ntitle: t\n---\n见[通知](https://x.cn/a)和![图](b.png)，[未闭合](x 与 [a] 止。"))
        #expect(clean.string == "见通知和，[未闭合](x 与 [a] 止。")
    }
}
