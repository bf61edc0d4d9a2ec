// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policyparse",
    products: [
        .library(name: "PolicyParse", targets: ["PolicyParse"]),
        .executable(name: "policyparse", targets: ["PolicyParseCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU behind a header of opaque pointers and plain integers (see Docs/Pipeline.md).
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "PolicyParse", dependencies: ["CICUShim"]),
        .executableTarget(
            name: "PolicyParseCLI",
            dependencies: [
                "PolicyParse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PolicyParseTests", dependencies: ["PolicyParse"]),
        // Runs the built `policyparse` binary; depending on the CLI target makes `swift test` build it.
        .testTarget(name: "PolicyParseCLITests", dependencies: ["PolicyParseCLI", "PolicyParse"]),
    ],
    swiftLanguageModes: [.v6]
)
