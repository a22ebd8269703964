// `barraiser progress` over histories of 1,000 and 10,000 whole interviews: every file read back
// as an interview, then the report built (the files are in memory; scripts/bench-process times
// the program reading them from disk).
import Benchmark
import BenchmarkInputs
import BuiltInBank
import InterviewKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 100)
    let kinds = Dictionary(BuiltInBank.questions.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })

    for count in [1_000, 10_000] {
        Benchmark("progress, \(count) transcripts") { benchmark, files in
            for _ in benchmark.scaledIterations {
                let interviews = files.compactMap { try? RecordedInterview(records: TranscriptCodec.decode($0.text).records) }
                blackHole(ProgressReport(interviews: interviews, questionKinds: kinds))
            }
        } setup: {
            TranscriptMaker.history(count: count, samples: TranscriptMaker.checkoutSamples())
        }
    }
}
