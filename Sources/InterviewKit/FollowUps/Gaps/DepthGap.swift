extension GapSpec {
    /// Nothing important is missing: the probe goes one level deeper into the strongest claim.
    public static let depth = GapSpec(
        gap: .depth, severity: 0,
        phrasings: [
            "You said '{q}'. How exactly was that measured, and what else could explain the change?",
            "Say you had half the time. What would you have cut, and what would you have kept?",
            "What was the hardest moment in that, and what was the decision you made there?",
        ],
        flavoured: [
            .diveDeep: ["You said '{q}'. How was that computed, exactly, and what else could explain the change?",
                        "Walk me one level deeper: what did the data actually show, and what surprised you in it?"],
            .ownership: ["What did you take on here that was outside your job description?"],
            .earnTrust: ["How would the other side tell this story, and where would they disagree with you?"],
        ],
        // A plan asked for in a story round ("How would you…") has no past to measure: going deeper
        // asks about its assumptions, risks and cuts.
        planPhrasings: [
            "Which assumption in that plan are you least sure of, and how would you test it first?",
            "What is the biggest risk in that plan, and what early signal would tell you it is going wrong?",
            "Say you had half the time. What would you cut from that plan, and what would you keep?",
        ],
        firm: "Let me go one level deeper on that: how exactly did you know?",
        reason: "nothing important was missing, so the interviewer goes deeper into the strongest claim",
        advice: "Be ready to explain how each number was computed.",
        examples: GapExamples(open: [], covered: []),
        check: { story, _ in
            // The strongest claim is the outcome's number that compares, told last as a story ends,
            // or a before and after, or a figure on an outcome that moved or ended something ("cost
            // fell by $100k a year", "failures dropped to zero"). Its baseline may be told already,
            // so the probe asks how it was measured and what else could explain the change. A
            // figure on no change ("a team of 9 said…", "implemented pages for 5 errors") leaves
            // nothing to explain: with no such number, the probe asks without a quote.
            .open(0, story.signals[.comparedResult]?.last ?? story.first(.beforeAfter)
                ?? story.signals[.quantifiedResult]?.last { tellsAChange($0) || tellsAnAbsence($0) })
        })
}
