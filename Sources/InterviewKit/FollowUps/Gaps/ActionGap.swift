extension GapSpec {
    /// Nothing concrete done: no steps, or only effort ("I tried to power through", "made sure").
    /// For a plan, no proposal at all.
    public static let action = GapSpec(
        gap: .action, severity: 0.8, planSeverity: 0.9,
        phrasings: [
            "You said '{q}'. Walk me through what you actually did, step by step.",
            "What did you do? Not the plan: the actions, in order.",
        ],
        firm: "What did you actually do? One concrete action.",
        reason: "the answer did not say what was actually done, step by step",
        advice: "Spend most of the answer on what you did, step by step.",
        examples: GapExamples(
            open: [
                "It was a hard quarter at my last company and the launch was at risk. [[In the end the launch happened on time]] and it was a success.",
                "The release was late and everyone was stressed at my last job. [[I tried to stay positive]] and I focused on the deadline. In the end the release went out on time.",
            ],
            covered: [
                "It was a hard quarter. I rewrote the plan and I cut two features.",
                "We rebuilt the checkout in six weeks.",
                "Action:\n- Mapped the refund flow with support\n- Built a rule for duplicate claims\n- Ran it on last month's claims first",
            ]),
        check: { story, context in
            let steps = story.count(.actionByMe) + story.count(.actionByUs) + story.count(.passiveAction)
            if context.framing == .plan {
                let proposals = story.count(.hypothetical) + steps + story.count(.mvp) + story.count(.experiment)
                return proposals == 0 ? .open(GapFinding.clear) : proposals == 1 ? .open(GapFinding.weak, story.first(.hypothetical)) : .covered()
            }
            let concrete = story.concreteActions
            if steps == 0 { return .open(GapFinding.clear, story.first(.result) ?? story.first(.task)) }
            if concrete == 0 { return .open(GapFinding.clear, story.first(.vagueAction)) }
            // An Action heading over a few words ("Prioritize tasks. App submit.") lists no real steps.
            if let words = story.sectionWords[.action], words < 12 { return .open(GapFinding.clear, story.first(.actionByMe)) }
            if concrete == 1 && story.wordCount >= StoryScorer.minimumWords {
                return .open(0.8, story.first(.vagueAction) ?? story.first(.actionByMe) ?? story.first(.actionByUs))
            }
            return .covered()
        })
}
