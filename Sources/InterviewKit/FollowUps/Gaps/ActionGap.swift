extension GapSpec {
    /// Nothing concrete done: no steps, or only effort ("I tried to power through", "made sure").
    /// For a plan, no proposal at all.
    public static let action = GapSpec(
        gap: .action, severity: 0.84, planSeverity: 0.9,
        phrasings: [
            "You said '{q}'. Walk me through what you actually did, step by step.",
            "What did you do? Not the plan: the actions, in order.",
        ],
        planPhrasings: [
            "You said '{q}'. What exactly would you do first, and then next? Walk me through the first month.",
            "What would you actually do, in order? Start with the first week.",
        ],
        firm: "What did you actually do? One concrete action.",
        reason: "the answer did not say what was actually done, step by step",
        advice: "Spend most of the answer on what you did, step by step.",
        examples: GapExamples(
            open: [
                // The candidate's own mistake is no step taken: what was done about it?
                "I missed a launch date once. The vendor was late with the SDK and I did not have a backup plan. [[We launched three weeks late]]. Now I always ask for a fallback in every plan.",
                "It was a hard quarter at my last company and the launch was at risk. [[In the end the launch happened on time]] and it was a success.",
                "The release was late and everyone was stressed at my last job. [[I tried to stay positive]] and I focused on the deadline. In the end the release went out on time.",
                "Situation: Our support queue at the travel startup doubled over the summer, reviews dropped, two agents quit, and the founders worried that the busy season would overwhelm the rest of the team before anyone new could be hired or trained.\nTask: Keep replies under a day until new hires started.\nAction: [[I sorted the queue by urgency and took the hardest tickets myself]].\nResult: Replies stayed under a day for most of August.",
                "Last spring our biggest client threatened to leave over late reports. I moved the weekly report to Monday and I called the client every Friday. [[I tried to stay calm]], I worked long hours, I made sure nothing slipped and I stayed focused on the deadline. In the end the client stayed.",
                "My target last quarter was 500 new trial accounts. [[I went above and beyond]], I pushed myself and I gave it my all. We ended the quarter at 640.",
                "When the nightly backups at my last company kept failing, [[I owned the problem end to end]], I drove it to resolution and I held the team accountable. Failed backups became rare.",
                "The store opening at my last job was set by the lease and the fit-out was behind. [[I took charge of the situation]], I stayed focused and I made sure the crew had what they needed. We opened on the planned day and it went well.",
                "Our weekly churn report at my last company was wrong every month. [[I coordinated with the data team]] and I collaborated with finance on it. Since then the report has been right.",
                "The billing migration at my last company had stalled for a year. [[I made it a priority]], I jumped on it and I did whatever it took. It went live in March.",
                "The data migration at my last job was two months late. [[I took full ownership of it]], I got my arms around the situation and I got the project back on track. It finished in June.",
                "Our expansion into Germany had no clear owner. [[I aligned stakeholders across legal]] and marketing, I drove clarity on the scope, I managed the dependencies and I wrote the launch plan. We launched on schedule.",
                "Our partner team would not adopt the new API. [[I influenced their leadership and built consensus across the org]], and I was persistent. They moved over by the end of the year.",
                "Our three regional warehouses each ran returns their own way. [[I set the vision for one returns flow]], I established a governance model with the site leads, I fostered a culture of ownership and I escalated and unblocked. The new flow went live at all three sites in the spring.",
            ],
            covered: [
                "Task: cut our cloud bill.\nApproach: rightsized instances, moved logs to cold storage, shut idle boxes.\nOutcome: the bill fell 18% in a quarter.",
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
            // An Action heading over a few words ("Prioritize tasks. App submit.") lists no real steps,
            // and one that holds a small part of a long story leaves its steps untold beside the setting.
            // Four steps of the candidate's own told elsewhere ("The trade-off: I pushed to…") are steps told.
            // Three steps in a terse note ("Approach: rightsized instances, moved logs to cold
            // storage, killed idle boxes") are steps told, however few the words.
            if let words = story.sectionWords[.action], words < 12 && steps < 3 || (words < 40 && words * 5 < story.wordCount && story.count(.actionByMe) < 4) {
                return .open(GapFinding.clear, story.actionSection ?? story.first(.actionByMe))
            }
            // Effort told more than steps ("I pushed through", "I stayed focused"): how hard, not what.
            let vague = story.count(.vagueAction)
            // Every step of the candidate's own is effort ("I took ownership, stayed focused and made
            // sure…"), whatever the team did: what did they do?
            if let mine = story.signals[.actionByMe], mine.count >= 2 {
                let concreteMine = mine.count - story.effortOnlyStepsOfMine
                // All of them effort, or all but one of three or more ("I aligned stakeholders,
                // ensured clarity, drove alignment and wrote the plan") with at most one step of the
                // team's beside them: the team's steps, where there are more, are steps told.
                let teamSteps = story.count(.actionByUs) + story.count(.passiveAction)
                if concreteMine == 0 || (mine.count >= 3 && concreteMine <= 1 && teamSteps <= 1) {
                    return .open(GapFinding.clear, story.first(.vagueAction))
                }
            }
            if concrete <= 2 && vague >= 2 * concrete && vague >= 2 {
                return .open(GapFinding.clear, story.first(.vagueAction))
            }
            // Two in three of the candidate's own steps are effort ("set the vision, drove alignment,
            // unblocked…"): the few left are lost among them.
            let mine = story.count(.actionByMe)
            if mine >= 3 && vague * 3 >= mine * 2 { return .open(0.8, story.first(.vagueAction)) }
            if concrete == 1 && story.wordCount >= StoryScorer.minimumWords {
                return .open(0.8, story.first(.vagueAction) ?? story.first(.actionByMe) ?? story.first(.actionByUs))
            }
            return .covered()
        })
}
