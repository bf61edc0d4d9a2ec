import Foundation
import PolicyParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a temporary name in its own directory and renamed into place by
/// `commit()`, so an interrupted run leaves either the old file or the complete new one, never half.
/// A target that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written
/// directly: renaming over it would replace the device with a file.
///
/// The staged name is `.NAME.PID@HOST.tmp` beside the target. Every staged file of the process is
/// registered until it is committed or discarded, so a signal handler can remove them all
/// (`removeAllStaged()`), and a later run removes those of processes that are gone (`removeStale`).
/// All bytes go through one `FileDescriptorWriter`; `commit()` syncs the file before the rename and
/// the directory after it when `syncs` is set (Docs/Batch.md, "Durability").
public final class StagedFile {
    /// Where the file ends up.
    public let path: String
    /// The temporary file, or nil when writing straight to a special file.
    private let temporaryPath: String?
    /// The writer behind the file, for sinks that stream into it (`FormatSink`, `CSVSink`); its
    /// errors are `OutputError`s naming `path`. `commit()` and `discard()` end it.
    package let writer: FileDescriptorWriter
    private let syncs: Bool
    private var finished = false

    /// Opens a temporary file beside `path`, creating the directory if needed. With `syncs`,
    /// `commit()` calls `fsync` on the file before renaming it and on the directory after.
    public init(path: String, syncs: Bool = StagedFile.syncsByDefault) throws(BatchFailure) {
        self.path = path
        self.syncs = syncs
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            temporaryPath = nil
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw BatchFailure(path: path, output: OutputError(output: path, operation: .open, code: errno))
            }
            writer = FileDescriptorWriter(descriptor: descriptor, name: path, closesDescriptor: true)
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(Self.owner).tmp").path
        self.temporaryPath = temporaryPath
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { Int32($0.code) } ?? EACCES
            throw BatchFailure(path: path, output: OutputError(output: directory, operation: .open, code: code))
        }
        let descriptor = Self.registry.create(temporaryPath)
        guard descriptor >= 0 else {
            throw BatchFailure(path: path, output: OutputError(output: path, operation: .open, code: -descriptor))
        }
        writer = FileDescriptorWriter(descriptor: descriptor, name: path, closesDescriptor: true)
    }

    deinit {
        discard()
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(BatchFailure) {
        do {
            try writer.write(bytes)
        } catch {
            throw BatchFailure(path: path, output: error)
        }
    }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(BatchFailure) {
        try write(Array(text.utf8))
    }

    /// Writes what is buffered, syncs (if asked), closes and renames the file into place, then
    /// syncs the directory (if asked). On failure the temporary file is removed.
    public func commit() throws(BatchFailure) {
        guard !finished else { return }
        do {
            if syncs && temporaryPath != nil { try writer.sync() }
            try writer.close()
        } catch {
            discard()
            throw BatchFailure(path: path, output: error)
        }
        finished = true
        guard let temporaryPath else { return }
        let code = Self.registry.publish(temporaryPath, as: path)
        guard code == 0 else {
            throw BatchFailure(path: path, output: OutputError(output: path, operation: .rename, code: code))
        }
        if syncs { Self.syncDirectory(of: path) }
    }

    /// Closes and removes the temporary file without touching `path`.
    public func discard() {
        guard !finished else { return }
        finished = true
        writer.abandon()
        if let temporaryPath { Self.registry.remove(temporaryPath) }
    }

    /// Writes `bytes` to `path` through a temporary file.
    public static func write(_ bytes: [UInt8], to path: String, syncs: Bool = StagedFile.syncsByDefault) throws(BatchFailure) {
        let file = try StagedFile(path: path, syncs: syncs)
        try file.write(bytes)
        try file.commit()
    }

    // MARK: Durability

    /// Whether staged files are synced before the rename that publishes them. Off: the measured
    /// cost and the reasoning are in Docs/Batch.md ("Durability").
    public static let syncsByDefault = false

    private static func syncDirectory(of path: String) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    // MARK: Cleaning up after signals and dead processes

    /// Removes every staged file of this process not yet committed, and refuses to create more.
    /// Called when SIGINT, SIGTERM or SIGHUP ends a run; returns how many were removed.
    @discardableResult
    public static func removeAllStaged() -> Int {
        registry.removeAll()
    }

    /// Removes staged files (`.NAME.PID@HOST.tmp`, and the older `.NAME.PID.tmp`) in `directory`
    /// (and below it, with `recursive`) whose process is gone: written on this host by a PID that
    /// no longer runs. Staged files of other hosts (shards on a shared file system) are kept.
    /// Returns the paths removed.
    @discardableResult
    public static func removeStale(in directory: String, recursive: Bool) -> [String] {
        var removed: [String] = []
        var pending = [directory]
        var visited = 0
        while let current = pending.popLast(), visited < 1_000_000 {
            visited += 1
            guard let handle = opendir(current) else { continue }
            var subdirectories: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let full = current.hasSuffix("/") ? current + name : current + "/" + name
                var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    var info = stat()
                    isDirectory = lstat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isDirectory {
                    if recursive { subdirectories.append(full) }
                    continue
                }
                guard let pid = stalePID(name), !processIsAlive(pid) else { continue }
                if unlink(full) == 0 { removed.append(full) }
            }
            closedir(handle)
            pending += subdirectories
        }
        return removed
    }

    /// The PID in a staged name of this host (`.a.json.123@host.tmp` or `.a.json.123.tmp`), if it is one.
    static func stalePID(_ name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        var stem = Substring(name.dropLast(4))
        if let at = stem.lastIndex(of: "@") {
            guard stem[stem.index(after: at)...] == hostName else { return nil }
            stem = stem[..<at]
        }
        guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return nil }
        let digits = stem[stem.index(after: dot)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let pid = Int32(digits) else { return nil }
        return pid
    }

    private static func processIsAlive(_ pid: Int32) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// This host's name, without dots' meaning (as `gethostname` gives it).
    static let hostName: String = {
        var bytes = [CChar](repeating: 0, count: 256)
        guard gethostname(&bytes, bytes.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty || name.contains("/") ? "localhost" : name
    }()

    /// `PID@HOST`, the part of a staged name that says whose it is.
    static let owner = "\(getpid())@\(hostName)"

    private static let registry = Registry()

    /// The staged files of this process, guarded by one lock so that a signal handler running on
    /// another thread sees each file either not yet created, staged, or published.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var paths = Set<String>()
        private var stopping = false

        /// Creates and registers `path`; returns the descriptor, or `-errno`.
        func create(_ path: String) -> Int32 {
            lock.lock()
            defer { lock.unlock() }
            if stopping { return -EINTR }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if descriptor < 0 { return -errno }
            paths.insert(path)
            return descriptor
        }

        /// Renames `path` to `target` and forgets it; returns 0 or the `errno`.
        func publish(_ path: String, as target: String) -> Int32 {
            lock.lock()
            defer { lock.unlock() }
            guard paths.remove(path) != nil else { return EINTR }
            if rename(path, target) == 0 { return 0 }
            let code = errno
            unlink(path)
            return code
        }

        /// Removes `path` and forgets it.
        func remove(_ path: String) {
            lock.lock()
            defer { lock.unlock() }
            if paths.remove(path) != nil { unlink(path) }
        }

        func removeAll() -> Int {
            lock.lock()
            defer { lock.unlock() }
            stopping = true
            let count = paths.count
            for path in paths { unlink(path) }
            paths.removeAll()
            return count
        }
    }
}
