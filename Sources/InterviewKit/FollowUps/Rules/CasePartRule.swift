/// A part of a case that the answer leaves out. A heading alone ("Pricing:") or a hand-off
/// ("marketing will handle it") does not cover a part.
public struct CasePartRule: GapRule {
    public let gap: Gap
    public let examples: RuleExamples

    public func isOpen(in story: AnswerAnalysis) -> Bool { !GapFinder.covers(story, gap) }

    public static let all: [CasePartRule] = [
        CasePartRule(gap: .hypothesis, examples: RuleExamples(
            triggering: ["Build a one-tap reorder button on the home screen and launch it to everyone."],
            nonTriggering: ["My hypothesis is that people abandon because they cannot see the product."])),
        CasePartRule(gap: .successMetric, examples: RuleExamples(
            triggering: ["We add a confirmation screen for new items and ship it in the next release."],
            nonTriggering: ["The success metric is voice order conversion, with returns as a guardrail."])),
        CasePartRule(gap: .experiment, examples: RuleExamples(
            triggering: ["Then we launch it to all customers and monitor the numbers weekly."],
            nonTriggering: ["I would run an A/B test on 10% of traffic for two weeks against a control group."])),
        CasePartRule(gap: .prioritization, examples: RuleExamples(
            triggering: ["The feature shows a photo of the door and sends a text to the driver."],
            nonTriggering: ["I pick the photo option over lockers because it needs no hardware; the MVP is one city."])),
        CasePartRule(gap: .constraints, examples: RuleExamples(
            triggering: ["Users get a reminder and a one-tap button to reorder."],
            nonTriggering: ["The risk is latency: the scan must answer in under 200 ms, and storage cost per image."])),
        CasePartRule(gap: .segment, examples: RuleExamples(
            triggering: ["Target is basically everyone building with AI right now."],
            nonTriggering: ["The first segment is small game studios with fewer than 50 people."])),
        CasePartRule(gap: .positioning, examples: RuleExamples(
            triggering: ["We launch with a blog post and a webinar."],
            nonTriggering: ["Positioning: unlike the incumbent databases, it needs no servers and no tuning at all."])),
        CasePartRule(gap: .pricing, examples: RuleExamples(
            triggering: ["Pricing:\nPromotion: a launch event and search ads."],
            nonTriggering: ["Pricing is a free tier, then $29 per month per seat."])),
        CasePartRule(gap: .promotion, examples: RuleExamples(
            triggering: ["Promotion: marketing team will handle the campaigns."],
            nonTriggering: ["Promotion: an email campaign to current members and search ads at launch."])),
        CasePartRule(gap: .distribution, examples: RuleExamples(
            triggering: ["It costs $10 a month and we announce it at the keynote."],
            nonTriggering: ["Distribution: self-serve in the console, plus the partner channel for larger accounts."])),
        CasePartRule(gap: .measurableGoal, examples: RuleExamples(
            triggering: ["Goal: make it a big success and grow awareness."],
            nonTriggering: ["Goal: 5,000 active customers within 6 months of launch."])),
    ]
}
