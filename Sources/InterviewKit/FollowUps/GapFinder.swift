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
        var open: [Gap] = []
        let noStory = !story.has(.actionByMe) && !story.has(.actionByUs) && !story.has(.result)
        if story.isHypothetical || (noStory && !story.has(.situation)) || (noStory && story.count(.hedge) >= 2) {
            open.append(.specificity)
        }
        if !story.has(.situation) && !story.has(.task) { open.append(.situation) }
        if !story.has(.actionByMe) && !story.has(.actionByUs) { open.append(.action) }
        if story.ownershipUnclear { open.append(.ownership) }
        if !story.has(.result) && !story.has(.quantifiedResult) { open.append(.result) }
        if !story.has(.quantifiedResult) || story.has(.vagueResult) { open.append(.metrics) }
        if !story.has(.tradeoff) { open.append(.tradeoff) }
        if !story.has(.customerImpact) && !story.has(.customer) { open.append(.customer) }
        if !story.has(.learning) { open.append(.learning) }
        return ordered(open, principles: principles)
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

    /// Whether a story covers a case gap.
    public static func covers(_ story: AnswerAnalysis, _ gap: Gap) -> Bool {
        switch gap {
        case .hypothesis: story.has(.hypothesis)
        case .successMetric: story.has(.successMetric)
        case .experiment: story.has(.experiment)
        case .prioritization: story.has(.alternatives) || story.has(.mvp) || story.has(.tradeoff)
        case .constraints: story.has(.constraints)
        case .segment: story.has(.segment)
        case .positioning: story.has(.positioning) || story.has(.competition)
        case .pricing: story.has(.pricing)
        case .promotion: story.has(.promotion)
        case .distribution: story.has(.distribution)
        case .measurableGoal: story.has(.measurableGoal)
        case .metrics: story.has(.quantifiedResult) && !story.has(.vagueResult)
        case .result: story.has(.result)
        case .customer: story.has(.customer)
        case .tradeoff: story.has(.tradeoff)
        case .learning: story.has(.learning)
        case .situation: story.has(.situation) || story.has(.task)
        case .action: story.has(.actionByMe) || story.has(.actionByUs)
        case .ownership: !story.ownershipUnclear
        case .specificity: !story.isHypothetical
        case .depth: false
        }
    }

    /// The case gaps of each track, in the order a case walks through them.
    public static func caseOrder(for track: Track) -> [Gap] {
        switch track {
        case .pm: [.hypothesis, .successMetric, .experiment, .prioritization, .constraints]
        case .pmm: [.segment, .positioning, .pricing, .promotion, .distribution, .measurableGoal]
        }
    }
}
