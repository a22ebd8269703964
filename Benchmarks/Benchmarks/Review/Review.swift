// Review of a 10,000-turn interview: what `show`, `export` and `replay --rescore` do between
// reading the file and writing their output (the process as a whole is timed by scripts/bench-process).
import Benchmark
import BenchmarkInputs
import BuiltInBank
import Foundation
import InterviewKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 100)
    let turns = 10_000

    Benchmark("read: decode and step \(turns) turns") { benchmark, text in
        for _ in benchmark.scaledIterations {
            blackHole(try RecordedInterview(records: TranscriptCodec.decode(text).records))
        }
    } setup: {
        TranscriptMaker.longInterview(turns: turns)
    }

    Benchmark("export markdown, \(turns) turns") { benchmark, interview in
        for _ in benchmark.scaledIterations { blackHole(MarkdownExport.render(interview)) }
    } setup: {
        try RecordedInterview(records: TranscriptCodec.decode(TranscriptMaker.longInterview(turns: turns)).records)
    }

    Benchmark("export html, \(turns) turns") { benchmark, interview in
        for _ in benchmark.scaledIterations { blackHole(HTMLExport.render(interview)) }
    } setup: {
        try RecordedInterview(records: TranscriptCodec.decode(TranscriptMaker.longInterview(turns: turns)).records)
    }

    Benchmark("export json, \(turns) turns") { benchmark, records in
        for _ in benchmark.scaledIterations { blackHole(JSONExport.render(records: records)) }
    } setup: {
        try TranscriptCodec.decode(TranscriptMaker.longInterview(turns: turns)).records
    }

    // One worker is the engine's own cost; `replay --rescore` uses every core the machine has.
    for workers in Set([1, ProcessInfo.processInfo.activeProcessorCount]).sorted() {
        Benchmark("rescore, \(turns) turns, \(workers) worker\(workers == 1 ? "" : "s")", configuration: .init(maxDuration: .seconds(10), maxIterations: 10)) { benchmark, input in
            for _ in benchmark.scaledIterations { blackHole(Rescorer.rescore(input.interview, bank: input.bank, workers: workers)) }
        } setup: {
            (interview: try RecordedInterview(records: TranscriptCodec.decode(TranscriptMaker.longInterview(turns: turns)).records),
             bank: QuestionBank(documents: [BuiltInBank.document]))
        }
    }
}
