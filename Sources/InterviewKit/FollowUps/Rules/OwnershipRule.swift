/// The story is told as "we": the candidate's own part is unclear.
public struct OwnershipRule: GapRule {
    public let gap = Gap.ownership

    public func isOpen(in story: AnswerAnalysis) -> Bool { story.ownershipUnclear }

    public let examples = RuleExamples(
        triggering: [
            "At my last job [[we redesigned the whole onboarding]]. We tested three versions and we launched the best one. Activation went up 9%.",
        ],
        nonTriggering: [
            "At my last job I redesigned the onboarding. We tested three versions and I chose the simplest one.",
            "I wrote the spec, I ran the test and we launched it together.",
        ])
}
