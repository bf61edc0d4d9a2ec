/// Line and column (1-based, in code points) of source offsets, for `file:line:col` messages.
struct LineIndex {
    /// Offset of the first character of each line.
    private let starts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        scalars.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let v = p[i].value
                // One comparison rejects everything above CR, i.e. nearly every character.
                if v <= 0x0D {
                    if v == 0x0A {
                        starts.append(i + 1)
                    } else if v == 0x0D {
                        if i + 1 < n, p[i + 1].value == 0x0A { i += 1 }
                        starts.append(i + 1)
                    }
                }
                i += 1
            }
        }
        self.starts = starts
    }

    /// The 1-based line and column of `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - starts[low] + 1)
    }
}
