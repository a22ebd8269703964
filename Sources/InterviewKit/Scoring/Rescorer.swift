import Dispatch

/// Today's engine over a stored interview: which follow-up it would ask after each answer, and
/// how it rates each story, next to what happened then. The stored records are never changed.
public enum Rescorer {
    /// One answer's follow-up, then and now.
    public struct ProbeComparison: Equatable, Sendable {
        /// 1-based: the follow-up after the Nth answer to this question (or case part).
        public var afterAnswer: Int
        public var thenTarget: Gap?
        public var thenText: String?
        public var nowTarget: Gap?
        public var nowText: String?
    }

    /// One question, then and now.
    public struct QuestionComparison: Equatable, Sendable {
        public var round: RoundKind
        public var questionID: String
        public var text: String
        public var ratingThen: Rating?
        public var ratingNow: Rating
        public var gapsThen: [Gap]?
        public var gapsNow: [Gap]
        public var probes: [ProbeComparison]
    }

    /// Every question compared, in the interview's order. The questions are judged in `workers`
    /// runs of consecutive questions at once; the comparisons are the same for any number of workers,
    /// since each question draws its wording from a generator of its own and each run starts from
    /// what the questions before it left: the probes they asked and the answers they gave.
    public static func rescore(_ interview: RecordedInterview, bank: QuestionBank, workers: Int = 1) -> [QuestionComparison] {
        let questions = interview.questions
        let chainsByQuestion = chains(in: interview)
        let runs = max(1, min(workers, questions.count / minimumQuestionsPerRun))
        let verdicts = interview.verdictsThen
        guard runs > 1 else { return rescore(questions.indices, of: interview, questions: questions, chains: chainsByQuestion, verdicts: verdicts, bank: bank) }
        let bounds = (0...runs).map { questions.count * $0 / runs }
        let results = ResultSlots(count: runs)
        defer { results.release() }
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            results.slots[run] = rescore(bounds[run]..<bounds[run + 1], of: interview, questions: questions, chains: chainsByQuestion,
                                         verdicts: verdicts, bank: bank)
        }
        return results.slots.flatMap { $0 }
    }

    /// A run of fewer questions than this is not worth a thread of its own.
    static let minimumQuestionsPerRun = 64

    /// The comparisons of the questions at `range`, as a whole rescore would give them.
    static func rescore(_ range: Range<Int>, of interview: RecordedInterview, questions: [RecordedInterview.Question],
                        chains chainsByQuestion: [[Chain]], verdicts: [String: TranscriptRecord.QuestionVerdict],
                        bank: QuestionBank) -> [QuestionComparison] {
        let header = interview.header
        let config = header.config ?? InterviewConfig(track: header.track, level: header.level, rounds: header.rounds, seed: header.seed)
        // What the questions before the run left: the probes they asked, and their latest answers.
        var askedProbes: Set<String> = []
        for chains in chainsByQuestion[..<range.lowerBound] {
            for chain in chains { askedProbes.formUnion(chain.probes.map(\.text)) }
        }
        var earlierAnswers = RecentAnswers(latestAnswers(before: range.lowerBound, in: questions))
        var comparisons: [QuestionComparison] = []
        comparisons.reserveCapacity(range.count)
        for questionIndex in range {
            let question = questions[questionIndex]
            var generator = SeededGenerator(seed: (header.seed ^ 0xA5A5_5A5A_C3C3_3C3C) &+ UInt64(questionIndex) &* 0x9E37_79B9_7F4A_7C15)
            let known = bank.question(id: question.questionID)
            let kind: QuestionKind = known?.kind ?? (question.round == .functional ? .case : question.round == .screen ? .screen : .behavioural)
            let asked = known ?? Question(id: question.questionID, kind: kind, text: question.text, principles: question.principles, rounds: [question.round])
            let depth = config.settings(for: question.round).depth
            // The question's wording is read once; each chain's context differs only in its part and history.
            var context = FollowUpContext(question: asked, round: question.round, track: header.track, level: header.level, maxDepth: depth)
            // Follow-ups are compared chain by chain: a case part starts a chain of its own.
            var probes: [ProbeComparison] = []
            var dodged: [Gap] = []
            // A chain is judged again after each reply: each answer is read once per question.
            var readings = AnswerReadings()
            for chain in chainsByQuestion[questionIndex] {
                let part = asked.parts.first { $0.id == chain.part }
                if kind == .case && part?.gap == nil { continue }
                context.expectedGaps = part?.gap.map { [$0] } ?? []
                context.earlierAnswers = earlierAnswers
                context.askedProbes = askedProbes
                var chainDodged: [Gap] = []
                // The chain's story is built one reply at a time rather than merged again at each.
                var soFar = ChainSoFar(after: earlierAnswers)
                for index in chain.answers.indices {
                    let recorded = ProbeChain(answers: Array(chain.answers[...index]), probes: Array(chain.probes.prefix(index)).map(\.probe),
                                              dodged: chainDodged)
                    let judgement = AnswerJudge.judge(recorded, in: context, using: &generator, readings: &readings, soFar: soFar)
                    soFar.add(readings.reading(of: chain.answers[index], framing: context.framing))
                    if let gap = judgement.decision.dodged { chainDodged.append(gap) }
                    let now = judgement.probe
                    let then = index < chain.probes.count ? chain.probes[index] : nil
                    probes.append(ProbeComparison(afterAnswer: index + 1, thenTarget: then?.target, thenText: then?.text,
                                                  nowTarget: now?.target, nowText: now?.text))
                }
                dodged += chainDodged
                // The context was taken before the chain, so its probes join the asked ones after it
                // (the context lets go of the set first, so that it grows in place).
                context.askedProbes = []
                askedProbes.formUnion(chain.probes.map(\.text))
            }
            context.expectedGaps = []
            context.earlierAnswers = RecentAnswers()
            let verdict = AnswerJudge.verdict(answers: question.answers, in: context, dodged: dodged, readings: &readings)
            let then = verdicts[question.questionID]
            comparisons.append(QuestionComparison(
                round: question.round, questionID: question.questionID, text: question.text, ratingThen: then?.rating,
                ratingNow: question.answers.isEmpty ? .insufficientEvidence : verdict.rating.rating, gapsThen: then?.openGaps,
                gapsNow: question.answers.isEmpty ? [] : verdict.openGaps, probes: probes))
            for answer in question.answers { earlierAnswers.append(readings.reading(of: answer, framing: context.framing).words) }
        }
        return comparisons
    }

    /// The answers of the questions before `index`, as many of the latest as a repeat is looked for in.
    static func latestAnswers(before index: Int, in questions: [RecordedInterview.Question]) -> [String] {
        var answers: [String] = []
        for question in questions[..<index].reversed() {
            answers.insert(contentsOf: question.answers, at: 0)
            if answers.count >= AnswerAnalyzer.repetitionWindow { break }
        }
        return Array(answers.suffix(AnswerAnalyzer.repetitionWindow))
    }

    /// One slot per run, each written by its own run only and read after all have finished: plain
    /// memory, so that the runs share no array whose uniqueness each write would check.
    private struct ResultSlots: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<[QuestionComparison]>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [])
        }
        func release() {
            slots.deinitialize()
            slots.deallocate()
        }
    }

    typealias Chain = (part: String?, answers: [String], probes: [TranscriptRecord.ProbeRecord])

    /// Every question's answers and probes, split into chains (one per case part), in one pass;
    /// the same indices as `interview.questions`, so a question asked twice in one interview keeps
    /// each time's answers apart.
    static func chains(in interview: RecordedInterview) -> [[Chain]] {
        var chains: [[Chain]] = []
        var current: (round: RoundKind, questionID: String)?
        for step in interview.steps {
            if current?.round != step.round || current?.questionID != step.questionID {
                chains.append([])
                current = (step.round, step.questionID)
            }
            let question = chains.count - 1
            if step.probe == nil { chains[question].append((step.part, [], [])) }
            guard let last = chains[question].indices.last else { continue }
            if let probe = step.probe { chains[question][last].probes.append(probe) }
            if let answer = step.answer { chains[question][last].answers.append(answer.text) }
        }
        return chains
    }
}
