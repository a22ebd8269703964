// The engine: one AnswerJudge.judge call (read the answer, choose the follow-up, rate it) on
// answers of 300 and 50,000 words, so the two medians give the cost of a long paste per word.
import Benchmark
import BenchmarkInputs
import InterviewKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3), maxIterations: 1_000)
    let question = Question(id: "q", text: "Tell me about a time you delivered results under pressure.", principles: [.deliverResults])
    let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)

    for words in [300, 50_000] {
        Benchmark("AnswerJudge.judge, \(words) words") { benchmark, chain in
            var generator = SeededGenerator(seed: 1)
            for _ in benchmark.scaledIterations {
                blackHole(AnswerJudge.judge(chain, in: context, using: &generator))
            }
        } setup: {
            ProbeChain(answers: [AnswerCorpus.answer(words: words, seed: UInt64(words))], probes: [])
        }
    }
}
