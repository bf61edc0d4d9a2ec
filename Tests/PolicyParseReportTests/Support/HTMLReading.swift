/// A strict reader for the HTML the reports write, used to check them: every element closed in
/// order, attributes double-quoted, only the entities the writer uses. It is not a browser's
/// parser (the browser test uses chromium for that); it fails loudly on anything unexpected.
struct HTMLReading {
    /// One element as read.
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Inside the source pane: how many source code points come before the element.
        var sourceOffset: Int?
    }

    /// Every element in document order (opening tags).
    var elements: [Element] = []
    /// Problems found: unbalanced tags, unknown entities, stray `<`.
    var problems: [String] = []
    /// The decoded text of `<pre id="src">`, the leading newline the parser eats removed.
    var sourceText: String = ""
    /// The raw contents of every `<script>` and `<style>`.
    var rawTexts: [String] = []
    /// The markup with every `<style>` body and `<script>` body replaced by `…`: the structure to pin.
    var structure: String = ""

    static let void: Set<String> = ["meta", "br", "img", "input", "link", "hr"]

    init(_ bytes: [UInt8]) {
        let s = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var i = 0
        var stack: [String] = []
        var inSource = false
        var sourceScalars = String.UnicodeScalarView()
        var sourceCount = 0
        var out = String.UnicodeScalarView()
        func starts(_ p: String, at j: Int) -> Bool {
            var k = j
            for c in p.unicodeScalars {
                guard k < s.count, s[k] == c else { return false }
                k += 1
            }
            return true
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if starts("<!DOCTYPE html>", at: i) {
                    out.append(contentsOf: "<!DOCTYPE html>".unicodeScalars)
                    i += 15
                    continue
                }
                var j = i + 1
                let closing = j < s.count && s[j] == "/"
                if closing { j += 1 }
                var name = String.UnicodeScalarView()
                while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { name.append(s[j]); j += 1 }
                guard !name.isEmpty else {
                    problems.append("stray < at \(i)")
                    i += 1
                    continue
                }
                var attributes: [String: String] = [:]
                var selfClosing = false
                while j < s.count, s[j] != ">" {
                    if s[j] == " " { j += 1; continue }
                    if s[j] == "/", j + 1 < s.count, s[j + 1] == ">" {
                        selfClosing = true   // SVG: `<rect …/>`
                        j += 1
                        continue
                    }
                    var key = String.UnicodeScalarView()
                    while j < s.count, s[j] != "=", s[j] != ">", s[j] != " " { key.append(s[j]); j += 1 }
                    if j < s.count, s[j] == " " || s[j] == ">" {
                        attributes[String(key)] = ""   // a boolean attribute: `<details open>`
                        continue
                    }
                    guard j + 1 < s.count, s[j] == "=", s[j + 1] == "\"" else {
                        problems.append("attribute \(String(key)) not double-quoted at \(j)")
                        break
                    }
                    j += 2
                    var value = String.UnicodeScalarView()
                    while j < s.count, s[j] != "\"" {
                        if s[j] == "<" || s[j] == ">" { problems.append("raw \(s[j]) in an attribute at \(j)") }
                        value.append(s[j]); j += 1
                    }
                    j += 1
                    attributes[String(key)] = decode(value, &problems)
                }
                let end = min(j + 1, s.count)
                out.append(contentsOf: s[i..<end])
                i = end
                let tag = String(name)
                if closing {
                    if stack.last == tag { stack.removeLast() } else { problems.append("</\(tag)> closes <\(stack.last ?? "nothing")> at \(i)") }
                    if tag == "pre", inSource { inSource = false }
                    continue
                }
                elements.append(Element(name: tag, attributes: attributes, sourceOffset: inSource ? sourceCount : nil))
                if Self.void.contains(tag) || selfClosing { continue }
                if tag == "script" || tag == "style" {
                    // Raw text up to the first `</tag`: the page's own code, never document text.
                    var k = i
                    while k < s.count, !starts("</" + tag, at: k) { k += 1 }
                    rawTexts.append(String(String.UnicodeScalarView(s[i..<k])))
                    out.append(contentsOf: "…".unicodeScalars)
                    i = k
                }
                stack.append(tag)
                if tag == "pre", attributes["id"] == "src" {
                    inSource = true
                    if i < s.count, s[i] == "\n" { out.append(s[i]); i += 1 }
                }
                continue
            }
            if c == ">" { problems.append("raw > in text at \(i)") }
            if c == "&" {
                var k = i
                while k < s.count, s[k] != ";", k - i < 10 { k += 1 }
                let entity = String.UnicodeScalarView(s[i...min(k, s.count - 1)])
                let decoded = decode(entity, &problems)
                if inSource {
                    sourceScalars.append(contentsOf: decoded.unicodeScalars)
                    sourceCount += decoded.unicodeScalars.count
                }
                out.append(contentsOf: entity)
                i = k + 1
                continue
            }
            if inSource {
                sourceScalars.append(c)
                sourceCount += 1
            }
            out.append(c)
            i += 1
        }
        if !stack.isEmpty { problems.append("unclosed: \(stack)") }
        sourceText = String(sourceScalars)
        structure = String(out)
    }

    /// The five entities and two references the writer uses.
    private func decode(_ value: String.UnicodeScalarView, _ problems: inout [String]) -> String {
        var out = ""
        var rest = Substring(String(value))
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else {
                problems.append("bare & in \(String(value))")
                return out + rest[amp...]
            }
            let name = String(rest[rest.index(after: amp)..<semi])
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "#39": out += "'"
            case "#13": out += "\r"
            case "#xFFFD": out += "\u{FFFD}"
            default: problems.append("unknown entity &\(name);")
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// Elements whose `class` holds `name`.
    func elements(withClass name: String) -> [Element] {
        elements.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name)) }
    }
}
