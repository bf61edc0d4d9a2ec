import PolicyParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a batch's files: files given directly, and matching files under directories given,
/// recursively, skipping hidden names, visiting each directory once (so symbolic-link loops end),
/// in the sorted (UTF-8 byte) order of their paths.
public struct InputDiscovery: Sendable {
    /// The patterns a file found in a directory must match (a file given directly is always taken).
    public var includes: [GlobPattern]

    /// Creates a discovery with `includes` (the defaults if empty).
    public init(includes: [GlobPattern] = GlobPattern.defaults) {
        self.includes = includes.isEmpty ? GlobPattern.defaults : includes
    }

    /// Every input under `roots`, sorted by path, each path once. A root that does not exist is
    /// returned as an input with a `problem`, so it is counted as failed rather than lost.
    public func inputs(from roots: [String]) -> [BatchInput] {
        var found: [BatchInput] = []
        var seenPaths = Set<String>()
        var visitedDirectories = Set<DirectoryID>()
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else {
                let detail = lstat(root, &info) == 0 ? "broken symbolic link" : "no such file or directory"
                let input = BatchInput(path: root, relativePath: Self.lastComponent(root),
                                       problem: PolicyParseError(.unreadable, path: root, detail: detail))
                if seenPaths.insert(root).inserted { found.append(input) }
                continue
            }
            if Self.isDirectory(info) {
                walk(root: root, visited: &visitedDirectories, seen: &seenPaths, into: &found)
            } else if seenPaths.insert(root).inserted {
                found.append(BatchInput(path: root, relativePath: Self.lastComponent(root), size: Int(info.st_size)))
            }
        }
        found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return found
    }

    /// A directory's identity, to visit it once however many links lead to it.
    private struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private func walk(root: String, visited: inout Set<DirectoryID>, seen: inout Set<String>, into found: inout [BatchInput]) {
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        var pending: [String] = [""]  // relative directory paths still to read
        while let relativeDirectory = pending.popLast() {
            let directory = relativeDirectory.isEmpty ? base : Self.join(base, relativeDirectory)
            var info = stat()
            guard stat(directory, &info) == 0 else { continue }
            let id = DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visited.insert(id).inserted else { continue }
            for name in Self.entries(of: directory) where !name.hasPrefix(".") {
                let relative = relativeDirectory.isEmpty ? name : relativeDirectory + "/" + name
                let path = Self.join(base, relative)
                var entry = stat()
                guard stat(path, &entry) == 0 else {
                    // A broken link that looks like an input is reported, not dropped.
                    if includes.contains(where: { $0.matches(relativePath: relative) }), seen.insert(path).inserted {
                        found.append(BatchInput(path: path, relativePath: relative,
                                                problem: PolicyParseError(.unreadable, path: path, detail: "broken symbolic link")))
                    }
                    continue
                }
                if Self.isDirectory(entry) {
                    pending.append(relative)
                } else if Self.isRegular(entry), includes.contains(where: { $0.matches(relativePath: relative) }),
                          seen.insert(path).inserted {
                    found.append(BatchInput(path: path, relativePath: relative, size: Int(entry.st_size)))
                }
            }
        }
    }

    /// The names in `directory`, without `.` and `..`; empty if it cannot be read.
    private static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    private static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }

    private static func join(_ base: String, _ relative: String) -> String {
        base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
