extension OutlineAssembly {
    /// Turns the records into nested `OutlineItem`s, bottom-up (no recursion), with headings and text.
    func items() -> [OutlineItem] {
        var children: [[OutlineItem]] = Array(repeating: [], count: records.count)
        var roots: [OutlineItem] = []
        for r in records.indices.reversed() {
            let record = records[r]
            var own: [OutlineItem] = []
            swap(&own, &children[r])
            own.reverse()
            var (heading, text): (String, String)
            if let cell = record.heading {
                // A table row: the task cell is the heading, the other cells after it the text.
                heading = TextJoiner.join(clean, cell)
                text = TextJoiner.join(clean, min(cell.upperBound, record.end)..<record.end)
            } else {
                (heading, text) = NodeText.split(clean, style: record.style, content: record.contentStart..<record.end)
            }
            var item = OutlineItem(marker: clean.string(record.marker), style: record.style, ordinal: record.ordinal,
                                   level: record.level, heading: heading, text: text,
                                   ownRange: record.marker.lowerBound..<record.end,
                                   contentRange: record.contentStart..<record.end, children: own)
            item.departmentCells = record.departmentCells
            item.liftedAnnotations = record.liftedAnnotations
            if record.parent >= 0 { children[record.parent].append(item) } else { roots.append(item) }
        }
        roots.reverse()
        return roots
    }
}
