import PolicyParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A shell wildcard pattern (`*.txt`, `plan-??.md`, `*/2021/*.html`) matched with `fnmatch`.
///
/// A pattern without `/` is matched against the file name, one with `/` against the path
/// relative to the input directory. Matching ignores ASCII case (`*.txt` matches `A.TXT`).
public struct GlobPattern: Sendable, Hashable {
    /// The pattern as written.
    public var pattern: String

    /// The patterns used when `--include` is not given.
    public static let defaults: [GlobPattern] = ["*.txt", "*.md", "*.html", "*.htm"].map(GlobPattern.init)

    /// Creates a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// Whether the file at `relativePath` (whose last component is its name) matches.
    public func matches(relativePath: String) -> Bool {
        let subject: String
        if pattern.contains("/") {
            subject = relativePath
        } else {
            subject = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        }
        return fnmatch(pattern.lowercased(), subject.lowercased(), 0) == 0
    }
}
