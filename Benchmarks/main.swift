// barraiser-bench: how long the engine takes to read an answer and choose a follow-up, and a whole
// four-question chain, for answers from 300 to 50,000 words. It measures and prints; it asserts
// nothing about time. Run it through scripts/bench (release build).
import Foundation
import InterviewKit

/// Gaps counted over every probe chosen, warm-up runs included; printed so the work cannot be dropped.
var probeTargets: [Gap: Int] = [:]
var checksum = Checksum()

let question = Question(id: "q", text: "Tell me about a time you delivered results under pressure.", principles: [.deliverResults])
let chainQuestions = [
    question,
    Question(id: "q2", text: "Tell me about a time you went out of your way for a customer.", principles: [.customerObsession]),
    Question(id: "q3", text: "Tell me about a time you disagreed with your manager and what happened.", principles: [.haveBackbone]),
    Question(id: "q4", text: "Tell me about a time you dug into the data to find the real problem.", principles: [.diveDeep]),
]
let maxDepth = 3

func context(for question: Question, earlierAnswers: [String] = []) -> FollowUpContext {
    FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: maxDepth, earlierAnswers: earlierAnswers)
}

func describe(_ probe: Probe?) -> String {
    guard let probe else { return "none" }
    return probe.issue.map { "\(probe.target.id) (\($0.rawValue))" } ?? probe.target.id
}

func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

/// One table row: each cell right-aligned to its column's width.
func row(_ cells: [String], _ widths: [Int]) -> String { zip(cells, widths).map(pad).joined(separator: " ") }

// MARK: - (a) One answer: analysis plus probe choice

/// Sizes in words, with the timed runs for each: enough that the median is stable, few enough
/// that the whole benchmark stays under a minute on two cores.
let sizes: [(words: Int, runs: Int)] = [(300, 1_000), (3_000, 200), (10_000, 60), (25_000, 30), (50_000, 20)]

print("barraiser-bench · InterviewKit engine · release build · ContinuousClock · times in µs")
print("answers composed from \(AnswerCorpus.sentenceCount) candidate-style sentences (situations, I/we actions, numbers, hedges, results, trade-offs, customers, reflections)")
print("")
print("(a) one answer: analysis + probe choice (one AnswerJudge.judge call on a chain holding that answer: probe and rating)")
let widths = [7, 7, 8, 5, 11, 11, 11, 8, 8, 8]
print(row(["words", "tokens", "distinct", "runs", "median µs", "min µs", "p90 µs", "ns/word", "time ×", "words ×"], widths) + "  probe chosen")

var singleResults: [(words: Int, timings: Timings)] = []
for (words, runs) in sizes {
    let answer = AnswerCorpus.answer(words: words, seed: UInt64(words))
    let chain = ProbeChain(answers: [answer], probes: [])
    let singleContext = context(for: question)
    var seed: UInt64 = 0
    var lastDecision: FollowUpDecision?
    let timings = measure(runs: runs, warmUp: max(3, runs / 10), checksum: &checksum) {
        seed &+= 1
        var generator = SeededGenerator(seed: seed)
        let decision = AnswerJudge.judge(chain, in: singleContext, using: &generator).decision
        if let target = decision.probe?.target { probeTargets[target, default: 0] += 1 }
        lastDecision = decision
        return decision.story.wordCount &* 31 &+ decision.openGaps.count &+ (decision.probe?.text.utf8.count ?? 0)
    }
    singleResults.append((words, timings))
    let base = singleResults[0]
    let tokens = lastDecision?.story.wordCount ?? 0
    print(row([
        "\(words)", "\(tokens)", fixed(AnswerCorpus.distinctShare(answer) * 100, 1) + "%", "\(timings.runs)",
        fixed(timings.median, 1), fixed(timings.min, 1), fixed(timings.p90, 1), fixed(timings.median * 1_000 / Double(max(tokens, 1)), 1),
        fixed(timings.median / base.timings.median, 1), fixed(Double(words) / Double(base.words), 1),
    ], widths) + "  " + describe(lastDecision?.probe))
}
print("(tokens: words as the analyser counts them; distinct: share of different words; time ×: median over the 300-word median; words ×: words over 300)")
if let small = singleResults.first, let large = singleResults.last {
    let timeRatio = large.timings.median / small.timings.median
    let wordRatio = Double(large.words) / Double(small.words)
    print("linearity: median(\(large.words))/median(\(small.words)) = \(fixed(timeRatio, 1)) against a word ratio of \(fixed(wordRatio, 1))"
          + " (per-word cost ×\(fixed(timeRatio / wordRatio, 2)) from \(small.words) to \(large.words) words)")
}

// MARK: - (b) A whole four-question chain

/// One bar-raiser round as the interview runs it: for each question the answer, then up to three
/// probes each answered with a short reply, then the story is read again and rated. Earlier
/// questions' answers go into the context, as they do in the program, to catch a pasted repeat.
func runChain(_ mainAnswers: [String], seed: UInt64, targets: inout [Gap: Int], trace: ((String) -> Void)? = nil) -> (result: Int, calls: Int, words: Int) {
    var generator = SeededGenerator(seed: seed)
    var earlierAnswers: [String] = []
    var result = 0
    var calls = 0
    var words = 0
    for (number, question) in chainQuestions.enumerated() {
        let questionContext = context(for: question, earlierAnswers: earlierAnswers)
        var chain = ProbeChain(answers: [mainAnswers[number]], probes: [])
        var asked: [String] = []
        while true {
            let decision = AnswerJudge.judge(chain, in: questionContext, using: &generator).decision
            calls += 1
            if let dodged = decision.dodged { chain.dodged.append(dodged) }
            guard let probe = decision.probe else { break }
            targets[probe.target, default: 0] += 1
            asked.append(describe(probe))
            chain.probes.append(probe)
            chain.answers.append(AnswerCorpus.reply(to: probe, question: number, seed: seed &+ UInt64(number * 10 + chain.probes.count)))
        }
        let verdict = AnswerJudge.verdict(answers: chain.answers, in: questionContext, dodged: chain.dodged)
        let (rating, open, story) = (verdict.rating, verdict.openGaps, verdict.story)
        result = result &* 31 &+ rating.rating.rawValue.utf8.count &+ open.count &+ Int((rating.points ?? -1) * 100)
        words += story.wordCount
        trace?("  Q\(number + 1) \(question.principles.map(\.id).joined(separator: ",")): probes \(asked.isEmpty ? "none" : asked.joined(separator: ", "))"
               + (chain.dodged.isEmpty ? "" : "; dodged \(chain.dodged.map(\.id).joined(separator: ","))")
               + " → \(rating.rating.rawValue), \(open.count) gaps open")
        earlierAnswers += chain.answers
    }
    return (result, calls, words)
}

print("")
print("(b) whole 4-question chain: per question an answer, up to \(maxDepth) follow-ups answered in ~40 words, the story rated at the end")
let chainWidths = [11, 10, 6, 5, 11, 11, 11, 10]
print(row(["main answer", "chain words", "calls", "runs", "median µs", "min µs", "p90 µs", "µs/call"], chainWidths))
var traces: [String] = []
for (words, runs) in [(300, 200), (3_000, 30)] {
    let mainAnswers = (0..<chainQuestions.count).map { AnswerCorpus.answer(words: words, seed: UInt64(words * 100 + $0 * 7 + 1)) }
    traces.append("chain with \(words)-word answers, seed 1:")
    let shape = runChain(mainAnswers, seed: 1, targets: &probeTargets) { traces.append($0) }
    var seed: UInt64 = 0
    let timings = measure(runs: runs, warmUp: max(3, runs / 10), checksum: &checksum) {
        seed &+= 1
        return runChain(mainAnswers, seed: seed, targets: &probeTargets).result
    }
    print(row([
        "\(words)", "\(shape.words)", "\(shape.calls)", "\(timings.runs)", fixed(timings.median, 1), fixed(timings.min, 1),
        fixed(timings.p90, 1), fixed(timings.median / Double(shape.calls), 1),
    ], chainWidths))
}
print("(main answer: words in each question's first answer; chain words: all four stories; calls: nextProbe calls per chain)")
print("what the chains did (seed 1; the timed runs use other seeds, so phrasings differ):")
traces.forEach { print($0) }

print("")
let counts = Gap.allCases.compactMap { gap in probeTargets[gap].map { "\(gap.id) \($0)" } }
print("probe targets over all runs: \(counts.joined(separator: ", "))")
for gap in Gap.allCases { checksum.add(probeTargets[gap] ?? 0) }
print("checksum: \(String(checksum.value, radix: 16))")
