/// Decides which gaps a story leaves open, most important first.
public enum GapFinder {
    /// The order a bar raiser checks a behavioural story in: no point asking for the number if
    /// there is no story, nor about the trade-off before knowing what was done.
    public static let behaviouralOrder: [Gap] = [
        .specificity, .situation, .action, .ownership, .result, .metrics, .tradeoff, .customer, .learning,
    ]

    /// The gap each principle cares about most, raised to just after `metrics`.
    public static func promotedGap(for principle: Principle) -> Gap? {
        switch principle {
        case .customerObsession, .earnTrust: .customer
        case .haveBackbone, .areRightALot, .biasForAction, .frugality, .inventAndSimplify: .tradeoff
        case .learnAndBeCurious, .hireAndDevelopTheBest: .learning
        default: nil
        }
    }

    /// Open gaps in a behavioural story, in the order they should be probed.
    public static func behaviouralGaps(in story: AnswerAnalysis, principles: [Principle]) -> [Gap] {
        ordered(GapRules.behavioural.filter { $0.isOpen(in: story) }.map(\.gap), principles: principles)
    }

    static func ordered(_ open: [Gap], principles: [Principle]) -> [Gap] {
        var order = behaviouralOrder
        if let promoted = principles.first.flatMap(promotedGap(for:)), let metricsIndex = order.firstIndex(of: .metrics) {
            order.removeAll { $0 == promoted }
            order.insert(promoted, at: order.index(after: metricsIndex))
        }
        return order.filter(open.contains)
    }

    /// The gaps a case answer leaves open among those asked for, in the order given.
    public static func caseGaps(in story: AnswerAnalysis, expected: [Gap]) -> [Gap] {
        expected.filter { !covers(story, $0) }
    }

    /// The signals that show each part of a case, any one of which covers it.
    public static let caseSignals: [Gap: [SignalKind]] = [
        .hypothesis: [.hypothesis], .successMetric: [.successMetric], .experiment: [.experiment],
        .prioritization: [.alternatives, .mvp, .tradeoff], .constraints: [.constraints], .segment: [.segment],
        .positioning: [.positioning, .competition], .pricing: [.pricing], .promotion: [.promotion],
        .distribution: [.distribution], .measurableGoal: [.measurableGoal],
    ]

    /// Whether a story covers a gap: by its rule for story gaps, by its signals for case parts.
    public static func covers(_ story: AnswerAnalysis, _ gap: Gap) -> Bool {
        if let rule = GapRules.behavioural.first(where: { $0.gap == gap }) { return !rule.isOpen(in: story) }
        // Positioning is against something: a claim with no alternative named is not yet a position.
        if gap == .positioning {
            return story.has(.competition) && (story.has(.positioning) || story.has(.alternatives))
        }
        return caseSignals[gap]?.contains(where: story.has) ?? false
    }

    /// The case gaps of each track, in the order a case walks through them.
    public static func caseOrder(for track: Track) -> [Gap] {
        switch track {
        case .pm: [.hypothesis, .successMetric, .experiment, .prioritization, .constraints]
        case .pmm: [.segment, .positioning, .pricing, .promotion, .distribution, .measurableGoal]
        }
    }
}
