/// Ranks the gaps a story leaves open. A gap's score is how clearly the story leaves it open times
/// how much a bar raiser wants it first (its spec's severity, raised by the principles under test
/// and by the question asking for it), plus a little for the track's emphasis. The weights that
/// combine them are here, in one place.
public enum GapRanking {
    /// A gap scoring below this is not worth a probe of its own: the probe goes deeper instead. A
    /// strong story with a number and no baseline, or no choice told, is asked about its strongest
    /// claim before that.
    public static let minimumScore = 0.25
    /// A gap scoring at or above this still keeps a story from a strong vote, though it may be
    /// too slight to be asked first.
    static let strongVoteScore = 0.2
    /// How much of `TrackEmphasis.gapBoost` a track's emphasis adds to an open gap's score.
    static let trackWeight = 0.1
    /// How much a gap the question names outright ("How did you balance…?") adds to its severity.
    static let namedWeight = 0.25
    /// How much a question about a decision or a risk taken adds to the gap it asks for.
    static let decisionWeight = 0.25

    /// The gaps a story leaves open for this question, most important first, each with its finding.
    public static func openGaps(in story: AnswerAnalysis, context: FollowUpContext) -> [GapFinding] {
        switch context.question.kind {
        case .case:
            // A case walks its parts in order: the first part left out is asked first.
            return context.caseGaps.map { GapSpec.of($0).finding(in: story, context: context.gapContext) }.filter(\.isOpen)
        case .screen:
            return screenGaps(in: story)
        case .behavioural:
            // One pass over the specs, each read in place: chained maps copied every spec, with all
            // its lists and texts, into tuples twice over.
            let specs = GapSpec.behavioural
            let gapContext = context.gapContext
            var ranked: [(finding: GapFinding, score: Double)] = []
            ranked.reserveCapacity(specs.count)
            for index in specs.indices {
                let finding = specs[index].finding(in: story, context: gapContext)
                if finding.isOpen { ranked.append((finding, score(finding, spec: specs[index], context: context))) }
            }
            return ranked.sorted { $0.score > $1.score }.map(\.finding)
        }
    }

    /// A gap's place in the ranking.
    public static func score(_ finding: GapFinding, spec: GapSpec, context: FollowUpContext) -> Double {
        let raise = context.question.principles.prefix(2).compactMap { spec.raisedBy[$0] }.max() ?? 0
        let severity = context.framing == .plan ? spec.planSeverity : spec.severity
        let asked = switch context.askedGaps[spec.gap] {
        case .named: namedWeight
        case .aboutADecision: decisionWeight
        case nil: 0.0
        }
        return finding.strength * (severity + raise + asked + trackWeight * TrackEmphasis.gapBoost(spec.gap, on: context.track))
    }

    /// Whether a gap is open enough to count against a strong vote.
    static func leavesStrongVoteOpen(_ finding: GapFinding, context: FollowUpContext) -> Bool {
        isOpen(finding, atLeast: strongVoteScore, context: context)
    }

    /// Whether a gap is open enough to be worth its own probe.
    public static func deservesProbe(_ finding: GapFinding, context: FollowUpContext) -> Bool {
        isOpen(finding, atLeast: minimumScore, context: context)
    }

    /// A case or screen counts every open gap; a story, those whose score reaches `floor`.
    private static func isOpen(_ finding: GapFinding, atLeast floor: Double, context: FollowUpContext) -> Bool {
        switch context.question.kind {
        case .case, .screen: finding.isOpen
        case .behavioural: score(finding, spec: GapSpec.of(finding.gap), context: context) >= floor
        }
    }

    /// A recruiter screen wants one concrete example, and a number where an outcome is claimed.
    static func screenGaps(in story: AnswerAnalysis) -> [GapFinding] {
        if story.isHypothetical || (story.wordCount < 25 && !story.has(.quantity)) || story.count(.hedge) > 3 {
            return [GapFinding(gap: .specificity, strength: GapFinding.clear, evidence: [story.first(.hypothetical) ?? story.first(.hedge)].compactMap { $0 })]
        }
        if story.has(.result) && !story.has(.quantifiedResult) {
            return [GapFinding(gap: .metrics, strength: GapFinding.clear, evidence: [story.first(.vagueResult) ?? story.first(.result)].compactMap { $0 })]
        }
        return []
    }
}
