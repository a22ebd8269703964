import Foundation
/// What the generator decided after the latest reply.
public struct FollowUpDecision: Equatable, Sendable {
    /// The next probe, or nil to move on to the next question.
    public var probe: Probe?
    /// A gap the candidate dodged twice; the debrief notes it.
    public var dodged: Gap?
    /// The whole story so far, read together.
    public var story: AnswerAnalysis
    /// Gaps still open after the latest reply, most important first.
    public var openGaps: [Gap]
}

/// Chooses what a bar raiser would ask next about the story being told.
public enum FollowUpGenerator {
    /// Reads the chain so far (question, answers, probes) and decides the next probe.
    public static func nextProbe(after chain: ProbeChain, in context: FollowUpContext, using generator: inout SeededGenerator) -> FollowUpDecision {
        // Only recent answers are compared for repetition: a long interview costs no more per answer.
        let earlier = Array(context.earlierAnswers.suffix(AnswerAnalyzer.repetitionWindow)) + chain.answers.dropLast()
        let analyses = chain.answers.enumerated().map { offset, answer in
            AnswerAnalyzer.analyze(answer, earlierAnswers: offset == chain.answers.count - 1 ? earlier : [])
        }
        let story = analyses.dropFirst().reduce(analyses.first ?? AnswerAnalysis()) { $0.merged(with: $1) }
        let openGaps = gaps(in: story, context: context)
        var decision = FollowUpDecision(probe: nil, dodged: nil, story: story, openGaps: openGaps)
        guard chain.probes.count < context.maxDepth, var latest = analyses.last else { return decision }
        if latest.issue == nil, chain.answers.count == 1, isOffTopic(latest, question: context.question) {
            latest.issue = .offTopic
            decision.story.issue = .offTopic
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
        if let lastProbe, lastProbe.target != .depth, openGaps.contains(lastProbe.target), lastProbe.issue == nil {
            if lastProbe.isFirm {
                decision.dodged = lastProbe.target
                return decision
            }
            decision.probe = firmProbe(for: lastProbe.target, principle: lastProbe.principle, story: story)
            return decision
        }

        let alreadyAsked = Set(chain.probes.map(\.target))
        let candidates = rank(openGaps.filter { !alreadyAsked.contains($0) && !chain.dodged.contains($0) }, context: context)
        if let gap = candidates.first {
            decision.probe = probe(for: gap, story: story, context: context, using: &generator)
        } else if !alreadyAsked.contains(.depth) {
            decision.probe = probe(for: .depth, story: story, context: context, using: &generator)
        }
        return decision
    }

    /// A story answer that never speaks of work, nor of anything the question's principles are about.
    static func isOffTopic(_ answer: AnswerAnalysis, question: Question) -> Bool {
        guard question.kind == .behavioural, answer.wordCount >= 20 else { return false }
        let aboutWork = answer.has(.customer) || answer.has(.disagreement) || answer.has(.evidence) || answer.has(.result) || answer.has(.actionByUs)
        if aboutWork { return false }
        return answer.mentionsOutsideWork || !answer.mentionsWork
    }

    /// The open gaps for this kind of question.
    public static func gaps(in story: AnswerAnalysis, context: FollowUpContext) -> [Gap] {
        switch context.question.kind {
        case .case:
            let expected = context.expectedGaps.isEmpty ? GapFinder.caseOrder(for: context.track) : context.expectedGaps
            return GapFinder.caseGaps(in: story, expected: expected)
        case .screen:
            if story.isHypothetical || (story.wordCount < 25 && !story.has(.quantity)) || story.count(.hedge) > 3 { return [.specificity] }
            // A screen story that claims an outcome should be able to put a number on it.
            return story.has(.result) && !GapFinder.covers(story, .metrics) ? [.metrics] : []
        case .behavioural:
            return GapFinder.behaviouralGaps(in: story, principles: context.question.principles)
        }
    }

    /// Orders gaps by the story order, then the track's emphasis on ties.
    static func rank(_ gaps: [Gap], context: FollowUpContext) -> [Gap] {
        gaps.enumerated()
            .map { (gap: $0.element, rank: Double($0.offset) - TrackEmphasis.gapBoost($0.element, on: context.track)) }
            .sorted { $0.rank < $1.rank }
            .map(\.gap)
    }

    /// The principle a probe speaks for: one of the question's that cares about this gap, else its first.
    static func principle(for gap: Gap, in question: Question) -> Principle? {
        question.principles.first { GapFinder.promotedGap(for: $0) == gap || ProbePhrasebook.flavoured[$0]?[gap] != nil }
            ?? question.principles.first
    }

    static func probe(for gap: Gap, story: AnswerAnalysis, context: FollowUpContext, using generator: inout SeededGenerator) -> Probe {
        let principle = principle(for: gap, in: context.question)
        let quote = quote(for: gap, in: story)
        // Nothing is missing: the question's own follow-ups, written for it, come before generic ones;
        // a case's are about the whole case, so they wait for its last part.
        let wholeQuestion = context.question.kind != .case || context.expectedGaps.last == context.question.parts.last?.gap
        if gap == .depth, wholeQuestion, let own = context.question.followUps.first(where: { !context.askedProbes.contains($0) }) {
            return Probe(text: own, target: gap, principle: principle, reason: reason(for: gap, principle: principle, quote: nil))
        }
        var phrasings = ProbePhrasebook.phrasings(for: gap, principle: principle, kind: context.question.kind)
        // Point at the candidate's own words wherever there are some to point at.
        let quoting = phrasings.filter { $0.contains("{q}") }
        if quote == nil { phrasings = phrasings.filter { !$0.contains("{q}") } } else if !quoting.isEmpty { phrasings = quoting }
        if phrasings.isEmpty { phrasings = ProbePhrasebook.plain[gap]?.filter { !$0.contains("{q}") } ?? ["Tell me more about that."] }
        let texts = phrasings.map { $0.replacingOccurrences(of: "{q}", with: quote ?? "") }
        // A phrasing already used in this interview is used again only when every one has been.
        let fresh = texts.filter { !context.askedProbes.contains($0) }
        let text = generator.pick(fresh.isEmpty ? texts : fresh) ?? "Tell me more about that."
        return Probe(text: text, target: gap, principle: principle, reason: reason(for: gap, principle: principle, quote: quote), quote: quote)
    }

    static func firmProbe(for gap: Gap, principle: Principle?, story: AnswerAnalysis) -> Probe {
        Probe(text: ProbePhrasebook.firm(for: gap), target: gap, principle: principle,
              reason: "Asked again, more firmly: the reply did not answer it (\(ProbePhrasebook.reasons[gap] ?? gap.id)).",
              quote: nil, isFirm: true)
    }

    static func reason(for gap: Gap, principle: Principle?, quote: String?) -> String {
        var text = "Probing \(gap.id): \(ProbePhrasebook.reasons[gap] ?? gap.id)"
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
        let text: String
        switch issue {
        case .empty:
            text = "I didn't get an answer there. Take a moment, then tell me about one specific time: what happened and what you did."
        case .gibberish:
            text = context.question.kind == .case
                ? "I couldn't follow that. In plain words: what would you do for this part, and why?"
                : "I couldn't follow that. In plain words: what was the situation, and what did you do?"
        case .tooShort:
            switch context.question.kind {
            case .case: text = "That's quite short for this part. Walk me through your thinking: what would you do, and why that over the alternatives?"
            case .screen: text = "Could you say a bit more? Two or three sentences are plenty."
            case .behavioural: text = "That's quite short for this question. Give me one specific example: the situation, what you did, and how it turned out."
            }
        case .repeated:
            text = "That's the same answer you gave earlier. This question is different: tell me about another situation that fits it."
        case .tooLong:
            text = "That's a lot of detail. In under two minutes: what was the one decision you made, and what did it change?"
        case .noExample:
            text = "Take a moment; there's no rush. It doesn't have to be a big story: any one time from work, school or a side project where this came up. What happened?"
        case .offTopic:
            text = "I'm not sure that answers what I asked. Let me repeat it: \(context.question.text)"
        }
        return .ask(Probe(text: text, target: .specificity, principle: principle, reason: "The answer was \(issue.rawValue.replacingOccurrences(of: "-", with: " ")), so the interviewer asks for a usable answer before probing it.", issue: issue))
    }

    /// The candidate's own words that best show the gap.
    public static func quote(for gap: Gap, in story: AnswerAnalysis) -> String? {
        let evidence: Evidence?
        switch gap {
        case .specificity: evidence = story.first(.hypothetical) ?? story.first(.hedge)
        case .action: evidence = story.first(.result) ?? story.first(.task)
        case .ownership: evidence = story.first(.actionByUs)
        case .result: evidence = story.signals[.actionByMe]?.last ?? story.signals[.actionByUs]?.last
        case .metrics:
            // "By how much?" fits a result that moved something, not "we shipped in week five".
            // …and not one that already carries its numbers.
            evidence = story.first(.vagueResult) ?? story.signals[.result]?.last { result in
                let words = result.text.lowercased()
                let hasNumber = words.contains(where: \.isNumber) || Lexicon.numberWords.contains { words.contains($0 + " ") }
                return !hasNumber && changeWords.contains { words.contains($0) }
            }
        case .tradeoff: evidence = story.first(.actionByMe) ?? story.first(.actionByUs)
        case .customer: evidence = story.signals[.result]?.last ?? story.signals[.actionByMe]?.last
        // What to do differently is about what the candidate did, not about the outcome.
        case .learning: evidence = story.signals[.actionByMe]?.last ?? story.signals[.actionByUs]?.last
        case .depth: evidence = story.first(.quantifiedResult) ?? story.first(.actionByMe)
        default: evidence = nil
        }
        guard let text = evidence?.text else { return nil }
        return trimmedQuote(text)
    }

    static let changeWords = [
        "improv", "increas", "reduc", "grew", "grow", "drop", "went", "fell", "rose", "lift", "cut", "sav", "faster",
        "slower", "better", "worse", "fewer", "less", "more", "higher", "lower", "doubl", "halv", "boost", "up", "down",
    ]

    /// At most sixteen words, ending in an ellipsis when cut, without trailing punctuation or
    /// quote marks that would nest badly.
    static func trimmedQuote(_ text: String) -> String {
        let words = text.replacingOccurrences(of: "'", with: "’").split(whereSeparator: \.isWhitespace)
        var quote = words.prefix(16).joined(separator: " ")
        while let last = quote.last, ".,;:!?".contains(last) { quote.removeLast() }
        return words.count > 16 ? quote + "…" : quote
    }
}
