import Foundation

/// Reads a file's bytes, turning every failure into a `PolicyParseError` that names the file.
public enum InputFile {
    /// The bytes of the file at `path`, or standard input for `-`.
    public static func read(_ path: String, limit: Int = ParseOptions.defaultMaxInputBytes) throws(PolicyParseError) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= limit else {
                throw PolicyParseError(.tooLarge, path: path, detail: "input is \(data.count) bytes, more than the limit of \(limit)")
            }
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PolicyParseError(.unreadable, path: path, detail: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw PolicyParseError(.unreadable, path: path, detail: "is a directory")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limit else {
            throw PolicyParseError(.tooLarge, path: path, detail: "file is \(size) bytes, more than the limit of \(limit)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PolicyParseError(.unreadable, path: path, detail: "cannot open for reading (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw PolicyParseError(.unreadable, path: path, detail: "read failed: \(error.localizedDescription)")
        }
    }
}
