import Foundation
import PolicyParse

/// The documents the benchmark reads: every decodable document under `Fixtures/` and
/// `../shared/corpus/`, as bytes in memory.
struct BenchCorpus {
    /// One source document.
    struct Item {
        /// Path relative to the repository root's parent.
        var name: String
        var bytes: [UInt8]
    }

    /// The distinct documents, in a fixed order.
    var items: [Item]

    /// Total bytes of the distinct documents.
    var byteCount: Int { items.reduce(0) { $0 + $1.bytes.count } }

    /// File name suffixes read as documents (expected outputs, `.json`, are not).
    static let documentSuffixes = [".txt", ".md", ".markdown", ".html", ".htm"]

    /// Loads the corpus beside `root`; documents the decoder refuses are left out (they test errors).
    init(root: URL) {
        let fm = FileManager.default
        var found: [URL] = []
        let folders = [root.appendingPathComponent("Fixtures"),
                       root.deletingLastPathComponent().appendingPathComponent("shared/corpus")]
        for folder in folders {
            guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker {
                let name = url.lastPathComponent.lowercased()
                // Snapshots of the CLI's own output are not documents.
                if url.path.contains("/Fixtures/cli/") || name == "readme.md" { continue }
                if Self.documentSuffixes.contains(where: { name.hasSuffix($0) }) { found.append(url) }
            }
        }
        found.sort { $0.path < $1.path }
        let base = root.deletingLastPathComponent().path + "/"
        items = found.compactMap { url in
            guard let data = try? Data(contentsOf: url), !data.isEmpty else { return nil }
            let bytes = [UInt8](data)
            guard (try? TextDecoder.decode(bytes, encoding: nil)) != nil else { return nil }
            return Item(name: url.path.replacingOccurrences(of: base, with: ""), bytes: bytes)
        }
    }

    /// Whole copies of the documents, cycled in order until at least `minimumBytes`; each copy
    /// has its own buffer, so the set really occupies that much memory.
    func replicated(toAtLeast minimumBytes: Int) -> [[UInt8]] {
        guard !items.isEmpty else { return [] }
        var result: [[UInt8]] = []
        var total = 0
        var k = 0
        while total < minimumBytes {
            let source = items[k % items.count].bytes
            result.append(source.withUnsafeBufferPointer { Array($0) })
            total += source.count
            k += 1
        }
        return result
    }

    /// The documents concatenated (a blank line between) until at least `minimumBytes`: one
    /// large document. Also returns the byte offset of the document boundary nearest the middle.
    /// Only UTF-8 documents are used, so the whole stays one encoding.
    func concatenated(toAtLeast minimumBytes: Int) -> (bytes: [UInt8], half: Int) {
        let utf8 = items.filter { String(validating: $0.bytes, as: UTF8.self) != nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(minimumBytes + 400_000)
        var half = 0
        var k = 0
        while bytes.count < minimumBytes, !utf8.isEmpty {
            if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
            if half == 0, bytes.count >= minimumBytes / 2 { half = bytes.count }
            var document = utf8[k % utf8.count].bytes
            // A byte order mark only belongs at the very start.
            if document.starts(with: [0xEF, 0xBB, 0xBF]) { document.removeFirst(3) }
            bytes.append(contentsOf: document)
            k += 1
        }
        return (bytes, half == 0 ? bytes.count : half)
    }
}
