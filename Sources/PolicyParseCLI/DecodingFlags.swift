import ArgumentParser
import PolicyParse

/// `--encoding` and `--max-bytes`, shared by `parse`, `segment` and `batch`: how inputs are read.
struct DecodingFlags: ParsableArguments {
    @Option(help: ArgumentHelp("Decode inputs from this encoding instead of detecting it (GB18030, UTF-16LE, Big5, …).", valueName: "name"))
    var encoding: String?

    @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Refuse inputs larger than N bytes (kind tooLarge; default 1073741824, 1 GiB).", valueName: "n"))
    var maxBytes: Int?

    /// A name ICU does not know and a negative limit are usage errors (exit 64), checked before any input is read.
    func validate() throws {
        if let encoding, !TextDecoder.knowsEncoding(encoding) {
            throw ValidationError("Unknown encoding \"\(encoding)\". Use one of \(TextDecoder.commonEncodingNames.joined(separator: ", ")), or another name ICU knows.")
        }
        if let maxBytes, maxBytes < 0 { throw ValidationError("--max-bytes must be 0 or more.") }
    }

    /// The library's options for these flags.
    var parseOptions: ParseOptions {
        ParseOptions(encoding: encoding, maxInputBytes: maxBytes ?? ParseOptions.defaultMaxInputBytes)
    }
}
