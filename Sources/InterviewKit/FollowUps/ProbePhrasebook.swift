/// How probes are worded. `{q}` stands for the candidate's quoted words; a phrasing with `{q}` is used
/// only when there is a quote. Several phrasings per gap keep a long session from sounding canned.
enum ProbePhrasebook {
    static func phrasings(for gap: Gap, principle: Principle?, kind: QuestionKind = .behavioural) -> [String] {
        if gap == .depth && kind == .case { return caseDepth }
        if gap == .depth && kind == .screen { return screenDepth }
        if gap == .specificity && kind == .case { return caseSpecificity }
        if let principle, let flavoured = flavoured[principle]?[gap] { return flavoured }
        return plain[gap] ?? ["Tell me more about that."]
    }

    /// Going deeper on a part of a case that holds up: its assumptions, risks and cuts.
    static let caseDepth = [
        "Which assumption in that part are you least sure of, and how would you find out quickly?",
        "What is the biggest risk in that plan, and what early signal would tell you it is going wrong?",
        "Say you had half the time and half the budget. What would you cut from that part, and what would you keep?",
        "Who inside the company would push back on that, and what would you tell them?",
        "How would this look different for the customer on day one versus after a year?",
    ]

    /// Going deeper on a screen answer: the candidate's own part and why it matters for the role.
    static let screenDepth = [
        "What was your part in that, specifically?",
        "Why does that matter for the role you are applying for?",
        "What would your last manager say is the thing you are best at?",
    ]

    /// A case answer that stays abstract.
    static let caseSpecificity = [
        "Make that concrete for this case: what exactly would you do, for whom, and in what order?",
        "That is still general. Pick one option and commit to it: what do you choose, and why?",
    ]

    static func firm(for gap: Gap) -> String {
        firmPhrasings[gap] ?? "I'm going to press on that once more: \(plain[gap]?.last ?? "be specific.")"
    }

    static let plain: [Gap: [String]] = [
        .specificity: [
            "You said '{q}'. I'm after a real example, not what you would do: pick one specific time it happened. What was going on?",
            "That sounds like how you usually work. Take me to one particular time: when was it, and what was at stake?",
            "Let's make this concrete. Which project, which quarter, and what exactly happened?",
        ],
        .situation: [
            "Set the scene for me first: where were you, what was the goal, and why did it matter at the time?",
            "Before we go on: what was the context? What was at stake, and for whom?",
        ],
        .action: [
            "You said '{q}'. Walk me through what you actually did, step by step.",
            "What did you do? Not the plan: the actions, in order.",
        ],
        .ownership: [
            "You said '{q}'. What did you personally do there, as opposed to the team?",
            "I keep hearing 'we'. Which of those decisions were yours, and what did you do yourself?",
            "If I asked your teammates what your part was, what would they say?",
        ],
        .result: [
            "You said '{q}'. And then what happened? What was the outcome?",
            "How did it end? What was different afterwards?",
        ],
        .metrics: [
            "You said '{q}'. By how much, and against what baseline?",
            "What's the number? What moved, from what to what, and over what period?",
            "How did you know it worked? Which metric, and what did it read before and after?",
        ],
        .tradeoff: [
            "You said '{q}'. What did you give up to do that, and what were the alternatives?",
            "What other options did you consider, and why did you reject them?",
            "What was the cost of that choice? What didn't get done because of it?",
        ],
        .customer: [
            "You said '{q}'. What did that mean for the customer? How would they have noticed?",
            "Who was the customer here, and what changed for them?",
        ],
        .learning: [
            "Looking back on '{q}': what would you do differently next time?",
            "What did you learn from this that changed how you work now?",
        ],
        .depth: [
            "You said '{q}'. How exactly was that measured, and what was the baseline?",
            "Say you had half the time. What would you have cut, and what would you have kept?",
            "What was the hardest moment in that, and what was the decision you made there?",
        ],
        .hypothesis: [
            "What's your hypothesis? What do you believe is causing this, and how would you know if you were wrong?",
            "Before the solution: what do you think is really going on, and what evidence would change your mind?",
        ],
        .successMetric: [
            "How will you measure success? Give me the one metric you'd hold yourself to, and a guardrail.",
            "What's the success metric, and what number would make you call it a win?",
        ],
        .experiment: [
            "How would you test this before building all of it? Describe the experiment: who's in it, what you compare, for how long.",
            "What's the cheapest experiment that would tell you you're right?",
        ],
        .prioritization: [
            "Which option do you pick and why that one over the others? What goes in the first version, and what waits?",
            "What's the MVP, and what are the milestones after it?",
        ],
        .constraints: [
            "What could kill this operationally? Think latency, cost, scale, limits, compliance.",
            "What's the constraint you're most worried about at scale, and how would you handle it?",
        ],
        .segment: [
            "Who exactly is this for? Name the first segment you'd go after and why them.",
            "Which customers first? Describe the segment and how big it is.",
        ],
        .positioning: [
            "How do you position this against what customers use today? Which competitor, and why would they switch?",
            "What's the one-line positioning, and how is it different from the alternatives?",
        ],
        .pricing: [
            "How would you price it, and why that model?",
            "What does it cost the customer, and how did you arrive at that price?",
        ],
        .promotion: [
            "How do customers hear about it? Which campaigns and messages at launch?",
            "What's the launch plan for awareness: which channels, which messages, in what order?",
        ],
        .distribution: [
            "Through which channels does it reach customers: self-serve, sales, partners?",
            "How does a customer actually get it? Walk me through the channel and distribution.",
        ],
        .measurableGoal: [
            "What's the goal, as a number with a date? What would you commit to by when?",
            "How will you know the launch worked? Give me a measurable objective and a deadline.",
        ],
    ]

    /// Phrasings that carry a principle's own way of asking.
    static let flavoured: [Principle: [Gap: [String]]] = [
        .diveDeep: [
            .metrics: ["You said '{q}'. How was that number computed, and what did you compare it against?",
                       "Where did that figure come from? Which data, and did you check it yourself?"],
            .depth: ["You said '{q}'. How was that computed, exactly? What was the baseline, and what else could explain the change?",
                     "Walk me one level deeper: what did the data actually show, and what surprised you in it?"],
        ],
        .ownership: [
            .ownership: ["You said '{q}'. What did you do there that nobody asked you to do?",
                         "Which part of this would not have happened without you personally?"],
            .depth: ["What did you take on here that was outside your job description?"],
        ],
        .earnTrust: [
            .customer: ["You said '{q}'. How would the other side tell this story?",
                        "If I called the person on the other side of this, what would they say you did?"],
            .depth: ["How would the other side tell this story, and where would they disagree with you?"],
        ],
        .customerObsession: [
            .customer: ["You said '{q}'. Where is the customer in this? What did they experience before and after?",
                        "How did you know what the customer needed: what did you hear from them directly?"],
        ],
        .haveBackbone: [
            .tradeoff: ["You said '{q}'. What did it cost you to push back, and what would you have lost by staying quiet?",
                        "What was the strongest argument on the other side, and why did you still disagree?"],
        ],
        .deliverResults: [
            .metrics: ["You said '{q}'. What was the target, and did you hit it? By how much?"],
        ],
        .frugality: [
            .tradeoff: ["You said '{q}'. What did you do without, and what did the constraint force you to invent?"],
        ],
        .learnAndBeCurious: [
            .learning: ["What did you learn from '{q}', and how have you used it since?"],
        ],
    ]

    static let firmPhrasings: [Gap: String] = [
        .metrics: "I'd still like a number. Even a rough one: what moved, from what to what?",
        .ownership: "Let me press on that: set the team aside. What did you, yourself, decide or do?",
        .specificity: "I need one real example, not the general approach. Name the time and the place.",
        .result: "I still don't know how it ended. What was the outcome?",
        .tradeoff: "There's always a cost. What did you give up?",
        .customer: "Let me ask again: what did this change for the customer?",
        .learning: "Humour me: one thing you'd do differently.",
        .action: "What did you actually do? One concrete action.",
        .situation: "Give me the context in one sentence: where, when, what was at stake.",
    ]

    /// Why each gap matters, for `/why`.
    static let reasons: [Gap: String] = [
        .specificity: "the answer described what you would do, not one real past example",
        .situation: "the context (where, when, what was at stake) was missing",
        .action: "the answer did not say what was actually done",
        .ownership: "the actions were told as 'we', so your own part was unclear",
        .result: "the story had no outcome",
        .metrics: "the result had no number and no baseline",
        .tradeoff: "no alternatives, costs or risks were mentioned",
        .customer: "the customer and what changed for them were missing",
        .learning: "there was no reflection on what you would do differently",
        .depth: "nothing important was missing, so the interviewer goes deeper into the strongest claim",
        .hypothesis: "the case had no hypothesis about what is going on",
        .successMetric: "no success metric was named",
        .experiment: "there was no plan to test the idea before building it",
        .prioritization: "the choice among options, or the first version and its milestones, was missing",
        .constraints: "operational constraints (latency, cost, scale, limits) were not considered",
        .segment: "no target segment was named",
        .positioning: "there was no positioning against competitors",
        .pricing: "price was not addressed",
        .promotion: "there was no plan for how customers hear about it",
        .distribution: "channel and distribution were missing",
        .measurableGoal: "there was no measurable goal with a deadline",
    ]
}
