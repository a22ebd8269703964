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

/// Rates a story on Amazon's scale. It does not flatter: a story earns points only for what it
/// shows, loses them for hypotheticals, vagueness and dodged probes, and says when too little was said.
public enum StoryScorer {
    /// Fewer words than this across a story is too little to judge.
    public static let minimumWords = 25

    public static func rate(_ story: AnswerAnalysis, kind: QuestionKind, track: Track, level: Level,
                            principles: [Principle] = [], expectedGaps: [Gap] = [], dodged: [Gap] = []) -> StoryRating {
        if story.wordCount < minimumWords || [.gibberish, .empty, .offTopic, .noExample].contains(story.issue) {
            return StoryRating(rating: .insufficientEvidence, evidence: [], points: nil)
        }
        if let flag = story.first(.redFlag) {
            return StoryRating(rating: .strongNoHire, evidence: [flag.text], points: 0)
        }
        switch kind {
        case .case: return rateCase(story, track: track, level: level, expectedGaps: expectedGaps)
        case .screen: return rateScreen(story)
        case .behavioural: return rateBehavioural(story, level: level, principles: principles, dodged: dodged)
        }
    }

    static func rateBehavioural(_ story: AnswerAnalysis, level: Level, principles: [Principle], dodged: [Gap]) -> StoryRating {
        var points = 0.0
        var evidence: [String] = []
        func credit(_ kind: SignalKind, _ value: Double, cite: Bool = true) {
            guard let first = story.first(kind) else { return }
            points += value
            if cite && evidence.count < 4 && !evidence.contains(first.text) { evidence.append(first.text) }
        }
        if story.has(.situation) || story.has(.task) { points += 1 }
        credit(.actionByMe, 1.5)
        if !story.has(.actionByMe) && story.has(.actionByUs) { points += 0.5 }
        if story.has(.actionByMe) && !story.ownershipUnclear { points += 0.5 }
        if story.has(.result) { points += 1 }
        credit(.quantifiedResult, 1.5)
        credit(.tradeoff, 0.75)
        if story.has(.customerImpact) { points += 0.75 } else if story.has(.customer) { points += 0.4 }
        if story.has(.evidence) { points += 0.4 }
        credit(.learning, 0.6)
        if story.has(.broadScope) { points += 0.5 }
        if story.isHypothetical { points -= 2.5 }
        if story.count(.hedge) > 3 && !story.has(.quantifiedResult) { points -= 0.5 }
        if story.has(.unmeasured) && !story.has(.quantifiedResult) { points -= 0.5 }
        points -= Double(dodged.count)

        let bar = TrackEmphasis.bar(for: level)
        var rating: Rating
        if points >= bar.strongHire { rating = .strongHire }
        else if points >= bar.inclined { rating = .inclined }
        else if points >= 1.5 { rating = .notInclined }
        else { rating = .strongNoHire }
        // Caps: what a bar raiser would not pass, however many points the rest earned.
        let open = GapFinder.behaviouralGaps(in: story, principles: principles)
        func cap(_ ceiling: Rating) { if rating > ceiling { rating = ceiling } }
        if level >= .l6 && !story.has(.broadScope) { cap(.inclined) }
        if open.contains(.metrics) || open.contains(.situation) || open.contains(.action) { cap(.inclined) }
        if let promoted = principles.first.flatMap(GapFinder.promotedGap(for:)), open.contains(promoted) { cap(.inclined) }
        if open.contains(.result) || story.ownershipUnclear { cap(.notInclined) }
        if story.isHypothetical { rating = .notInclined }
        if evidence.isEmpty, let first = story.first(.actionByUs) ?? story.first(.hypothetical) ?? story.first(.result) {
            evidence.append(first.text)
        }
        return StoryRating(rating: rating, evidence: evidence, points: points)
    }

    static func rateCase(_ story: AnswerAnalysis, track: Track, level: Level, expectedGaps: [Gap]) -> StoryRating {
        let expected = expectedGaps.isEmpty ? GapFinder.caseOrder(for: track) : expectedGaps
        let covered = expected.filter { GapFinder.covers(story, $0) }
        let share = Double(covered.count) / Double(max(expected.count, 1))
        let evidence = covered.prefix(4).compactMap { gap in evidenceFor(gap, in: story)?.text }
        let strongShare = level >= .l6 ? 0.95 : 0.85
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

    static func evidenceFor(_ gap: Gap, in story: AnswerAnalysis) -> Evidence? {
        GapFinder.caseSignals[gap]?.lazy.compactMap { story.first($0) }.first
    }
}
