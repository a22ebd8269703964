extension GapSpec {
    /// How open the trade-off is in a story that tells no decision: no words show a choice to
    /// probe, so it is too little for a probe of its own unless the question asks about a choice.
    /// A strong story of that kind is asked about its strongest claim instead.
    static let noDecisionStrength = 0.3

    /// A choice with no alternatives, costs or risks: what was given up is the bar raiser's next question.
    public static let tradeoff = GapSpec(
        gap: .tradeoff, severity: 0.6, planSeverity: 0.85,
        raisedBy: [.haveBackbone: 0.05, .areRightALot: 0.05, .biasForAction: 0.05, .frugality: 0.05, .inventAndSimplify: 0.05],
        phrasings: [
            "You said '{q}'. What did you give up to do that, and what were the alternatives?",
            "What other options did you consider, and why did you reject them?",
            "What was the cost of that choice? What didn't get done because of it?",
        ],
        flavoured: [
            .haveBackbone: ["You said '{q}'. What did it cost you to push back, and what would you have lost by staying quiet?",
                            "What was the strongest argument on the other side, and why did you still disagree?"],
            .frugality: ["You said '{q}'. What did you do without, and what did the constraint force you to invent?",
                         "What did you do without, and what did the constraint force you to invent?"],
        ],
        planPhrasings: [
            "You said '{q}'. What would that choice cost you, and which option would you turn down for it?",
            "What would you give up to do this, and what is the strongest alternative you would not pick?",
        ],
        firm: "There's always a cost. What did you give up?",
        reason: "a choice was made with no alternatives, costs or risks mentioned",
        advice: "Name what you gave up and the options you turned down.",
        examples: GapExamples(
            open: [
                "Last year [[I decided to move the launch to the new platform]] and activation went from 30% to 36% in a month.",
            ],
            covered: [
                "I chose to fix the form instead of rebuilding the flow, which meant giving up saved addresses for a quarter.",
                "I held the launch 3 weeks, which meant we lost the holiday campaign slot.",
                "I pushed the loyalty feature back by one quarter to make room for it.",
                "With one sprint left I picked the live dashboard and paused the export feature to put both engineers on it.",
                "I put the partner API on hold for a month so the team could fix the billing bugs first.",
                "I swapped the loading order of the two docks for a fortnight; the cost was ten extra minutes for the early vans.",
                "I lent two of my engineers to the identity team. That cost a sprint of my own roadmap, which I told my manager first.",
                "I proposed texting riders before pickup. Support was nervous about the message volume, so we tried it in one city first.",
            ]),
        check: { story, context in
            // A plan names options all the way through ("prioritise", "option 2"): it has weighed
            // them only where it says what the choice risks or gives up.
            if context.framing == .plan {
                // The words quoted are a choice the plan makes, not a step every plan has ("ask
                // clarifying questions", "define the personas") nor a heading.
                let choice = story.first(.decision) ?? story.signals[.hypothetical]?.first { Self.proposesAChoice($0.text) }
                return story.has(.risk) ? .covered() : .open(GapFinding.clear, choice)
            }
            if story.has(.tradeoff) { return .covered() }
            if let decision = story.first(.decision) { return .open(GapFinding.clear, decision) }
            // No decision told: no words show the gap, so the probe asks without a quote, and only
            // when the question is about a choice; otherwise the next probe goes deeper.
            return .open(Self.noDecisionStrength)
        })
}

extension GapSpec {
    /// Whether a step of a plan proposes something of its own: four words or more, and none of
    /// the steps every plan has nor the clarifying questions it opens with.
    static func proposesAChoice(_ text: String) -> Bool {
        let words = text.lowercasedWords
        return words.count >= 4 && !isProcessStep(text) && !words.contains { $0.hasPrefix("clarif") || $0 == "questions" || $0 == "question" }
    }
}
