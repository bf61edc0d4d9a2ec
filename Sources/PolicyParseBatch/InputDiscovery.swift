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
/// in the sorted (UTF-8 byte) order of their paths. Nothing is dropped silently: a directory that
/// cannot be read, a FIFO, socket or device with a matching name, and a broken link become inputs
/// with a `problem` (kind `unreadable`), counted as failed. The same file reached twice (named twice,
/// `in/ok.txt` and `./in/ok.txt`, or by a hard link) is taken once: files are told apart by device
/// and inode, not by path.
///
/// Names that are not valid UTF-8 are kept as raw bytes (`BatchInput.fileSystemPath`) for opening
/// and shown with each bad byte escaped as `\xHH` (`BatchInput.path`, `source`, `--out` names).
public struct InputDiscovery: Sendable {
    /// The patterns a file found in a directory must match (a file given directly is always taken).
    public var includes: [GlobPattern]

    /// Creates a discovery with `includes` (the defaults if empty).
    public init(includes: [GlobPattern] = GlobPattern.defaults) {
        self.includes = includes.isEmpty ? GlobPattern.defaults : includes
    }

    /// Every input under `roots`, sorted by path, each file once. A root that does not exist is
    /// returned as an input with a `problem`, so it is counted as failed rather than lost.
    public func inputs(from roots: [String]) -> [BatchInput] {
        var walk = Walk(includes: includes)
        for root in roots {
            let raw = Array(root.utf8)
            var info = stat()
            guard Self.status(raw, &info) == 0 else {
                let code = errno
                let detail = Self.exists(raw) && code == ENOENT ? "broken symbolic link" : Self.reason(code, missing: "no such file or directory")
                walk.problem(path: root, relativePath: Self.lastComponent(root), detail)
                continue
            }
            if Self.isDirectory(info) {
                walk.directory(root: root)
            } else {
                walk.file(path: root, raw: nil, relativePath: Self.lastComponent(root), info: info)
            }
        }
        walk.found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return walk.found
    }

    /// A file's or directory's identity, however many names lead to it.
    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// The state of one discovery.
    private struct Walk {
        let includes: [GlobPattern]
        var found: [BatchInput] = []
        var seenFiles = Set<FileID>()
        var seenProblems = Set<String>()
        var visitedDirectories = Set<FileID>()

        init(includes: [GlobPattern]) { self.includes = includes }

        func matches(_ relative: String) -> Bool { includes.contains { $0.matches(relativePath: relative) } }

        mutating func problem(path: String, relativePath: String, _ detail: String) {
            guard seenProblems.insert(path).inserted else { return }
            found.append(BatchInput(path: path, relativePath: relativePath,
                                    problem: PolicyParseError(.unreadable, path: path, detail: detail)))
        }

        /// A file named directly or found in a directory: regular files once each; anything else a problem.
        mutating func file(path: String, raw: [UInt8]?, relativePath: String, info: stat) {
            if InputDiscovery.isRegular(info) {
                guard seenFiles.insert(FileID(info)).inserted else { return }
                found.append(BatchInput(path: path, relativePath: relativePath, size: Int(info.st_size), fileSystemPath: raw))
            } else {
                problem(path: path, relativePath: relativePath,
                        "is \(InputDiscovery.kind(info)); batch reads regular files only (a FIFO would wait for a writer)")
            }
        }

        mutating func directory(root: String) {
            let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
            let baseRaw = Array(base.utf8)
            var pending: [[UInt8]] = [[]]  // raw relative directory paths still to read
            while let relativeDirectory = pending.popLast() {
                let directoryRaw = relativeDirectory.isEmpty ? baseRaw : InputDiscovery.join(baseRaw, relativeDirectory)
                var info = stat()
                guard InputDiscovery.status(directoryRaw, &info) == 0 else { continue }
                guard visitedDirectories.insert(FileID(info)).inserted else { continue }
                guard let names = InputDiscovery.entries(of: directoryRaw) else {
                    // A folder that cannot be read would silently drop its files: report it.
                    let code = errno
                    let relative = InputDiscovery.display(relativeDirectory)
                    problem(path: InputDiscovery.display(directoryRaw), relativePath: relative.isEmpty ? "." : relative,
                            "cannot read directory: \(InputDiscovery.reason(code, missing: "no such directory"))")
                    continue
                }
                for name in names where name.first != UInt8(ascii: ".") {
                    let relativeRaw = relativeDirectory.isEmpty ? name : InputDiscovery.join(relativeDirectory, name)
                    let fullRaw = InputDiscovery.join(baseRaw, relativeRaw)
                    let relative = InputDiscovery.display(relativeRaw)
                    let path = InputDiscovery.display(fullRaw)
                    var entry = stat()
                    guard InputDiscovery.status(fullRaw, &entry) == 0 else {
                        let code = errno
                        // A broken link that looks like an input is reported, not dropped.
                        if matches(relative) {
                            problem(path: path, relativePath: relative,
                                    code == ENOENT ? "broken symbolic link" : InputDiscovery.reason(code, missing: "no such file"))
                        }
                        continue
                    }
                    if InputDiscovery.isDirectory(entry) {
                        pending.append(relativeRaw)
                    } else if matches(relative) {
                        file(path: path, raw: String(validating: fullRaw, as: UTF8.self) == nil ? fullRaw : nil,
                             relativePath: relative, info: entry)
                    }
                }
            }
        }
    }

    /// The names in `directory`, without `.` and `..`, as raw bytes; nil (with `errno` set) if it cannot be read.
    private static func entries(of directory: [UInt8]) -> [[UInt8]]? {
        guard let handle = withCPath(directory, { opendir($0) }) else { return nil }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// `bytes` as text: valid UTF-8 as it is, each byte of an invalid sequence as `\xHH`.
    public static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest valid UTF-8 sequence at i (1–4 bytes), else one escaped byte.
            var taken = false
            for length in 1...4 where i + length <= bytes.count {
                if let piece = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                    out += piece
                    i += length
                    taken = true
                    break
                }
            }
            if !taken {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
        }
        return out
    }

    private static func withCPath<T>(_ raw: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    private static func status(_ raw: [UInt8], _ info: inout stat) -> Int32 {
        withCPath(raw) { systemStat($0, &info) }
    }

    private static func exists(_ raw: [UInt8]) -> Bool {
        var info = systemStatBuffer()
        return withCPath(raw) { systemLstat($0, &info) } == 0
    }

    private static func reason(_ code: Int32, missing: String) -> String {
        code == ENOENT ? missing : String(cString: strerror(code))
    }

    private static func kind(_ info: stat) -> String {
        switch info.st_mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a regular file"
        }
    }

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    private static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }

    private static func join(_ base: [UInt8], _ relative: [UInt8]) -> [UInt8] {
        base.last == UInt8(ascii: "/") ? base + relative : base + [UInt8(ascii: "/")] + relative
    }

    /// The name of a file given directly: its path's last component (its document id in the CSV tables).
    package static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

private func systemStat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { stat(path, &info) }
private func systemLstat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { lstat(path, &info) }
private func systemStatBuffer() -> stat { stat() }

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
