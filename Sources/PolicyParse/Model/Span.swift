/// A half-open range `[start, end)` of Unicode code points in the decoded source text.
///
/// Encodes as the two-element JSON array `[start, end]` of the output contract.
public struct Span: Hashable, Sendable, Codable, CustomStringConvertible {
    /// First code point of the range.
    public var start: Int
    /// One past the last code point of the range.
    public var end: Int

    /// Creates a span from its two ends; `end` is clamped to be at least `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of code points covered.
    public var count: Int { end - start }

    /// The span as a Swift range.
    public var range: Range<Int> { start..<end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// Decodes `[start, end]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        self.init(start, end)
    }

    /// Encodes `[start, end]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    /// `[start, end]`, as the span encodes in JSON (the range is half-open: `end` is not included).
    public var description: String { "[\(start), \(end)]" }
}
