import PolicyParse

/// One input of a batch with where its JSON goes, as handed to `BatchConverter`.
public struct BatchJob: Sendable, Hashable {
    /// The input.
    public var input: BatchInput
    /// The full path of the `--out` JSON file, or nil when `--out` is not given.
    public var outputPath: String?
    /// Why the input cannot be written to `--out` (two inputs with the same output path), if so.
    public var outputConflict: String?

    /// Creates a job.
    public init(input: BatchInput, outputPath: String? = nil, outputConflict: String? = nil) {
        self.input = input
        self.outputPath = outputPath
        self.outputConflict = outputConflict
    }
}
