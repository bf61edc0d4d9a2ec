import Foundation

/// Names nodes by the markers on the way down from the document, e.g. `三.（一）.2`.
///
/// Each marker loses its trailing punctuation (`三、` → `三`, `1.` → `1`); a `paragraph` node, which has
/// no marker, is `¶` and its ordinal. (Stands in until the tree-walking API's node paths land on main.)
enum TaskPath {
    /// The label of one node.
    static func label(_ node: Node) -> String {
        var marker = node.marker.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = marker.unicodeScalars.last, trailing.contains(last) { marker.unicodeScalars.removeLast() }
        if marker.isEmpty { return "¶\(node.ordinal)" }
        return marker
    }

    /// The path of a child of `parent` (empty for the document).
    static func child(_ node: Node, of parent: String) -> String {
        parent.isEmpty ? label(node) : parent + "." + label(node)
    }

    private static let trailing: Set<Unicode.Scalar> = ["、", ".", "．", "，", ",", "：", ":", "　", " ", "\t"]
}
