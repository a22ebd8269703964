/// What the generator decided after the latest reply.
public struct FollowUpDecision: Equatable, Sendable {
    /// The next probe, or nil to move on to the next question.
    public var probe: Probe?
    /// A gap the candidate dodged twice; the debrief notes it.
    public var dodged: Gap?
    /// The whole story so far, read together.
    public var story: AnswerAnalysis
    /// Gaps still open after the latest reply, most important first, with what shows each.
    public var findings: [GapFinding]

    /// Gaps still open after the latest reply, most important first.
    public var openGaps: [Gap] { findings.map(\.gap) }

    public init(probe: Probe?, dodged: Gap?, story: AnswerAnalysis, findings: [GapFinding]) {
        self.probe = probe
        self.dodged = dodged
        self.story = story
        self.findings = findings
    }
}

/// What a chain's answers before its latest reply come to: the story they tell together, and the
/// recent answers the latest reply is compared with. A caller that judges a chain again after each
/// reply keeps one and adds each reply to it, so that a call reads and merges only the latest.
struct ChainSoFar: Sendable {
    /// The answers so far, read as one story; nil before the first.
    private(set) var story: AnswerAnalysis?
    /// The answers before the chain, then the chain's own.
    private(set) var earlier: RecentAnswers

    /// The chain before its first answer, after `earlier`.
    init(after earlier: RecentAnswers) {
        self.earlier = earlier
    }

    /// The chain after `answers`.
    init(_ answers: some Sequence<String>, after earlier: RecentAnswers, framing: QuestionFraming, readings: inout AnswerReadings) {
        self.init(after: earlier)
        for answer in answers { add(readings.reading(of: answer, framing: framing)) }
    }

    /// The chain after one more answer. Earlier answers are never marked as repeats: only the
    /// latest reply is compared with those before it.
    mutating func add(_ reading: AnswerReading) {
        // Taken out while it grows, so that its lists are this chain's alone and grow in place.
        if var told = story.take() {
            told.merge(reading.analysis)
            story = told
        } else {
            story = reading.analysis
        }
        earlier.append(reading.words)
    }
}

/// Chooses what a bar raiser would ask next about the story being told. Called through `AnswerJudge`.
enum FollowUpGenerator {
    /// Reads the chain so far (question, answers, probes) and decides the next probe.
    /// `soFar`, when given, is what the chain's answers before its latest reply come to; without
    /// it they are read and merged here.
    static func nextProbe(after chain: ProbeChain, in context: FollowUpContext, using generator: inout SeededGenerator,
                          readings: inout AnswerReadings, soFar given: ChainSoFar? = nil) -> FollowUpDecision {
        let framing = context.framing
        let soFar = given ?? ChainSoFar(chain.answers.dropLast(), after: context.earlierAnswers, framing: framing, readings: &readings)
        // The latest reply is compared with recent answers and the earlier replies in this chain, to
        // notice one pasted again; only recent ones, so a long interview costs no more per answer.
        let analysis = chain.answers.last.map { readings.reading(of: $0, framing: framing).analysis(after: soFar.earlier) }
        let story = analysis.map { latest in soFar.story.map { $0.merged(with: latest) } ?? latest } ?? AnswerAnalysis()
        let findings = GapRanking.openGaps(in: story, context: context)
        var decision = FollowUpDecision(probe: nil, dodged: nil, story: story, findings: findings)
        guard chain.probes.count < context.maxDepth, var latest = analysis else { return decision }
        if latest.issue == nil, chain.answers.count == 1, isOffTopic(latest, question: context.question, framing: framing) {
            latest.issue = .offTopic
            decision.story.issue = .offTopic
        }
        // The question (or the last follow-up) given back word for word is no example at all.
        if latest.issue == nil, let answer = chain.answers.last,
           context.questionPrompt.adding(chain.probes.map(\.text)).givenBack(in: answer) {
            latest.issue = .noExample
            decision.story.issue = .noExample
        }

        if let issue = latest.issue {
            switch respond(to: issue, isFirstAnswer: chain.answers.count == 1, chain: chain, context: context) {
            case .ask(let probe):
                decision.probe = probe
                return decision
            case .moveOn:
                return decision
            case .readAsUsual:
                break
            }
        }

        let lastProbe = chain.probes.last
        if let lastProbe, lastProbe.target != .depth, lastProbe.issue == nil,
           let still = findings.first(where: { $0.gap == lastProbe.target }), GapRanking.deservesProbe(still, context: context),
           !narrows(still, since: soFar.story, context: context) {
            if lastProbe.isFirm {
                decision.dodged = lastProbe.target
                return decision
            }
            decision.probe = firmProbe(for: lastProbe.target, principle: lastProbe.principle)
            return decision
        }

        let alreadyAsked = Set(chain.probes.map(\.target))
        let next = findings.first { finding in
            !alreadyAsked.contains(finding.gap) && !chain.dodged.contains(finding.gap) && GapRanking.deservesProbe(finding, context: context)
        }
        if let next {
            decision.probe = probe(for: next, story: story, context: context, using: &generator)
        } else if !alreadyAsked.contains(.depth) {
            let depth = GapSpec.depth.finding(in: story, context: context.gapContext)
            decision.probe = probe(for: depth, story: story, context: context, using: &generator)
        }
        return decision
    }

    /// Whether the latest reply made the probed gap less open than it was before it ("about two
    /// weeks, I think" to "by how much?"): a reply that narrows the gap answered the probe, even
    /// if a bar raiser would still want more, so it is no dodge and the interview moves on.
    static func narrows(_ finding: GapFinding, since before: AnswerAnalysis?, context: FollowUpContext) -> Bool {
        guard let before else { return false }
        return finding.strength < GapSpec.of(finding.gap).finding(in: before, context: context.gapContext).strength
    }

    /// A story answer that never speaks of work, nor of anything the question's principles are about.
    /// A plan is not asked this: it speaks of its product's world, which need not be anyone's work.
    static func isOffTopic(_ answer: AnswerAnalysis, question: Question, framing: QuestionFraming) -> Bool {
        guard question.kind == .behavioural, framing != .plan, answer.wordCount >= 20 else { return false }
        let aboutWork = answer.has(.customer) || answer.has(.disagreement) || answer.has(.evidence) || answer.has(.result) || answer.has(.actionByUs)
        if aboutWork { return false }
        return answer.mentionsOutsideWork || !answer.mentionsWork
    }

    /// The principle a probe speaks for: one of the question's that raises this gap or has its own
    /// way of asking about it, else the question's first.
    static func principle(for gap: Gap, in question: Question) -> Principle? {
        let spec = GapSpec.of(gap)
        return question.principles.first { spec.raisedBy[$0] != nil || spec.flavoured[$0] != nil } ?? question.principles.first
    }

    static func probe(for finding: GapFinding, story: AnswerAnalysis, context: FollowUpContext, using generator: inout SeededGenerator) -> Probe {
        let gap = finding.gap
        let spec = GapSpec.of(gap)
        let principle = principle(for: gap, in: context.question)
        // The words that show the gap, or no quote at all.
        let quote = quote(showing: finding.evidence.first)
        // Nothing is missing: the question's own follow-ups, written for it, come before generic ones;
        // a case's are about the whole case, so they wait for its last part.
        let wholeQuestion = context.question.kind != .case || context.expectedGaps.last == context.question.parts.last?.gap
        if gap == .depth, wholeQuestion, let own = context.question.followUps.first(where: { !context.askedProbes.contains($0) }) {
            return Probe(text: own, target: gap, principle: principle, reason: reason(for: gap, principle: principle, quote: nil))
        }
        var phrasings: [String]
        if gap == .depth && context.question.kind != .behavioural || gap == .specificity && context.question.kind == .case {
            phrasings = ProbeWording.forKind(context.question.kind, gap: gap)
        } else {
            phrasings = spec.phrasings(for: principle, quoting: finding.evidence.first, in: story, framing: context.framing)
        }
        // Point at the candidate's own words wherever there are some to point at.
        let quoting = phrasings.filter(Self.hasQuoteSlot)
        if quote == nil { phrasings = phrasings.filter { !Self.hasQuoteSlot($0) } } else if !quoting.isEmpty { phrasings = quoting }
        if phrasings.isEmpty { phrasings = spec.phrasings.filter { !Self.hasQuoteSlot($0) } }
        if phrasings.isEmpty { phrasings = ["Tell me more about that."] }
        let texts = phrasings.map { Self.fill($0, with: quote ?? "") }
        // A phrasing already used in this interview is used again only when every one has been.
        let fresh = context.askedProbes.isEmpty ? texts : texts.filter { !context.askedProbes.contains($0) }
        let text = generator.pick(fresh.isEmpty ? texts : fresh) ?? "Tell me more about that."
        let quoted = quote != nil && phrasings.allSatisfy(Self.hasQuoteSlot) ? quote : nil
        return Probe(text: text, target: gap, principle: principle, reason: reason(for: gap, principle: principle, quote: quoted), quote: quoted)
    }

    static func firmProbe(for gap: Gap, principle: Principle?) -> Probe {
        let spec = GapSpec.of(gap)
        return Probe(text: spec.firm, target: gap, principle: principle,
                     reason: "Asked again, more firmly: the reply did not answer it (\(spec.reason)).", quote: nil, isFirm: true)
    }

    static func reason(for gap: Gap, principle: Principle?, quote: String?) -> String {
        var text = "Probing \(gap.id): \(GapSpec.of(gap).reason)"
        if let quote { text += " (you said '\(quote)')" }
        if let principle { text += "; \(principle.title) is being tested" }
        return text + "."
    }

    /// How to meet an awkward answer.
    enum IssueResponse {
        case ask(Probe)
        /// Two awkward replies in a row: move on rather than stall.
        case moveOn
        /// Not awkward here (a short reply to a follow-up is fine): probe the story's gaps.
        case readAsUsual
    }

    /// An answer that needs a response of its own before any gap is worth probing.
    static func respond(to issue: AnswerIssue, isFirstAnswer: Bool, chain: ProbeChain, context: FollowUpContext) -> IssueResponse {
        if chain.probes.last?.issue != nil { return .moveOn }
        if issue == .tooShort && !isFirstAnswer { return .readAsUsual }
        let principle = context.question.principles.first
        let text = ProbeWording.response(to: issue, kind: context.question.kind, question: context.question.text)
        return .ask(Probe(text: text, target: .specificity, principle: principle, reason: "The answer was \(String(issue.rawValue.map { $0 == "-" ? " " : $0 })), so the interviewer asks for a usable answer before probing it.", issue: issue))
    }
}
