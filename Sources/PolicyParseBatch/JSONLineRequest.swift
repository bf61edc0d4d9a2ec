import PolicyParse

/// One `--stdin-jsonl` request line, `{"id": …, "text": "…"}`: the id's JSON kept verbatim, the text decoded.
public struct JSONLineRequest: Sendable, Hashable {
    /// The id exactly as written (any JSON scalar), `null` if absent.
    public var id: [UInt8]
    /// The document's text.
    public var text: String

    /// Why a line is not a request; `id` is the line's id where it could be read, else `null`.
    public struct Problem: Error, Sendable, Hashable {
        /// The id as written, or `null`.
        public var id: [UInt8]
        /// A sentence for a person.
        public var message: String
    }

    /// Reads one line.
    public static func parse(_ line: [UInt8]) -> Result<JSONLineRequest, Problem> {
        var scanner = Scanner(bytes: line)
        var id: [UInt8]?
        var text: String?
        do throws(Scanner.Failure) {
            scanner.skipSpace()
            try scanner.expect(UInt8(ascii: "{"))
            scanner.skipSpace()
            if scanner.peek == UInt8(ascii: "}") {
                scanner.position += 1
            } else {
                while true {
                    scanner.skipSpace()
                    let key = try scanner.string()
                    scanner.skipSpace()
                    try scanner.expect(UInt8(ascii: ":"))
                    scanner.skipSpace()
                    let valueStart = scanner.position
                    if key == "text" {
                        guard scanner.peek == UInt8(ascii: "\"") else { throw Scanner.Failure("\"text\" must be a string") }
                        text = try scanner.string()
                    } else {
                        try scanner.skipValue()
                        if key == "id" {
                            let raw = Array(line[valueStart..<scanner.position])
                            guard let first = raw.first, first != UInt8(ascii: "{"), first != UInt8(ascii: "[") else {
                                throw Scanner.Failure("\"id\" must be a JSON scalar")
                            }
                            id = raw
                        }
                    }
                    scanner.skipSpace()
                    if scanner.peek == UInt8(ascii: ",") { scanner.position += 1; continue }
                    try scanner.expect(UInt8(ascii: "}"))
                    break
                }
            }
            scanner.skipSpace()
            guard scanner.position == line.count else { throw Scanner.Failure("text after the object") }
        } catch {
            return .failure(Problem(id: id ?? Array("null".utf8), message: "not a JSON request line: \(error.message)"))
        }
        guard let text else {
            return .failure(Problem(id: id ?? Array("null".utf8), message: "the line has no \"text\" string"))
        }
        return .success(JSONLineRequest(id: id ?? Array("null".utf8), text: text))
    }

    /// A forward-only reader over the bytes of one JSON line.
    private struct Scanner {
        /// A syntax error.
        struct Failure: Error {
            var message: String
            init(_ message: String) { self.message = message }
        }

        let bytes: [UInt8]
        var position = 0

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let b = peek, b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { position += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(Failure) {
            guard peek == byte else { throw Failure("expected '\(Character(Unicode.Scalar(byte)))' at byte \(position)") }
            position += 1
        }

        /// Skips one value: a string, a number or literal, an object or an array.
        mutating func skipValue() throws(Failure) {
            guard let first = peek else { throw Failure("missing value at byte \(position)") }
            switch first {
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while let b = peek {
                    if b == UInt8(ascii: "\"") { _ = try string(); continue }
                    position += 1
                    if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                    if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1; if depth == 0 { return } }
                }
                throw Failure("unterminated \(first == UInt8(ascii: "{") ? "object" : "array")")
            default:
                let start = position
                while let b = peek, Self.scalarBytes.contains(b) { position += 1 }
                let word = String(decoding: bytes[start..<position], as: UTF8.self)
                guard word == "true" || word == "false" || word == "null" || Double(word) != nil else {
                    throw Failure("bad value at byte \(start)")
                }
            }
        }

        private static let scalarBytes = Set(Array("0123456789+-.eEtruefalsn".utf8))

        /// Reads a string literal and returns its decoded value.
        mutating func string() throws(Failure) -> String {
            try expect(UInt8(ascii: "\""))
            var out: [UInt8] = []
            while true {
                guard let b = peek else { throw Failure("unterminated string") }
                position += 1
                switch b {
                case UInt8(ascii: "\""):
                    guard let s = String(validating: out, as: UTF8.self) else { throw Failure("string is not valid UTF-8") }
                    return s
                case UInt8(ascii: "\\"):
                    guard let e = peek else { throw Failure("unterminated string") }
                    position += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\"),
                           position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") {
                            let save = position
                            position += 2
                            let low = try hex4()
                            if (0xDC00..<0xE000).contains(low) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                position = save
                            }
                        }
                        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        out.append(contentsOf: String(Character(scalar)).utf8)
                    default:
                        throw Failure("bad escape at byte \(position - 1)")
                    }
                case 0..<0x20:
                    throw Failure("control byte in string at byte \(position - 1)")
                default:
                    out.append(b)
                }
            }
        }

        private mutating func hex4() throws(Failure) -> UInt32 {
            guard position + 4 <= bytes.count,
                  let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
                throw Failure("bad \\u escape at byte \(position)")
            }
            position += 4
            return value
        }
    }
}
