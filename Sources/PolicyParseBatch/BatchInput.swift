import PolicyParse

/// One file of a batch: where to read it, its path relative to the input it was found under, and its size.
public struct BatchInput: Sendable, Hashable {
    /// The path to open, as given or joined from the input directory (`corpus/a/b.txt`); recorded as `source`.
    public var path: String
    /// The path relative to the input directory given (`a/b.txt`); the file name for a file given directly.
    public var relativePath: String
    /// The size in bytes at discovery, 0 if unknown.
    public var size: Int
    /// Why the file cannot be converted, when that is known at discovery (a missing input, a broken link).
    public var problem: PolicyParseError?
    /// The raw bytes of the path to open when the name is not valid UTF-8 (`path` then shows the
    /// bad bytes escaped as `\xHH`); nil when `path` is the name itself.
    public var fileSystemPath: [UInt8]?

    /// Creates an input.
    public init(path: String, relativePath: String, size: Int = 0, problem: PolicyParseError? = nil, fileSystemPath: [UInt8]? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.size = size
        self.problem = problem
        self.fileSystemPath = fileSystemPath
    }
}
