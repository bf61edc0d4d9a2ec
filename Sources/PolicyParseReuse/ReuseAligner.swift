import Foundation
import PolicyParse

/// 任务对齐 (task alignment): labels every node of a local plan copied, adapted or new against the
/// central plan it implements, and names the central node(s) each comes from.
///
/// 1. Both documents' nodes become normalised ICU word sequences (`WordNormalizer`).
/// 2. For each local node, the central nodes sharing the most (idf-weighted) word pairs are found
///    in an inverted index (`ShingleIndex`); only those `thresholds.candidates` are scored.
/// 3. Each candidate is scored by greedy string tiling over the words (`GreedyTiler`): the shared
///    passages of two words or more, as shares of each side (coverage) and together (Dice score).
/// 4. The best is the highest score; scores within `thresholds.tie` go to the central node whose
///    relative position is nearest (order breaks ties only: local plans reorder tasks). Further
///    central nodes join when they cover enough of what is left (a merged task).
/// 5. The label follows the coverages (`ReuseThresholds`); `ChangeFinder` lists the changes.
///
/// ```swift
/// let alignment = ReuseAligner().align(central: centralDocument, local: localDocument)
/// print(alignment.summary.copied, alignment.summary.takenUpShare)
/// ```
public struct ReuseAligner: Sendable {
    /// The label thresholds.
    public var thresholds: ReuseThresholds

    /// An aligner with `thresholds` (the documented defaults unless given).
    public init(thresholds: ReuseThresholds = ReuseThresholds()) {
        self.thresholds = thresholds
    }

    /// Aligns `local` to `central`.
    public func align(central: Document, local: Document) -> ReuseAlignment {
        let places = WordNormalizer.places(of: central).union(WordNormalizer.places(of: local))
        var vocabulary = Vocabulary()
        let normalizer = WordNormalizer(places: places)
        let c = PreparedDocument(central, normalizer: normalizer, vocabulary: &vocabulary)
        let l = PreparedDocument(local, normalizer: normalizer, vocabulary: &vocabulary)
        return align(central: c, local: l, places: places)
    }

    /// Aligns two documents already split into words with one vocabulary (corpus mode prepares each once).
    package func align(central: PreparedDocument, local: PreparedDocument, places: Set<String>) -> ReuseAlignment {
        var centralUnits = central.units
        var centralHeadings = central.headings
        var localUnits = local.units
        var localHeadings = local.headings
        let informativeness = Informativeness(centralUnits + localUnits)
        informativeness.scale(&centralUnits)
        informativeness.scale(&centralHeadings)
        informativeness.scale(&localUnits)
        informativeness.scale(&localHeadings)
        // Tasks are compared with whole central nodes; headings (nodes with children) by their heading line alone.
        let fullSet = UnitSet(centralUnits, tasksOnly: true)
        let headingSet = UnitSet(centralHeadings)
        let changeFinder = ChangeFinder(places: places)

        var tasks: [AlignedTask] = []
        var takenUp = Set<Int>()
        var removals: [(task: Int, mentions: [ChangeFinder.CentralMention?])] = []
        var takenUpMentions = Set<ChangeFinder.CentralMention>()
        var summary = ReuseSummary(copied: 0, adapted: 0, new: 0, centralTasks: 0, centralTasksTakenUp: 0, takenUpShare: 0)
        for (position, fullUnit) in localUnits.enumerated() {
            let unit = fullUnit.isHeading ? localHeadings[position] : fullUnit
            let units = fullUnit.isHeading ? headingSet : fullSet
            let relative = localUnits.count > 1 ? Double(position) / Double(localUnits.count - 1) : 0
            let scored = score(unit, heading: fullUnit.isHeading ? nil : localHeadings[position], relative: relative,
                               in: units, headings: headingSet)
            var task = AlignedTask(path: unit.path, heading: unit.node.heading, span: unit.node.span,
                                   kind: "task", label: .new, score: 0, coverage: 0,
                                   matches: [], changes: [])
            task.shared.text = unit.text
            task.kind = fullUnit.isHeading ? "heading" : "task"
            if !scored.isEmpty {
                let best = scored[0]
                let coverage = scored.reduce(0) { $0 + $1.sharedScaled }
                let localShare = min(1, coverage / max(1e-9, unit.scaledTotal))
                let label: ReuseLabel
                if best.localCoverage >= thresholds.copied, best.centralCoverage >= thresholds.copied, scored.count == 1 {
                    label = .copied
                } else if best.sharedWeight >= thresholds.minimumSharedWeight
                            && (localShare >= thresholds.adaptedLocal || best.centralCoverage >= thresholds.adaptedCentral)
                            || best.headingScore >= thresholds.adaptedHeading {
                    label = .adapted
                } else {
                    label = .new
                }
                task.label = label
                if label != .new {
                    task.score = rounded(best.score)
                    task.coverage = rounded(localShare)
                    task.matches = scored.map { match in
                        let c = units.words[match.item]
                        var m = TaskMatch(path: c.path, heading: c.node.heading, span: c.node.span, score: rounded(match.score),
                                          localCoverage: rounded(match.localCoverage), centralCoverage: rounded(match.centralCoverage),
                                          headingScore: rounded(match.headingScore), longestPassage: match.longestPassage)
                        m.shared = SharedText(text: c.text, ranges: Self.ranges(match.tiles.map { ($0.central, $0.length) }, in: c))
                        return m
                    }
                    task.shared.ranges = Self.ranges(scored.flatMap { $0.tiles.map { ($0.local, $0.length) } }, in: unit)
                    let found = changeFinder.changes(unit, against: scored.map { ($0.item, units.words[$0.item], $0.tiles) })
                    task.changes = found.changes
                    removals.append((tasks.count, found.removedMentions))
                    takenUpMentions.formUnion(found.takenUp)
                    for match in scored { takenUp.insert(match.item) }
                }
            }
            switch task.label {
            case .copied: summary.copied += 1
            case .adapted: summary.adapted += 1
            case .new: summary.new += 1
            }
            tasks.append(task)
        }
        // A central target or department one local task drops but another takes up (the other part
        // of a split task) is not removed.
        for (t, mentions) in removals {
            var kept: [TaskChange] = []
            for (change, mention) in zip(tasks[t].changes, mentions) where mention.map({ !takenUpMentions.contains($0) }) ?? true {
                kept.append(change)
            }
            tasks[t].changes = kept
        }
        var unmatched: [NodeReference] = []
        for (i, c) in centralUnits.enumerated() where !c.isHeading {
            summary.centralTasks += 1
            if takenUp.contains(i) {
                summary.centralTasksTakenUp += 1
            } else {
                unmatched.append(NodeReference(path: c.path, heading: c.node.heading, span: c.node.span))
            }
        }
        summary.takenUpShare = summary.centralTasks == 0 ? 0 : rounded(Double(summary.centralTasksTakenUp) / Double(summary.centralTasks))
        return ReuseAlignment(
            central: DocumentReference(source: central.document.source, title: central.document.title, nodes: centralUnits.count,
                                       leafTasks: centralUnits.filter { !$0.isHeading }.count),
            local: DocumentReference(source: local.document.source, title: local.document.title, nodes: localUnits.count,
                                     leafTasks: localUnits.filter { !$0.isHeading }.count),
            tasks: tasks, unmatchedCentral: unmatched, summary: summary, thresholds: thresholds)
    }

    /// The central side, indexed once: words, token-pair indexes, the shingle index.
    struct UnitSet {
        var words: [TaskWords]
        var pairs: [PairIndex]
        var index: ShingleIndex

        /// `words` indexed; with `tasksOnly`, heading nodes without text of their own are left out
        /// (they are structure, compared only with headings).
        init(_ words: [TaskWords], tasksOnly: Bool = false) {
            var words = words
            if tasksOnly {
                for i in words.indices where words[i].isHeading && words[i].node.text.isEmpty {
                    words[i].tokens = []
                    words[i].weights = []
                    words[i].ranges = []
                    words[i].mentions = []
                    words[i].totalWeight = 0
                    words[i].scaled = []
                    words[i].scaledTotal = 0
                }
            }
            self.words = words
            pairs = words.map(PairIndex.init)
            index = ShingleIndex()
            for w in words { index.add(w.tokens) }
        }
    }

    /// One central node scored against a local one.
    struct Scored {
        var item: Int
        var tiles: [Tile]
        var sharedWeight: Int
        var sharedScaled: Double
        var score: Double
        var localCoverage: Double
        var centralCoverage: Double
        /// Dice of the two heading lines (0 when not compared).
        var headingScore: Double = 0
        /// Characters of the longest shared passage.
        var longestPassage: Int = 0
        /// What candidates are ranked by: the text's score, or the headings' scaled by `headingWeight`.
        var rank: Double = 0
    }

    /// Scores `unit` against central `item` by greedy tiling; `blocked` local tokens are not used.
    func measure(_ unit: TaskWords, _ item: Int, in units: UnitSet, blocked: [Bool]? = nil) -> Scored {
        let tiler = GreedyTiler(minimumLength: thresholds.minimumPassage)
        let tiles = tiler.tiles(unit, units.words[item], centralPairs: units.pairs[item], blocked: blocked)
        var shared = 0
        var scaled = 0.0
        var longest = 0
        for tile in tiles {
            var run = 0
            for t in 0..<tile.length {
                shared += Int(unit.weights[tile.local + t])
                run += Int(unit.weights[tile.local + t])
                scaled += unit.scaled[tile.local + t]
            }
            longest = max(longest, run)
        }
        let l = max(1e-9, unit.scaledTotal)
        let c = max(1e-9, units.words[item].scaledTotal)
        let dice = min(1, 2 * scaled / (l + c))
        return Scored(item: item, tiles: tiles, sharedWeight: shared, sharedScaled: scaled, score: dice,
                      localCoverage: min(1, scaled / l), centralCoverage: min(1, scaled / c), longestPassage: longest, rank: dice)
    }

    /// The matches of `unit`, best first: the best candidate, then those a merged task takes in.
    /// For a task, `heading` is its heading line alone, compared with the central tasks' heading lines
    /// in `headings` (a task reworded under the same name is still the same task).
    func score(_ unit: TaskWords, heading: TaskWords?, relative: Double, in units: UnitSet, headings: UnitSet) -> [Scored] {
        var items = units.index.candidates(for: unit.tokens, limit: thresholds.candidates).map(\.item)
        if let heading {
            for candidate in headings.index.candidates(for: heading.tokens, limit: max(1, thresholds.candidates / 2))
            where !units.words[candidate.item].tokens.isEmpty && !items.contains(candidate.item) {
                items.append(candidate.item)
            }
        }
        let count = units.words.count
        func relativePosition(_ item: Int) -> Double { count > 1 ? Double(item) / Double(count - 1) : 0 }
        var all: [Scored] = []
        for item in items {
            var scored = measure(unit, item, in: units)
            if let heading, !heading.tokens.isEmpty, !headings.words[item].tokens.isEmpty {
                let h = measure(heading, item, in: headings)
                if h.sharedWeight >= thresholds.minimumHeadingWeight {
                    scored.headingScore = h.score
                    scored.rank = max(scored.rank, thresholds.headingWeight * h.score)
                }
            }
            if scored.sharedWeight > 0 || scored.headingScore > 0 { all.append(scored) }
        }
        guard !all.isEmpty else { return [] }
        all.sort { a, b in
            if abs(a.rank - b.rank) > thresholds.tie { return a.rank > b.rank }
            let da = abs(relativePosition(a.item) - relative)
            let db = abs(relativePosition(b.item) - relative)
            if da != db { return da < db }
            return a.item < b.item
        }
        var result = [all[0]]
        var blocked = [Bool](repeating: false, count: unit.tokens.count)
        for tile in all[0].tiles { for t in 0..<tile.length { blocked[tile.local + t] = true } }
        for other in all.dropFirst() where other.sharedWeight > 0 {
            let more = measure(unit, other.item, in: units, blocked: blocked)
            guard more.localCoverage >= thresholds.mergeLocal, more.centralCoverage >= thresholds.mergeCentral else { continue }
            result.append(more)
            for tile in more.tiles { for t in 0..<tile.length { blocked[tile.local + t] = true } }
        }
        return result
    }

    /// The code-point ranges of `tiles` (start token, length) in `words.text`, merged and ordered.
    static func ranges(_ tiles: [(Int, Int)], in words: TaskWords) -> [Range<Int>] {
        var ranges = tiles.map { tile -> Range<Int> in
            let lower = words.ranges[tile.0].lowerBound
            return lower..<max(lower, words.ranges[tile.0 + tile.1 - 1].upperBound)
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
