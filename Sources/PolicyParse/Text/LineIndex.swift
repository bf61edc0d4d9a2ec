/// Line and column (1-based, in code points) of source offsets, for `file:line:col` messages.
///
/// Found in one pass over the source for all the offsets at once, with no table of line starts
/// (which would cost 8 bytes a line for a whole large document).
enum LineIndex {
    /// The 1-based line and column of each of `offsets` (in any order) in `scalars`. A line ends
    /// after `\n`, after `\r\n` (one break) and after a `\r` alone.
    static func positions(of offsets: [Int], in scalars: ScalarBuffer) -> [(line: Int, column: Int)] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        // Only line feed and carriage return matter; a code point above U+FFFF (unit 0xD800) is neither.
        scalars.withUnits { p, _ in
            let n = p.count
            var line = 1
            var lineStart = 0
            var j = 0
            for k in order {
                let offset = offsets[k]
                let end = min(max(offset, 0), n)
                while j < end {
                    let v = p[j]
                    // One comparison rejects everything above CR, i.e. nearly every character.
                    if v <= 0x0D, v == 0x0A || (v == 0x0D && !(j + 1 < n && p[j + 1] == 0x0A)) {
                        line += 1
                        lineStart = j + 1
                    }
                    j += 1
                }
                result[k] = (line, offset - lineStart + 1)
            }
        }
        return result
    }
}
