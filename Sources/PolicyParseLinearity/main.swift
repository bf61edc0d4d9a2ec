import Foundation
import PolicyParse
import PolicyParseInvariants

// Linear-time benchmark (not a test): parses each pathological shape of `HostileInput` and the
// concatenated corpus at sizes n, 2n and 4n, and prints the time of decode + parse + JSON and
// the ratios. Linear code doubles its time when the input doubles; a ratio near 4 is quadratic.
//
//   swift run -c release PolicyParseLinearity                 every shape at full size
//   swift run -c release PolicyParseLinearity --scale 0.1     a tenth of the sizes
//   swift run -c release PolicyParseLinearity oneLine corpus  some shapes
//   swift run -c release PolicyParseLinearity --segmenter     Segmenter sentences + words instead
//
// See Docs/Limits.md for the figures.

var scale = 1.0
var names: [String] = []
var segmenter = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--scale", let value = arguments.popFirst().flatMap(Double.init) {
        scale = value
    } else if argument == "--segmenter" {
        segmenter = true
    } else if argument == "--help" || argument == "-h" {
        print("usage: PolicyParseLinearity [--scale FACTOR] [--segmenter] [SHAPE…]   shapes: "
              + (HostileInput.shapes.map(\.name) + ["corpus"]).joined(separator: " "))
        exit(0)
    } else {
        names.append(argument)
    }
}
if names.isEmpty { names = HostileInput.shapes.map(\.name) + ["corpus"] }

/// The shared corpus, decoded file by file and joined, `copies` times.
func corpus(copies: Int) -> [UInt8] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    var text = ""
    for folder in ["seeds", "real"] {
        let dir = root.appendingPathComponent(folder)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path),
                  let decoded = try? TextDecoder.decode([UInt8](data)) else { continue }
            text += decoded.string + "\n\n"
        }
    }
    return Array(String(repeating: text, count: copies).utf8)
}

/// Seconds for one decode + parse + JSON of `bytes` (or decode + Segmenter), and a short outcome.
func measure(_ bytes: [UInt8], segmenter: Bool) -> (Double, String) {
    let clock = ContinuousClock()
    var outcome = ""
    let elapsed = clock.measure {
        if segmenter {
            guard let decoded = try? TextDecoder.decode(bytes) else {
                outcome = "not decodable"
                return
            }
            let ICU = Segmenter()
            outcome = "\(ICU.sentences(in: decoded.scalars.array).count) sentences, \(ICU.words(in: decoded.scalars.array).count) words"
            return
        }
        do {
            let document = try PolicyParser.parse(bytes: bytes)
            let json = JSONWriter.encode(document, pretty: false)
            outcome = "\(document.children.count) nodes, \(json.count / 1024) KiB JSON"
        } catch let error as PolicyParseError {
            outcome = "error \(error.kind.rawValue)"
        } catch {
            outcome = "error \(error)"
        }
    }
    let c = elapsed.components
    return (Double(c.seconds) + Double(c.attoseconds) * 1e-18, outcome)
}

/// `text` padded with spaces to `width` characters.
func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

print("shape                unit            n        MB    time s  ratio  outcome")
for name in names {
    let make: (Int) -> [UInt8]
    let base: Int
    let unit: String
    if name == "corpus" {
        make = { corpus(copies: $0) }
        base = max(1, Int(8 * scale))
        unit = "copies"
    } else if let shape = HostileInput.shape(name) {
        // The full size is the largest (4n) input.
        base = max(1, Int(Double(shape.fullSize) * scale) / 4)
        make = shape.make
        unit = shape.unit
    } else {
        print("unknown shape \(name)")
        continue
    }
    var previous: Double? = nil
    for factor in [1, 2, 4] {
        let n = base * factor
        let bytes = make(n)
        _ = measure(Array(bytes.prefix(4096)), segmenter: segmenter)  // warm up caches and ICU
        let (t1, outcome) = measure(bytes, segmenter: segmenter)
        let (t2, _) = factor < 4 ? measure(bytes, segmenter: segmenter) : (t1, "")
        let t = min(t1, t2)
        let ratio = previous.map { String(format: "%5.2f", t / max($0, 1e-6)) } ?? "    -"
        let flag = previous.map { t / max($0, 1e-6) > 3.0 && t > 0.05 ? "  SUPERLINEAR?" : "" } ?? ""
        print(pad(name, 20) + " " + pad(unit, 11) + String(format: "%9d %9.2f %9.3f", n, Double(bytes.count) / 1e6, t)
              + "  \(ratio)  \(outcome)\(flag)")
        fflush(nil)
        previous = t
    }
}
