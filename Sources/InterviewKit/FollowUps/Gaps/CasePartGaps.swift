/// The parts of a product exercise (PM) and a go-to-market case (PMM). A part is covered by any
/// of its signals; a heading alone ("Pricing:") or a hand-off ("marketing will handle it") is not.
enum CasePartGaps {
    static let all: [GapSpec] = [
        part(.hypothesis, signals: [.hypothesis],
             phrasings: ["What's your hypothesis? What do you believe is causing this, and how would you know if you were wrong?",
                         "Before the solution: what do you think is really going on, and what evidence would change your mind?"],
             reason: "the case had no hypothesis about what is going on",
             advice: "State a hypothesis before jumping to a solution.",
             examples: GapExamples(open: ["Build a one-tap reorder button on the home screen and launch it to everyone."],
                                   covered: ["My hypothesis is that people abandon because they cannot see the product."])),
        part(.successMetric, signals: [.successMetric],
             phrasings: ["How will you measure success? Give me the one metric you'd hold yourself to, and a guardrail.",
                         "What's the success metric, and what number would make you call it a win?"],
             reason: "no success metric was named",
             advice: "Name one success metric and a guardrail.",
             examples: GapExamples(open: ["We add a confirmation screen for new items and ship it in the next release."],
                                   covered: ["The success metric is voice order conversion, with returns as a guardrail."])),
        part(.experiment, signals: [.experiment],
             phrasings: ["How would you test this before building all of it? Describe the experiment: who's in it, what you compare, for how long.",
                         "What's the cheapest experiment that would tell you you're right?"],
             reason: "there was no plan to test the idea before building it",
             advice: "Propose a cheap experiment before the full build.",
             examples: GapExamples(open: ["Then we launch it to all customers and monitor the numbers weekly."],
                                   covered: ["I would run an A/B test on 10% of traffic for two weeks against a control group."])),
        part(.prioritization, signals: [.alternatives, .mvp, .tradeoff],
             phrasings: ["Which option do you pick and why that one over the others? What goes in the first version, and what waits?",
                         "What's the MVP, and what are the milestones after it?"],
             reason: "the choice among options, or the first version and its milestones, was missing",
             advice: "Say which option you pick over the others, and what the first version leaves out.",
             examples: GapExamples(open: ["The feature shows a photo of the door and sends a text to the driver."],
                                   covered: ["I pick the photo option over lockers because it needs no hardware; the MVP is one city."])),
        part(.constraints, signals: [.constraints],
             phrasings: ["What could kill this operationally? Think latency, cost, scale, limits, compliance.",
                         "What's the constraint you're most worried about at scale, and how would you handle it?"],
             reason: "operational constraints (latency, cost, scale, limits) were not considered",
             advice: "Check latency, cost, scale and limits before committing.",
             examples: GapExamples(open: ["Users get a reminder and a one-tap button to reorder."],
                                   covered: ["The risk is latency: the scan must answer in under 200 ms, and storage cost per image."])),
        part(.segment, signals: [.segment],
             phrasings: ["Who exactly is this for? Name the first segment you'd go after and why them.",
                         "Which customers first? Describe the segment and how big it is."],
             reason: "no target segment was named",
             advice: "Pick one target segment first, and say why.",
             examples: GapExamples(open: ["Target is basically everyone building with AI right now."],
                                   covered: ["The first segment is small game studios with fewer than 50 people."])),
        // Positioning is against something: a claim with no alternative named is not yet a position.
        GapSpec(gap: .positioning, severity: 0.5,
                phrasings: ["How do you position this against what customers use today? Which competitor, and why would they switch?",
                            "What's the one-line positioning, and how is it different from the alternatives?"],
                firm: "I'm going to press on that once more: what's the one-line positioning, and against what?",
                reason: "there was no positioning against competitors",
                advice: "Position against a named alternative the customer uses today.",
                examples: GapExamples(open: ["We launch with a blog post and a webinar."],
                                      covered: ["Positioning: unlike the incumbent databases, it needs no servers and no tuning at all."]),
                check: { story, _ in
                    story.has(.competition) && (story.has(.positioning) || story.has(.alternatives)) ? .covered() : .open(GapFinding.clear)
                }),
        part(.pricing, signals: [.pricing],
             phrasings: ["How would you price it, and why that model?",
                         "What does it cost the customer, and how did you arrive at that price?"],
             reason: "price was not addressed",
             advice: "Give a price and the reasoning behind it.",
             examples: GapExamples(open: ["Pricing:\nPromotion: a launch event and search ads."],
                                   covered: ["Pricing is a free tier, then $29 per month per seat."])),
        part(.promotion, signals: [.promotion],
             phrasings: ["How do customers hear about it? Which campaigns and messages at launch?",
                         "What's the launch plan for awareness: which channels, which messages, in what order?"],
             reason: "there was no plan for how customers hear about it",
             advice: "Say how customers will hear about it.",
             examples: GapExamples(open: ["Promotion: marketing team will handle the campaigns."],
                                   covered: ["Promotion: an email campaign to current members and search ads at launch."])),
        part(.distribution, signals: [.distribution],
             phrasings: ["Through which channels does it reach customers: self-serve, sales, partners?",
                         "How does a customer actually get it? Walk me through the channel and distribution."],
             reason: "channel and distribution were missing",
             advice: "Say through which channel the product reaches customers.",
             examples: GapExamples(open: ["It costs $10 a month and we announce it at the keynote."],
                                   covered: ["Distribution: self-serve in the console, plus the partner channel for larger accounts."])),
        part(.measurableGoal, signals: [.measurableGoal],
             phrasings: ["What's the goal, as a number with a date? What would you commit to by when?",
                         "How will you know the launch worked? Give me a measurable objective and a deadline."],
             reason: "there was no measurable goal with a deadline",
             advice: "Commit to a number with a date.",
             examples: GapExamples(open: ["Goal: make it a big success and grow awareness."],
                                   covered: ["Goal: 5,000 active customers within 6 months of launch."])),
    ]

    /// A case part covered by any one of its signals.
    static func part(_ gap: Gap, signals: [SignalKind], phrasings: [String], reason: String, advice: String, examples: GapExamples) -> GapSpec {
        GapSpec(gap: gap, severity: 0.5, phrasings: phrasings,
                firm: "I'm going to press on that once more: \(phrasings.last ?? "be specific.")",
                reason: reason, advice: advice, examples: examples,
                check: { story, _ in
                    // A covered part keeps the words that cover it: the rating cites them.
                    if let words = signals.lazy.compactMap({ story.first($0) }).first { return GapFinding(gap: gap, strength: 0, evidence: [words]) }
                    return .open(GapFinding.clear)
                })
    }

    /// The case parts of each track, in the order a case walks through them.
    static func order(for track: Track) -> [Gap] {
        switch track {
        case .pm: [.hypothesis, .successMetric, .experiment, .prioritization, .constraints]
        case .pmm: [.segment, .positioning, .pricing, .promotion, .distribution, .measurableGoal]
        }
    }
}
