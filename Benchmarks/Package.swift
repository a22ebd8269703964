// swift-tools-version:6.1
// barraiser's benchmarks, a package of their own so that building or testing barraiser never
// fetches package-benchmark. Run from this folder: `swift package benchmark` (see the README).
import PackageDescription

let package = Package(
    name: "barraiser-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "barraiser", path: ".."),
        // The interposer gives the malloc counts on Linux without jemalloc; the mirror has no jemalloc.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The inputs every benchmark reads, made by code: answers of any length, long transcripts, histories.
        .target(
            name: "BenchmarkInputs",
            dependencies: [.product(name: "InterviewKit", package: "barraiser")]
        ),
        // Writes the same inputs to files, for scripts/bench-process to time the whole program on.
        .executableTarget(
            name: "bench-inputs",
            dependencies: ["BenchmarkInputs"]
        ),
        suite("Engine"),
        suite("Review", using: ["BuiltInBank"]),
        suite("Progress", using: ["BuiltInBank"]),
    ],
    swiftLanguageModes: [.v6]
)

/// One package-benchmark suite: Benchmarks/NAME, run through the benchmark plugin, over the
/// inputs and the barraiser libraries it names.
func suite(_ name: String, using libraries: [String] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["BenchmarkInputs", .product(name: "InterviewKit", package: "barraiser")]
            + libraries.map { .product(name: $0, package: "barraiser") }
            + [.product(name: "Benchmark", package: "benchmark")],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
