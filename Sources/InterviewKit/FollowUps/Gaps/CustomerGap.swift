extension GapSpec {
    /// No customer in the story, and nothing about what changed for them.
    public static let customer = GapSpec(
        gap: .customer, severity: 0.95, planSeverity: 0.55, raisedBy: [.customerObsession: 0.1, .earnTrust: 0],
        phrasings: [
            "You said '{q}'. What did that mean for the customer? How would they have noticed?",
            "Who was the customer here, and what changed for them?",
        ],
        flavoured: [
            .customerObsession: ["You said '{q}'. Where is the customer in this? What did they experience before and after?",
                                 "How did you know what the customer needed: what did you hear from them directly?"],
            .earnTrust: ["You said '{q}'. How would the other side tell this story?",
                         "If I called the person on the other side of this, what would they say you did?"],
        ],
        planPhrasings: [
            "You said '{q}'. Who exactly is this for, and what would change for them on day one?",
            "Which customers is this for, and what problem of theirs does it solve?",
        ],
        byQuote: [
            (.personalContext, ["You said '{q}'. Who beyond you depended on this, and what was at stake for them?"]),
        ],
        firm: "Let me ask again: what did this change for the customer?",
        reason: "the customer and what changed for them were missing",
        advice: "Say who the customer was and what changed for them.",
        examples: GapExamples(
            open: [
                "[[For a course project last semester]], I built a study planner with two classmates. I wrote the scheduling logic and we demoed it in class.",
                "[[I wanted to get promoted this year]], so I took over the quarterly planning deck. I rebuilt the template and I presented it to the VPs, and my manager said it was the best one yet.",
                "[[Getting promoted to senior PM in a year]]. I ran the monthly roadmap review and I took over the planning deck so that leadership saw my work.",
                "Another team wanted to take over our reporting service. I argued in the staff meeting that we knew the code best, and the director kept it with us, which mattered because [[it was the biggest piece of my scope that year]].",
            ],
            covered: [
                "Sellers kept calling support, so I rewrote the listing flow and seller contacts dropped 30%.",
                "I changed the page and complaints went down by half.",
            ]),
        check: { story, context in
            if story.has(.customer) || story.has(.customerImpact) { return .covered() }
            let outcome = story.signals[.result]?.last ?? story.signals[.actionByMe]?.last
            // A story with no business stake at all (a class project, a move, a hobby) is about the
            // candidate: who it was for is the first thing to ask.
            if story.has(.personalContext) { return .open(GapFinding.clear, story.first(.personalContext), outcome) }
            // One that never speaks of work, nor of school or home, may be a view rather than a story:
            // its missing customer is less sure.
            if !story.mentionsWork { return .open(0.8, outcome) }
            // At work, it matters when the principle under test is about the customer, and otherwise
            // comes after everything else (below the ranking's minimum, so it never has a probe of its own).
            let tested = context.principles.prefix(2).contains { $0 == .customerObsession || $0 == .earnTrust }
            return .open(tested ? 0.74 : 0.2, outcome)
        })
}
