extension GapSpec {
    /// No reflection: nothing the candidate would do differently or has learned.
    public static let learning = GapSpec(
        gap: .learning, severity: 0.3, planSeverity: 0, raisedBy: [.learnAndBeCurious: 0.35, .hireAndDevelopTheBest: 0.35],
        phrasings: [
            "Looking back on '{q}': what would you do differently next time?",
            "What did you learn from this that changed how you work now?",
        ],
        flavoured: [
            .learnAndBeCurious: ["What did you learn from '{q}', and how have you used it since?",
                                 "What did you learn from this, and how have you used it since?"],
        ],
        firm: "Humour me: one thing you'd do differently.",
        reason: "there was no reflection on what you would do differently",
        advice: "Close with what you would do differently now.",
        examples: GapExamples(
            open: [
                "Last year I owned returns and [[I cut the refund time from 9 days to 2]].",
            ],
            covered: [
                "Looking back, I should have involved support earlier.",
                "If I did it again I'd test with existing customers too.",
                "What I learned: ask the experts for their failure stories first.",
                "Fixed the feed parser in a day. Should have had an alert on the import count from the start.",
                "After that night I learn to always split the errors by app version first.",
                "Complaints fell to 40 a week. If I do again I will start the pilot before the rainy season.",
                "What I will do different is to test the new layout before the peak weeks.",
            ]),
        check: { story, _ in
            story.has(.learning) ? .covered() : .open(GapFinding.weak, story.signals[.actionByMe]?.last ?? story.signals[.actionByUs]?.last)
        })
}
