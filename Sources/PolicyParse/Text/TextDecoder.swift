/// Turns bytes into code points. (Placeholder: UTF-8 only, until the ICU work lands.)
public enum TextDecoder {
    /// Decodes `bytes`, detecting the encoding unless `encoding` names one.
    public static func decode(_ bytes: [UInt8], encoding: String? = nil) throws(PolicyParseError) -> DecodedText {
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw PolicyParseError(.invalidUTF8, detail: "invalid UTF-8")
        }
        return DecodedText(string)
    }
}
