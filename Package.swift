// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policyparse",
    products: [
        .library(name: "PolicyParse", targets: ["PolicyParse"]),
        .library(name: "PolicyParseBatch", targets: ["PolicyParseBatch"]),
        .library(name: "PolicyParseReport", targets: ["PolicyParseReport"]),
        .library(name: "PolicyParseStore", targets: ["PolicyParseStore"]),
        .library(name: "PolicyParseReuse", targets: ["PolicyParseReuse"]),
        .executable(name: "policyparse", targets: ["PolicyParseCLI"]),
        .executable(name: "policyparse-bench", targets: ["PolicyParseBench"]),
        .executable(name: "policyparse-reuse-bench", targets: ["PolicyParseReuseBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target PolicyParse` (the DocC catalog); a plugin only, linked into nothing.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The system ICU behind a header of opaque pointers and plain integers (see Docs/Pipeline.md).
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "PolicyParse", dependencies: ["CICUShim"]),
        // The batch runtime (discovery, sharding, staged outputs, parallel map, CSV/JSONL records), used by the CLI.
        .target(name: "PolicyParseBatch", dependencies: ["PolicyParse"]),
        // Self-contained HTML reports: one document with its findings highlighted, a corpus dashboard (Docs/Report.md).
        .target(name: "PolicyParseReport", dependencies: ["PolicyParse"]),
        // The corpus database (SQLite through GRDB, FTS5 over ICU words): `policyparse index` and `query`.
        .target(
            name: "PolicyParseStore",
            dependencies: ["PolicyParse", "PolicyParseBatch", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Policy reuse: aligns a local plan's tasks to the central plan it implements (Docs/Reuse.md).
        // Its HTML page escapes text with PolicyParseReport's `HTMLStream` rules (one escaping rule in Sources).
        .target(name: "PolicyParseReuse", dependencies: ["PolicyParse", "PolicyParseReport"]),
        .executableTarget(
            name: "PolicyParseCLI",
            dependencies: [
                "PolicyParse",
                "PolicyParseBatch",
                "PolicyParseReport",
                "PolicyParseStore",
                "PolicyParseReuse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The invariants every parse keeps, shared by the fuzz target and the tests (not a product).
        .target(name: "PolicyParseInvariants", dependencies: ["PolicyParse"]),
        // libFuzzer target when built by Scripts/fuzz.sh (-DPOLICYPARSE_FUZZ, -sanitize=fuzzer);
        // in a normal build a small program that replays inputs through the same checks.
        .executableTarget(name: "PolicyParseFuzz", dependencies: ["PolicyParse", "PolicyParseInvariants"]),
        // Prints parse times for inputs of size n, 2n, 4n (release build; see Docs/Limits.md).
        .executableTarget(name: "PolicyParseLinearity", dependencies: ["PolicyParse", "PolicyParseInvariants"]),
        // Throughput per stage against the budget (Docs/Performance.md); not run by `swift test`.
        .executableTarget(name: "PolicyParseBench", dependencies: ["PolicyParse", "PolicyParseBatch", "CICUShim"]),
        // Times `compare` on two generated 20,000-character plans and corpus mode (Docs/Performance.md).
        .executableTarget(name: "PolicyParseReuseBench", dependencies: ["PolicyParse", "PolicyParseReuse"]),
        .testTarget(name: "PolicyParseTests", dependencies: ["PolicyParse", "PolicyParseBatch", "PolicyParseInvariants"]),
        .testTarget(name: "PolicyParseReportTests", dependencies: ["PolicyParseReport", "PolicyParse"]),
        // Runs the built `policyparse` binary; depending on the CLI target makes `swift test` build it.
        .testTarget(name: "PolicyParseReuseTests", dependencies: ["PolicyParseReuse", "PolicyParse"]),
        .testTarget(name: "PolicyParseCLITests", dependencies: ["PolicyParseCLI", "PolicyParse", "PolicyParseBatch"]),
        .testTarget(name: "PolicyParseStoreTests", dependencies: ["PolicyParseStore", "PolicyParse", "PolicyParseBatch", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
