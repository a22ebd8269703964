// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "barraiser",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "barraiser", targets: ["barraiser"]),
        // For the benchmarks in Benchmarks/, a package of their own that depends on this one by path.
        .library(name: "InterviewKit", targets: ["InterviewKit"]),
        .library(name: "BuiltInBank", targets: ["BuiltInBank"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The pure core: model, banks, analysis, follow-ups, the interview reducer, scoring, transcript records.
        .target(
            name: "InterviewKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The question bank that ships with the tool, compiled in: Swift generated from the YAML in
        // Resources/ by scripts/generate-bank (a test fails while the two disagree), so that start-up
        // parses nothing and the program is one file.
        .target(
            name: "BuiltInBank",
            dependencies: ["InterviewKit"],
            exclude: ["Resources"]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The line editor over libedit, and the plain reader used when input is not a terminal.
        .target(
            name: "LineEditing",
            dependencies: ["CEditLine"]
        ),
        .executableTarget(
            name: "barraiser",
            dependencies: [
                "InterviewKit",
                "BuiltInBank",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "InterviewKitTests", dependencies: ["InterviewKit", "BuiltInBank", .product(name: "Yams", package: "Yams")], exclude: ["Fixtures"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "BarraiserEndToEndTests", dependencies: ["barraiser"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
