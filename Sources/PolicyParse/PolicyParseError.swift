import Foundation

/// Why a file could not be turned into a document. Parsing text never fails; only reading and decoding bytes do.
///
/// `description` and `localizedDescription` are the one line the command line prints.
public struct PolicyParseError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The kind of failure, with a stable name for reports and scripts.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The bytes claim to be UTF-8 (BOM or mostly valid) but break at `byteOffset`.
        case invalidUTF8
        /// The bytes are not text: control bytes, an executable or image signature.
        case binary
        /// A NUL byte at `byteOffset` in input that is not UTF-16.
        case nulByte
        /// The bytes cannot be converted from the detected or requested encoding at `byteOffset`.
        case undecodable
        /// `--encoding` named an encoding ICU does not know.
        case unknownEncoding
        /// The file could not be opened or read.
        case unreadable
        /// The input is larger than the library accepts (see Docs/Limits.md).
        case tooLarge
        /// A department alias file (`--departments`) has a malformed line or is not UTF-8.
        case invalidAliases
    }

    /// The kind of failure.
    public var kind: Kind
    /// The file the bytes came from, where known.
    public var path: String?
    /// The byte offset of the first bad byte, where known.
    public var byteOffset: Int?
    /// A sentence for a person.
    public var detail: String

    /// Creates an error.
    public init(_ kind: Kind, path: String? = nil, byteOffset: Int? = nil, detail: String) {
        self.kind = kind
        self.path = path
        self.byteOffset = byteOffset
        self.detail = detail
    }

    /// The same error, naming `path`.
    public func naming(_ path: String?) -> PolicyParseError {
        var copy = self
        copy.path = path
        return copy
    }

    /// One line: `path: error: detail (byte N)`.
    public var description: String {
        var line = "\(path ?? "<stdin>"): error: \(detail)"
        if let byteOffset, !detail.contains("byte \(byteOffset)") { line += " (byte \(byteOffset))" }
        return line
    }

    /// The same line as `description`, so `localizedDescription` is readable too.
    public var errorDescription: String? { description }
}
