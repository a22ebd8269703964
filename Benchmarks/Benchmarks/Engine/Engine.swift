// The engine: one AnswerJudge.judge call (read the answer, choose the follow-up, rate it) on
// answers of 300 and 50,000 words, so the two medians give the cost of a long paste per word.
// Time and allocations are measured in benchmarks of their own: counting mallocs hooks every
// allocation, which would add its own cost to the times (about a seventh at 300 words).
import Benchmark
import BenchmarkInputs
import InterviewKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 1_000)
    let question = Question(id: "q", text: "Tell me about a time you delivered results under pressure.", principles: [.deliverResults])
    let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)

    for words in [300, 50_000] {
        for (name, metrics) in [("", [BenchmarkMetric.wallClock]), (", allocations", [.mallocCountTotal, .peakMemoryResident])] {
            Benchmark("AnswerJudge.judge, \(words) words\(name)", configuration: .init(metrics: metrics)) { benchmark, chain in
                var generator = SeededGenerator(seed: 1)
                for _ in benchmark.scaledIterations {
                    blackHole(AnswerJudge.judge(chain, in: context, using: &generator))
                }
            } setup: {
                ProbeChain(answers: [AnswerCorpus.answer(words: words, seed: UInt64(words))], probes: [])
            }
        }
    }
}
