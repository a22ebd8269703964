/// No customer in the story, and nothing about what changed for them.
public struct CustomerRule: GapRule {
    public let gap = Gap.customer

    public func isOpen(in story: AnswerAnalysis) -> Bool { !story.has(.customer) && !story.has(.customerImpact) }

    public let examples = RuleExamples(
        triggering: [
            "In 2022 I moved from a consumer app role to the finance team. I read the whole spec and [[we passed the certification on first try]].",
        ],
        nonTriggering: [
            "Sellers kept calling support, so I rewrote the listing flow and seller contacts dropped 30%.",
            "I changed the page and complaints went down by half.",
        ])
}
