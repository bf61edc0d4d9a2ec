import PolicyParse

/// Answers one `--stdin-jsonl` line: `{"id":…,"document":{…}}`, or `{"id":…,"error":{"kind":…,"message":…}}`
/// for a line that is not a request (kind `invalidRequest`) or is too long (kind `tooLarge`).
public enum JSONLineResponder {
    /// The one-line answer to `line` (no newline), and whether it is an error; `limit` is the line
    /// limit the reader used, named in the `tooLarge` answer; `options` apply to the parse.
    public static func respond(to line: LineReader.Line, limit: Int = ParseOptions.defaultMaxInputBytes,
                               options: ParseOptions = ParseOptions()) -> (record: [UInt8], failed: Bool) {
        if let length = line.oversized {
            return (error(id: Array("null".utf8), kind: PolicyParseError.Kind.tooLarge.rawValue,
                          message: "line is \(length) bytes, more than the limit of \(limit)"), true)
        }
        switch JSONLineRequest.parse(line.bytes) {
        case .failure(let problem):
            return (error(id: problem.id, kind: "invalidRequest", message: problem.message), true)
        case .success(let request):
            let document = PolicyParser.parse(text: request.text, options: options)
            var out = Array("{\"id\":".utf8) + request.id + Array(",\"document\":".utf8)
            out += JSONWriter.encode(document, pretty: false)
            out.append(UInt8(ascii: "}"))
            return (out, false)
        }
    }

    private static func error(id: [UInt8], kind: String, message: String) -> [UInt8] {
        Array("{\"id\":".utf8) + id + Array(",\"error\":{\"kind\":".utf8) + JSONText.quoted(kind)
            + Array(",\"message\":".utf8) + JSONText.quoted(message) + Array("}}".utf8)
    }
}
