/// 节点遍历 (tree walking): a document's nodes in reading order, each with its path.
///
/// Iterative (an explicit stack), so walking a deeply nested tree cannot overflow the call stack.
public struct NodeWalk: Sequence, Sendable {
    /// One visited node: the node, the child indices leading to it, and its path string.
    public struct Step: Sendable {
        /// The node.
        public var node: Node
        /// Child indices from the document down to the node (`[2, 0]` is the first child of the third node).
        public var indices: [Int]
        /// The path string, e.g. `三.（一）.2` (see `Node.pathComponent`).
        public var path: String
    }

    let roots: [Node]

    /// A walk over `roots` and everything below them.
    public init(_ roots: [Node]) { self.roots = roots }

    /// The iterator: pre-order, depth first.
    struct Cursor: IteratorProtocol {
        struct Frame {
            var parent: Node?
            var children: [Node]
            var next: Int
            var indices: [Int]
            var path: String
        }

        var stack: [Frame]
        /// How often each path was given so far: a path seen before gets `#2`, `#3` … so that every
        /// node's path is unique in its document.
        var seen: [String: Int] = [:]

        /// The next node in reading order.
        mutating func next() -> Step? {
            while let last = stack.last {
                if last.next >= last.children.count {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let node = last.children[last.next]
                var indices = last.indices
                indices.append(last.next)
                var path = NodeWalk.join(last.path, node, parent: last.parent)
                if let count = seen[path] {
                    var extra = count + 1
                    seen[path] = extra
                    var unique = path + "#\(extra)"
                    while seen[unique] != nil {
                        extra += 1
                        unique = path + "#\(extra)"
                    }
                    seen[unique] = 1
                    path = unique
                } else {
                    seen[path] = 1
                }
                stack.append(Frame(parent: node, children: node.children, next: 0, indices: indices, path: path))
                return Step(node: node, indices: indices, path: path)
            }
            return nil
        }
    }

    /// Starts a walk.
    public func makeIterator() -> some IteratorProtocol<Step> { Cursor(stack: [.init(parent: nil, children: roots, next: 0, indices: [], path: "")]) }

    /// `parent` path + `.` + the node's component; a decimal under a decimal replaces its parent's number.
    static func join(_ parentPath: String, _ node: Node, parent: Node?) -> String {
        if node.style == .decimal, let parent, parent.style == .decimal {
            let cut = parentPath.count - parent.pathComponent.count
            return String(parentPath.prefix(Swift.max(0, cut))) + node.pathComponent
        }
        return parentPath.isEmpty ? node.pathComponent : parentPath + "." + node.pathComponent
    }
}

extension Node {
    /// This node's step in a path: the marker without trailing `、 . ． ，` and blanks (`三`, `（一）`, `2`,
    /// `1.2`, `第三条`, `一是`, `第一`); `¶N` for paragraph tasks, `—N` for dash bullets, `附件N` for
    /// annexes, `§N` for a second document, `行N` for a table row without a 序号.
    /// A path that repeats in a document (a repeated `第五条`) gets `#2`, `#3` … in a walk.
    public var pathComponent: String {
        switch style {
        case .paragraph: return "¶\(ordinal)"
        case .dash: return "—\(ordinal)"
        case .annex: return "附件\(ordinal)"
        case .document: return "§\(ordinal)"
        case .tableRow where marker.isEmpty: return "行\(ordinal)"
        default:
            var scalars = Array(marker.unicodeScalars)
            while let last = scalars.last, [" ", "\u{3000}", "、", ".", "．", "﹒", "，", ",", "\t"].contains(last) { scalars.removeLast() }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    /// True for a node with no children: a task to be carried out (末级任务).
    public var isLeaf: Bool { children.isEmpty }
}

extension Document {
    /// Every node in reading order (pre-order) with its indices and path string.
    public var allNodes: NodeWalk { NodeWalk(children) }

    /// The leaf nodes (末级任务, tasks without sub-items) in reading order.
    public var leafTasks: [Node] { allNodes.compactMap { $0.node.isLeaf ? $0.node : nil } }

    /// The node at child `indices` from the document, or nil when there is none.
    public func node(at indices: [Int]) -> Node? {
        var level = children
        var found: Node? = nil
        for index in indices {
            guard level.indices.contains(index) else { return nil }
            found = level[index]
            level = level[index].children
        }
        return found
    }

    /// The path string of the node at `indices` (e.g. `三.（一）.2`), or nil when there is none.
    public func path(at indices: [Int]) -> String? {
        var level = children
        var path = ""
        var parent: Node? = nil
        for index in indices {
            guard level.indices.contains(index) else { return nil }
            let node = level[index]
            path = NodeWalk.join(path, node, parent: parent)
            parent = node
            level = node.children
        }
        return indices.isEmpty ? nil : path
    }
}
