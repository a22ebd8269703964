/// Decides whether a story leaves one gap open. Each rule carries answers that must trigger it
/// and answers that must not; in a triggering example, `[[…]]` marks the words a probe should quote.
public protocol GapRule: Sendable {
    var gap: Gap { get }
    func isOpen(in story: AnswerAnalysis) -> Bool
    var examples: RuleExamples { get }
}

/// A rule's own proof: answers it must flag and answers it must leave alone.
public struct RuleExamples: Sendable {
    public var triggering: [String]
    public var nonTriggering: [String]

    public init(triggering: [String], nonTriggering: [String]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Every rule, in the order a bar raiser checks a story.
public enum GapRules {
    public static let behavioural: [any GapRule] = [
        SpecificityRule(), SituationRule(), ActionRule(), OwnershipRule(), ResultRule(), MetricsRule(),
        TradeoffRule(), CustomerRule(), LearningRule(),
    ]

    public static let cases: [any GapRule] = CasePartRule.all

    public static let all: [any GapRule] = behavioural + cases
}
