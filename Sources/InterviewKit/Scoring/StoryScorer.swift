/// A rating for one story, with the quotes behind it.
public struct StoryRating: Codable, Equatable, Sendable {
    public var rating: Rating
    public var evidence: [String]
    /// Points on the scorer's scale, for comparisons; nil for insufficient evidence.
    public var points: Double?

    public init(rating: Rating, evidence: [String], points: Double?) {
        self.rating = rating
        self.evidence = evidence
        self.points = points
    }
}

/// Rates a story on Amazon's scale from the same findings that choose the probes. It does not
/// flatter: a story earns points for what it shows, loses them for the gaps it leaves clearly open
/// and for dodged probes, and says when too little was said.
enum StoryScorer {
    /// Fewer words than this across a story is too little to judge.
    static let minimumWords = 25

    static func rate(_ story: AnswerAnalysis, findings: [GapFinding], context: FollowUpContext, dodged: [Gap]) -> StoryRating {
        if story.wordCount < minimumWords || [.gibberish, .empty, .offTopic, .noExample].contains(story.issue) {
            return StoryRating(rating: .insufficientEvidence, evidence: [], points: nil)
        }
        if let flag = story.first(.redFlag) {
            return StoryRating(rating: .strongNoHire, evidence: [flag.text], points: 0)
        }
        switch context.question.kind {
        case .case: return rateCase(story, findings: findings, context: context)
        case .screen: return rateScreen(story)
        case .behavioural:
            return context.framing == .plan
                ? ratePlan(story, findings: findings, context: context, dodged: dodged)
                : rateStory(story, findings: findings, context: context, dodged: dodged)
        }
    }

    /// Fewer words than this across a story leave too little to hire strongly on, however little is missing.
    static let strongHireWords = 75

    /// How many of the candidate's own steps earn full credit: past this, more steps show no more.
    static let fullSteps = 5

    static func rateStory(_ story: AnswerAnalysis, findings: [GapFinding], context: FollowUpContext, dodged: [Gap]) -> StoryRating {
        let strength = { (gap: Gap) in findings.first { $0.gap == gap }?.strength ?? 0 }
        // What a bar raiser hires on: the candidate's own steps, a choice weighed against another,
        // and a number that compares. Effort in place of steps, a hypothetical, an unstated outcome
        // and someone else's deciding step take away; so does every dodged probe.
        var points = Double(min(story.count(.actionByMe), fullSteps)) / Double(fullSteps)
        if story.has(.comparedResult) { points += 1 }
        if story.has(.alternatives) { points += 1 }
        // Half a point for each step that is only effort, up to one: one "I tried to" among real
        // steps costs less than a story of nothing else.
        points -= min(1, 0.5 * Double(story.count(.vagueAction)))
        points -= strength(.specificity)
        points -= 0.5 * strength(.result)
        points -= 0.5 * strength(.ownership)
        points -= Double(dodged.count)

        let bar = TrackEmphasis.bar(for: context.level)
        var rating: Rating
        if points >= bar.inclined { rating = .inclined }
        else if points >= bar.notInclined { rating = .notInclined }
        else { rating = .strongNoHire }
        // A story at the bar that leaves nothing open, not even a gap too slight to be asked first,
        // is above it; one that does (an unmeasured outcome, a missing setting, a figure without its
        // baseline, the gap its principle cares about) is not. Nor is one told in fewer words than a
        // strong one takes: it cannot show the depth it needs; nor one that shows no judgement of
        // its teller's own, neither a choice made nor a lesson drawn.
        let leavesSomethingOpen = findings.contains(where: { GapRanking.leavesStrongVoteOpen($0, context: context) })
        let showsJudgement = story.has(.decision) || story.has(.tradeoff) || story.has(.learning)
        if rating == .inclined && !leavesSomethingOpen && showsJudgement && story.wordCount >= strongHireWords { rating = .strongHire }
        // Caps: what a bar raiser would not pass, however many points the rest earned.
        func cap(_ ceiling: Rating) { if rating > ceiling { rating = ceiling } }
        if context.level >= .l6 && !story.has(.broadScope) { cap(.inclined) }
        if strength(.result) >= GapFinding.clear || strength(.ownership) >= GapFinding.clear || strength(.action) >= 0.8
            || strength(.specificity) >= GapFinding.weak { cap(.notInclined) }
        // A hypothetical or general answer is not a story to hire on, nor one to reject outright.
        if strength(.specificity) >= GapFinding.clear { rating = .notInclined }
        // A complete story with a number on its result is not below inclined.
        let complete = strength(.result) == 0 && strength(.metrics) == 0 && strength(.action) == 0 && strength(.specificity) == 0
            && strength(.ownership) < GapFinding.clear && dodged.isEmpty
        if complete && rating < .inclined { rating = .inclined }
        return StoryRating(rating: rating, evidence: citations(in: story), points: points)
    }

    /// A plan asked for in a behavioural round ("How would you…") is rated like a case: on what it
    /// proposes, the choices it makes, how it would measure success, and the customer. However
    /// complete, a plan is at most inclined: it shows how the candidate would think, not that they
    /// have done it; the strong vote is earned by a story. Three of the four parts (less a quarter
    /// for each dodged probe) are inclined; a plan that leaves half of them clearly open has not
    /// done the exercise and is below not-inclined.
    static func ratePlan(_ story: AnswerAnalysis, findings: [GapFinding], context: FollowUpContext, dodged: [Gap]) -> StoryRating {
        let parts: [Gap] = [.action, .tradeoff, .metrics, .customer]
        let covered = parts.filter { gap in !(findings.first { $0.gap == gap }?.isClear ?? false) }
        let share = Double(covered.count) / Double(parts.count) - 0.25 * Double(dodged.count)
        var rating: Rating = share >= 0.75 ? .inclined : .strongNoHire
        // A plan that never says what its choice risks or gives up has not weighed it yet.
        if findings.first(where: { $0.gap == .tradeoff })?.isClear == true { rating = min(rating, .notInclined) }
        return StoryRating(rating: rating, evidence: citations(in: story), points: share * 8)
    }

    static func rateCase(_ story: AnswerAnalysis, findings: [GapFinding], context: FollowUpContext) -> StoryRating {
        let expected = context.caseGaps
        let open = Set(findings.map(\.gap))
        let covered = expected.filter { !open.contains($0) }
        let share = Double(covered.count) / Double(max(expected.count, 1))
        let evidence = covered.prefix(4).compactMap { GapSpec.of($0).finding(in: story, context: context.gapContext).evidence.first?.text }
        let strongShare = context.level >= .l6 ? 0.95 : 0.85
        let rating: Rating = share >= strongShare ? .strongHire : share >= 0.75 ? .inclined : share >= 0.3 ? .notInclined : .strongNoHire
        return StoryRating(rating: rating, evidence: evidence, points: share * 8)
    }

    /// A recruiter screen passes a candidate on or not: it does not produce strong votes either way.
    static func rateScreen(_ story: AnswerAnalysis) -> StoryRating {
        let concrete = story.has(.quantity) || story.has(.actionByMe) || story.has(.situation)
        let vague = story.isHypothetical || story.count(.hedge) > 3
        let rating: Rating = concrete && !vague ? .inclined : .notInclined
        let evidence = [story.first(.quantifiedResult) ?? story.first(.quantity), story.first(.actionByMe)].compactMap { $0?.text }
        return StoryRating(rating: rating, evidence: evidence, points: rating == .inclined ? 3 : 2)
    }

    /// The quotes a rating stands on: the candidate's own steps, the numbers, the choice, the lesson.
    static func citations(in story: AnswerAnalysis) -> [String] {
        var evidence: [String] = []
        for kind in [SignalKind.actionByMe, .quantifiedResult, .tradeoff, .learning] {
            if let first = story.first(kind), evidence.count < 4, !evidence.contains(first.text) { evidence.append(first.text) }
        }
        if evidence.isEmpty, let first = story.first(.actionByUs) ?? story.first(.hypothetical) ?? story.first(.generic) ?? story.first(.result) {
            evidence.append(first.text)
        }
        return evidence
    }
}
