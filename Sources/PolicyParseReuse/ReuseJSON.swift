import Foundation

/// The JSON of a `ReuseAlignment`: pretty, keys sorted, slashes not escaped (stable for golden files).
public enum ReuseJSON {
    /// The UTF-8 bytes of `alignment` as JSON, ending in a newline.
    public static func encode(_ alignment: ReuseAlignment) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values of this module cannot fail; an empty object is written if it ever did.
        let data = (try? encoder.encode(alignment)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }
}
