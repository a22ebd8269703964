extension GapSpec {
    /// The story is told as "we", or someone else did the deciding step: the candidate's own part is unclear.
    public static let ownership = GapSpec(
        gap: .ownership, severity: 0.85, raisedBy: [.ownership: 0.1],
        phrasings: [
            "You said '{q}'. What did you personally do there, as opposed to the team?",
            "I keep hearing 'we'. Which of those decisions were yours, and what did you do yourself?",
            "If I asked your teammates what your part was, what would they say?",
        ],
        flavoured: [
            .ownership: ["You said '{q}'. What did you do there that nobody asked you to do?",
                         "Which part of this would not have happened without you personally?"],
        ],
        byQuote: [
            (.settledByOther, ["You said '{q}'. It sounds like someone else settled it: what was your own part, and what would have happened without them?"]),
        ],
        firm: "Let me press on that: set the team aside. What did you, yourself, decide or do?",
        reason: "the actions were told as 'we', or someone else took the deciding step, so your own part was unclear",
        advice: "Say 'I' for what you did; keep 'we' for what the team did.",
        examples: GapExamples(
            open: [
                "- Refunds took six days from parcel to payout\n- We ran a workshop with ops and support\n- [[Our engineering lead came up with grading by photo at drop-off]]\n- We piloted it in one depot\n- I helped with the business case\n- Refunds now take two days",
                "Two engineers argued for two sprints about the queue design. I escalated to our EM, she read both proposals and [[picked the second one]]. We shipped on time.",
                "At my last job [[we redesigned the whole onboarding]]. We tested three versions and we launched the best one. Activation went up 9%.",
                "The launch slipped twice because QA was slow and design kept changing. [[It was not my fault]], my spec was ready on day one.",
                "[[It was decided to cap driver hours]]. The policy was drafted with legal and the app was updated with a reminder.",
                "A designer and I disagreed about the launch date for the new search page. I told him my concerns. [[My manager then stepped in, talked to both of us]] and decided to move the date by a week. The launch went fine.",
                "The supplier kept missing the delivery window and I flagged it in the weekly call. [[My director stepped in and moved the order to a second supplier]]. Deliveries were on time after that.",
                "I found the pricing page showed the wrong tax for two regions and I told the finance lead. [[She got the rates corrected the same afternoon]].",
                "- Scanner app kept crashing at two depots\n- [[My lead pulled in the Android developer]]\n- He found the leak and patched it\n- I helped with testing\n- Crashes stopped within a week",
                "A partner team kept changing the API without notice. [[I told my manager about it]]. He set up a call with their lead and they agreed to a change log. It has been stable since.",
                "[[We mapped the returns process over two weeks]]. The new form was drafted with the depot leads and the old form was replaced in March. I sent the summary.",
            ],
            covered: [
                "I proposed retiring the old export and I pulled the usage numbers. I took them to my director, who agreed. We announced it a month ahead and we moved the last users over. Support tickets fell by half.",
                "I disagreed with my director about the price cap. I pulled data on the last six events, I proposed a driver bonus instead and I ran a two-week test of both. She chose the bonus and we rolled it out to four cities.",
                "Sales kept telling us buyers were confused by the three tiers, so I proposed two tiers and I rewrote the pricing page. Sign-ups fell 11% in a week and I rolled the page back. The growth team estimated the cost at 120 trials.",
                "At my last job I redesigned the onboarding. We tested three versions and I chose the simplest one.",
                "I wrote the spec, I ran the test and we launched it together.",
                "I rewrote the refund flow and tested it with ten customers. My manager approved the change and I rolled it out to every store in May.",
                "- Wrote the migration plan\n- Ran the dry run twice\n- We cut over on a Sunday",
                "Situation: We had moved billing to a new provider and we had rebuilt the invoice templates.\nAction: I wrote the cut-over checklist and I ran the dry run.\nResult: No invoice went out wrong.",
                // The mistake owned as the candidate's: no "we" to hide behind.
                "I missed a launch date once. The vendor was late with the SDK and I did not have a backup plan. We launched three weeks late. Now I always ask for a fallback in every plan.",
                // Recognition, or the candidate's work taken up by others, is what became of it.
                "The month-end export kept failing. I split it into four jobs and added a retry to each. My manager promoted me that spring.",
                "Each region priced shipping its own way. I built one rate table and tested it with two regions. Finance adopted my table for every region.",
                "Support tickets about refunds kept piling up. I rewrote the refund page and added a status tracker. The VP called it out at the all-hands.",
            ]),
        check: { story, context in
            guard context.framing != .plan else { return .covered() }
            // Blame is the clearest sign: the story is about what others failed to do.
            if let blame = story.first(.blame) { return .open(GapFinding.clear, blame) }
            // Someone else took the step that settled it: what was the candidate's part?
            if let settled = story.first(.settledByOther) { return .open(GapFinding.clear, settled) }
            let mine = story.count(.actionByMe)
            let ours = story.count(.actionByUs)
            let others = story.count(.actionByOther)
            // "I missed the date… we launched three weeks late": the mistake is owned as the
            // candidate's, whatever the team then did.
            if mine == 0 && ours > 0 && !story.has(.ownMistake) { return .open(GapFinding.clear, story.first(.actionByUs)) }
            // Most steps told as "we", or with no one taking them ("the plan was agreed"): whose were they?
            let unowned = ours + story.count(.passiveAction)
            if ours >= 1 && unowned >= 2 && unowned > mine * 2 { return .open(GapFinding.clear, story.first(.actionByUs)) }
            // "It was decided… the policy was drafted…": steps with no one taking them.
            if mine == 0 && story.count(.passiveAction) >= 2 { return .open(GapFinding.clear, story.first(.passiveAction)) }
            // Someone else or the team took the steps and the candidate's own are only effort ("I
            // helped with testing", "I supported the analysis"): whose story is it?
            if others >= 1 && ours <= mine && mine >= 1 && mine <= story.count(.vagueAction) { return .open(GapFinding.clear, story.first(.actionByOther)) }
            if story.concreteStepsOfOurs >= 1 && mine >= 1 && mine <= story.effortOnlyStepsOfMine {
                return .open(GapFinding.clear, story.first(.actionByOther) ?? story.first(.actionByUs))
            }
            // Someone else took more of the steps than the candidate did: whose story is it?
            if others >= 2 && others > mine { return .open(GapFinding.clear, story.first(.actionByOther)) }
            if others >= 1 && others * 2 >= mine && mine <= 3 { return .open(0.6, story.first(.actionByOther)) }
            if ours >= 2 && ours >= mine { return .open(GapFinding.weak, story.first(.actionByUs)) }
            return .covered()
        })
}
