extension GapSpec {
    /// A story without its context: where, when, what was at stake.
    public static let situation = GapSpec(
        gap: .situation, severity: 0.8,
        phrasings: [
            "Set the scene for me first: where were you, what was the goal, and why did it matter at the time?",
            "Before we go on: what was the context? What was at stake, and for whom?",
        ],
        firm: "Give me the context in one sentence: where, when, what was at stake.",
        reason: "the context (where, when, what was at stake) was missing",
        advice: "Open with the context in two sentences: where, when, what was at stake.",
        examples: GapExamples(
            open: [
                "I cut the form from 9 fields to 4 and I merged two screens. Completion went from 58% to 71%.",
            ],
            covered: [
                "PM for internal reporting at a hotel group, about 90 hotels. Interviewed eight revenue managers. Built the five reports they used in our existing tool. 82% of them used it weekly after two months.",
                "Owned checkout for an online travel agency. Found the biggest drop at the card check. Turned on the exemption for small bookings. Mobile conversion went from 2.1% to 2.5%.",
                "Situation: our biggest reseller threatened to leave over late invoices.\nAction: I moved invoicing to the first of the month.",
                "In 2022 I was PM for onboarding at a fintech. I cut the form from 9 fields to 4.",
                "My manager wanted to ship the ranking change to everyone at once. I asked for a 10% test first.",
                "I was responsible for the seller onboarding funnel and it was losing half of new sellers.",
                "Context: the billing page confused new accounts and support could not keep up.\nAction: I rewrote it.",
            ]),
        check: { story, context in
            guard context.framing != .plan else { return .covered() }
            // A Situation heading over one short line ("(S) There was a project that was behind.")
            // names the setting without what was at stake: thin, unless a figure, a name or the
            // problem tells some of it.
            if let words = story.sectionWords[.situation], words < 8, !story.has(.quantity), !story.has(.namedDetail), !story.has(.problem) {
                return .open(GapFinding.weak, story.first(.situation))
            }
            if story.has(.situation) { return .covered() }
            // A task ("Task: get the client live before their opening") says what was to be done,
            // not what was at stake or for whom: thin rather than missing.
            if story.has(.task) { return .open(GapFinding.weak) }
            // No scene set, but the problem, a date or a name tells part of it ("a bug that hit 3% of
            // orders", "on 3 May"): thin rather than missing.
            if story.has(.problem) || story.has(.timeFrame) || (story.has(.namedDetail) && !story.opensOnAStep) { return .open(GapFinding.weak) }
            // One that opens on something other than a step ("our sprint planning took three
            // hours", "the first version was very simple") tells some of what was wrong.
            if !story.opensOnAStep { return .open(GapFinding.weak) }
            return .open(GapFinding.clear)
        })
}
