import PolicyParse

/// One input a batch could not convert, as written to `--report` (one JSON object per line).
public struct BatchFailure: Sendable, Hashable, Error {
    /// The input's path.
    public var path: String
    /// A `PolicyParseError.Kind` raw value, or `unwritable` / `outputConflict` for output problems.
    public var kind: String
    /// A sentence for a person.
    public var message: String
    /// The byte offset of the first bad byte, where known.
    public var byteOffset: Int?
    /// The output error behind an `unwritable` failure, with its `errno`.
    public var outputError: OutputError?

    /// Creates a failure.
    public init(path: String, kind: String, message: String, byteOffset: Int? = nil) {
        self.path = path
        self.kind = kind
        self.message = message
        self.byteOffset = byteOffset
    }

    /// The failure (kind `unwritable`) for the input at `path` whose output could not be written.
    public init(path: String, output error: OutputError) {
        self.init(path: path, kind: "unwritable", message: error.description)
        outputError = error
    }

    /// Whether the failure is the storage's (full disk, quota, read-only, I/O error), not this
    /// input's: a batch stops with exit 74 instead of failing every later input the same way.
    public var stopsRun: Bool { outputError?.isStorageFailure ?? false }

    /// The failure for a parse error of the input at `path`.
    public init(path: String, error: PolicyParseError) {
        self.init(path: path, kind: error.kind.rawValue, message: error.detail, byteOffset: error.byteOffset)
    }

    /// `{"path":…,"kind":…,"message":…,"byteOffset":…}` (no newline); `byteOffset` only where known.
    public var jsonLine: [UInt8] {
        var out = Array("{\"path\":".utf8) + JSONText.quoted(path)
        out += Array(",\"kind\":".utf8) + JSONText.quoted(kind)
        out += Array(",\"message\":".utf8) + JSONText.quoted(message)
        if let byteOffset { out += Array(",\"byteOffset\":\(byteOffset)".utf8) }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// `path: error: message (byte N)`, the form the single-file command prints.
    public var line: String {
        var text = "\(path): error: \(message)"
        if let byteOffset, !message.contains("byte \(byteOffset)") { text += " (byte \(byteOffset))" }
        return text
    }
}
