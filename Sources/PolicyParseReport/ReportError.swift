/// A report that could not be written: the output it was going to and a sentence saying why.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    /// The output (a path, or `<stdout>`).
    public var output: String
    /// A sentence naming the output, e.g. `cannot write plan.html: No space left on device`.
    public var message: String

    /// An error about `output` for `reason` (`No space left on device`).
    public init(output: String, reason: String) {
        self.output = output
        self.message = "cannot write \(output): \(reason)"
    }

    /// An error about `output` with a whole sentence already naming it.
    public init(output: String, message: String) {
        self.output = output
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
