import Foundation

/// 信息量 (informativeness): how much a shared word says that two tasks are related.
///
/// Two tasks of one plan share its field's words (农村 公路 管理 养护) whatever they say. A word's
/// weight in the coverages is its length (characters, at most 4) times its normalised inverse
/// document frequency over the tasks of both documents, `ln(N / df) / ln(N)`, at least `floor`:
/// a word in one task of a hundred counts fully, one in half of them about a seventh.
package struct Informativeness {
    /// The least factor a word keeps (a word in every task still counts a little).
    package static let floor = 0.1
    private var factors: [Int32: Double] = [:]

    /// Document frequencies over `units` (each node one document).
    package init(_ units: [TaskWords]) {
        var df: [Int32: Int] = [:]
        var n = 0
        for unit in units where !unit.tokens.isEmpty {
            n += 1
            for token in Set(unit.tokens) { df[token, default: 0] += 1 }
        }
        let logN = log(Double(max(n, 2)))
        for (token, count) in df {
            factors[token] = max(Self.floor, min(1, log(Double(max(n, 1)) / Double(count)) / logN))
        }
    }

    /// The factor of `token` (1 for a word not seen).
    package func factor(_ token: Int32) -> Double { factors[token] ?? 1 }

    /// Fills `scaled` and `scaledTotal` of every unit.
    package func scale(_ units: inout [TaskWords]) {
        for u in units.indices {
            var total = 0.0
            units[u].scaled = units[u].tokens.indices.map { i in
                let w = Double(units[u].weights[i]) * factor(units[u].tokens[i])
                total += w
                return w
            }
            units[u].scaledTotal = total
        }
    }
}
