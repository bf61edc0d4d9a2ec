import ArgumentParser
import Foundation
import PolicyParse

/// `policyparse segment`: prints a document's sentences (句子) or words (词语).
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a document into sentences or words (ICU, locale zh).",
        discussion: "Sentences join hard-wrapped lines and end at 。！？ and ；; see Docs/Segmentation.md."
    )

    /// What to print.
    enum Unit: String, EnumerableFlag {
        case sentences, words

        static func help(for value: Unit) -> ArgumentHelp? {
            switch value {
            case .sentences: "One sentence per line, wrapped lines joined (the default)."
            case .words: "Words separated by spaces, one line per paragraph."
            }
        }
    }

    /// One segment in the JSON output.
    struct Segment: Encodable {
        var text: String
        var span: Span
    }

    @Argument(help: "The document to segment, or - for standard input.")
    var file: String

    @Flag(help: "What to print.")
    var unit: Unit = .sentences

    @Flag(help: "Print [{\"text\": …, \"span\": [start, end]}, …] with code-point spans into the decoded source.")
    var json = false

    @OptionGroup var decoding: DecodingFlags

    func run() throws {
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(contentsOf: file, encoding: decoding.encoding,
                                             limit: decoding.parseOptions.maxInputBytes)
        } catch {
            StandardStreams.errorLine(error.description)
            try StandardStreams.finish()
            throw ExitCodes.inputFailed
        }
        // Segment the cleaned text (no tags, entities or front matter) and map back to the source.
        let clean = Cleaner.clean(decoded)
        let scalars = clean.scalars
        let segmenter = Segmenter()
        if json {
            let ranges = unit == .sentences ? segmenter.sentences(in: scalars) : segmenter.words(in: scalars)
            var cursor = OffsetMap.Cursor(clean.map)
            let segments = ranges.map { Segment(text: Segmenter.joinedText($0, in: scalars), span: cursor.sourceSpan(of: $0)) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            try write([UInt8](try encoder.encode(segments)) + [0x0A])
            return
        }
        var output = ""
        switch unit {
        case .sentences:
            for range in segmenter.sentences(in: scalars) {
                output += Segmenter.joinedText(range, in: scalars)
                output += "\n"
            }
        case .words:
            // Words grouped by paragraph: one output line each.
            let words = segmenter.words(in: scalars)
            var next = 0
            for paragraph in segmenter.paragraphs(in: scalars) {
                var line: [String] = []
                while next < words.count, words[next].lowerBound < paragraph.upperBound {
                    line.append(Segmenter.joinedText(words[next], in: scalars))
                    next += 1
                }
                if !line.isEmpty { output += line.joined(separator: " ") + "\n" }
            }
        }
        try write(Array(output.utf8))
    }

    /// Writes the output and flushes it; an output error is exit 74 with one line.
    private func write(_ bytes: [UInt8]) throws {
        do {
            try StandardStreams.out(bytes)
        } catch {
            throw StandardStreams.outputFailed(error)
        }
        try StandardStreams.finish()
    }
}
