import Foundation
import PolicyParse
import PolicyParseInvariants

/// libFuzzer entry: runs one input through the whole pipeline and traps (so libFuzzer saves the
/// input) when an invariant of `InvariantCheck` breaks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (_, violations) = InvariantCheck.run(bytes)
    if !violations.isEmpty {
        fatalError("invariant broken:\n" + violations.joined(separator: "\n"))
    }
    return 0
}

#if !POLICYPARSE_FUZZ
/// Without the fuzzer runtime (a normal `swift build`), the same target replays files:
/// `PolicyParseFuzz FILE…` runs each through the invariant checks and prints what broke.
@main
struct PolicyParseFuzzReplay {
    /// Replays the files named on the command line; exits 1 if any invariant broke.
    static func main() {
        var failed = false
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                failed = true
                continue
            }
            let (outcome, violations) = InvariantCheck.run([UInt8](data))
            switch outcome {
            case .document(let d): print("\(path): document, \(d.children.count) top-level nodes")
            case .error(let e): print("\(path): error \(e.kind.rawValue): \(e.detail)")
            }
            for v in violations { print("  violation: \(v)") }
            if !violations.isEmpty { failed = true }
        }
        exit(failed ? 1 : 0)
    }
}
#endif
