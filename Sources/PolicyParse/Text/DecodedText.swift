/// The decoded source: the code points every `Span` counts in, and the encoding they came from.
package struct DecodedText: Sendable {
    /// The source as Unicode code points, byte order mark removed (16 bits each, see `ScalarBuffer`).
    package var scalars: ScalarBuffer
    /// The name of the encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `GB18030` …).
    package var encoding: String

    /// Wraps already-decoded text.
    package init(scalars: ScalarBuffer, encoding: String) {
        self.scalars = scalars
        self.encoding = encoding
    }

    /// Wraps already-decoded text given as an array.
    package init(scalars: [Unicode.Scalar], encoding: String) {
        self.init(scalars: ScalarBuffer(scalars), encoding: encoding)
    }

    /// Wraps a Swift string as UTF-8 text.
    package init(_ string: String) {
        self.scalars = ScalarBuffer(string.unicodeScalars)
        self.encoding = "UTF-8"
    }

    /// The source as a Swift string.
    package var string: String { String(scalars: scalars[...]) }
}

extension String {
    /// Builds a string from a slice of code points.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        // Exact UTF-8 length, then one write into the string's own storage.
        var length = 0
        for c in scalars { length += UTF8Output.length(of: c) }
        guard length > 0 else {
            self = ""
            return
        }
        self = String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for c in scalars { i = UTF8Output.write(c, into: buffer, at: i) }
            return i
        }
    }
}
