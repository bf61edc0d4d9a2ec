import Foundation

/// Options for one parse.
public struct ParseOptions: Sendable, Hashable {
    /// An encoding name that overrides detection (`GB18030`, `UTF-16LE` …), or nil to detect.
    public var encoding: String?
    /// Inputs larger than this many bytes are refused with `.tooLarge`.
    public var maxInputBytes: Int
    /// The user's department aliases (`--departments aliases.tsv`), which win over the built-in
    /// tables when naming `Department.canonical`.
    public var departmentAliases: [DepartmentAlias]

    /// The default limit on input size: 1 GiB.
    public static let defaultMaxInputBytes = 1 << 30

    /// Creates options.
    public init(encoding: String? = nil, maxInputBytes: Int = ParseOptions.defaultMaxInputBytes,
                departmentAliases: [DepartmentAlias] = []) {
        self.encoding = encoding
        self.maxInputBytes = maxInputBytes
        self.departmentAliases = departmentAliases
    }
}

/// The library's entry point: bytes or text in, a `Document` out.
///
/// decode → clean → outline → extract. Only reading and decoding can fail; parsing text always
/// yields a document, with oddities reported as `diagnostics`.
public enum PolicyParser {
    /// Reads and parses the file at `path`; errors name the file.
    public static func parse(contentsOf path: String, options: ParseOptions = ParseOptions()) throws(PolicyParseError) -> Document {
        parse(try decode(contentsOf: path, options: options), source: path, options: options)
    }

    /// Reads and decodes the file at `path` (`-`: standard input), the first stage of
    /// `parse(contentsOf:)`; errors name the file. For callers that also want the clean text
    /// (`policyparse FILE --format clean`) without reading and cleaning twice.
    package static func decode(contentsOf path: String, options: ParseOptions = ParseOptions()) throws(PolicyParseError) -> DecodedText {
        do {
            // The file's bytes are released once decoded, so they are not held through the parse.
            return try decode(InputFile.read(path, limit: options.maxInputBytes), source: path, options: options)
        } catch {
            throw error.naming(path)
        }
    }

    /// Reads and parses the file at `url` (a `file:` URL); errors name the file's path.
    public static func parse(contentsOf url: URL, options: ParseOptions = ParseOptions()) throws(PolicyParseError) -> Document {
        guard url.isFileURL else {
            throw PolicyParseError(.unreadable, path: url.absoluteString, detail: "not a file URL")
        }
        return try parse(contentsOf: url.path, options: options)
    }

    /// Decodes and parses `data`; `source` is recorded in the document and named in errors.
    public static func parse(data: Data, source: String? = nil, options: ParseOptions = ParseOptions()) throws(PolicyParseError) -> Document {
        try parse(bytes: [UInt8](data), source: source, options: options)
    }

    /// Decodes and parses `bytes`; `source` is recorded in the document and named in errors.
    public static func parse(bytes: [UInt8], source: String? = nil, options: ParseOptions = ParseOptions()) throws(PolicyParseError) -> Document {
        parse(try decode(bytes, source: source, options: options), source: source, options: options)
    }

    /// Checks the size limit and decodes `bytes`; errors name `source`.
    private static func decode(_ bytes: [UInt8], source: String?, options: ParseOptions) throws(PolicyParseError) -> DecodedText {
        guard bytes.count <= options.maxInputBytes else {
            throw PolicyParseError(.tooLarge, path: source,
                                   detail: "input is \(bytes.count) bytes, more than the limit of \(options.maxInputBytes)")
        }
        do {
            return try TextDecoder.decode(bytes, encoding: options.encoding)
        } catch {
            throw error.naming(source)
        }
    }

    /// Parses a Swift string (never fails); `options.departmentAliases` apply, the rest does not.
    public static func parse(text: String, source: String? = nil, options: ParseOptions = ParseOptions()) -> Document {
        parse(DecodedText(text), source: source, options: options)
    }

    /// Parses decoded text (never fails).
    package static func parse(_ decoded: DecodedText, source: String? = nil, options: ParseOptions = ParseOptions()) -> Document {
        parse(decoded, clean: Cleaner.clean(decoded), source: source, options: options)
    }

    /// Parses decoded text already cleaned (`clean` is `Cleaner.clean(decoded)`; never fails).
    package static func parse(_ decoded: DecodedText, clean: CleanText, source: String? = nil,
                              options: ParseOptions = ParseOptions()) -> Document {
        let tree = TreeBuilder.build(OutlineTokenizer.tokens(in: clean), in: clean)
        return DocumentAssembler(decoded: decoded, clean: clean, aliases: options.departmentAliases).assemble(tree, source: source)
    }
}
