extension GapSpec {
    /// A story with no outcome: it stops at what was done, or its only "result" is the setting.
    public static let result = GapSpec(
        gap: .result, severity: 0.9,
        phrasings: [
            "You said '{q}'. And then what happened? What was the outcome?",
            "How did it end? What was different afterwards?",
        ],
        byQuote: [
            (.unknownOutcome, ["You said '{q}'. What do you know of how it ended, and how would you have found out?"]),
            (.pendingOutcome, ["You said '{q}'. So the outcome is not in yet: what has changed so far, and what will tell you it worked?"]),
        ],
        firm: "I still don't know how it ended. What was the outcome?",
        reason: "the story had no outcome",
        advice: "Always land the story: say how it ended.",
        examples: GapExamples(
            open: [
                "Situation: checkout conversion fell 3% in a week in Germany.\nAction: I pulled the funnel by device, found the card form broken on some Android phones and [[filed the bug]].\nResult: Shared the findings with leadership in the weekly review.",
                "Context: the sales VP did not trust our messaging.\nWhat I did:\n- shadowed six sales calls\n- rewrote the messaging doc from their objections\nOutcome:\n- [[the doc was in review when I moved teams]]\n- the plan was to roll it out to Europe",
                "In 2022 I was asked to improve search filters. I wrote a six pager and [[I built a clickable prototype with a designer]].",
                "Situation: two failed payouts had cost us a big seller.\nAction: I called the seller and [[I moved their payouts to the daily run]].\nResult:",
                "Situation: our sellers could not export their orders.\nAction: I wrote the spec and I reviewed it with the two engineers.\nResult: [[It is in development now and we plan to launch it next month]].",
                "Our returns desk kept losing parcels. I mapped the hand-offs, wrote a proposal for barcode scanning and got the depot leads to try it. The director approved a pilot in two depots. [[It's running now and we'll see the first figures next quarter]].",
                "- Found that a third of the refunds were re-sent by hand\n- Wrote the spec for a retry queue\n- Got one engineer for a sprint\n- [[The queue went to beta last week and the team is evaluating it]]",
                "Situation: refunds took nine days.\nAction: I found the manual approval step and [[I wrote the spec to automate it]].\nResult: fixed?? TODO add the numbers from the Q1 review",
                "I rewrote the merchant onboarding and we shipped it behind a flag to half of new merchants. [[I never got to see how it played out]], because I moved teams that month.",
                "I went through the logs and saw that 25% of searches returned no results. I wrote a spec for typo tolerance and [[I reviewed the designs with two engineers]].",
                // The last step told in order, or with what it was for, is no outcome either.
                "The sales team wanted a cheaper plan for schools. I went through a year of deals and built a model of three price points. In the end [[I presented two options to the pricing committee]].",
                "Two teams argued over who owned the alerts. I got both leads in a room and drew the ownership map. [[I successfully presented the map to my director the next week]].",
                "Support was swamped after the price change. I read fifty tickets and grouped them by cause. I wrote a short FAQ and [[sent it to the support leads]] so that they could answer faster.",
                // A lesson under the Result heading is no outcome.
                "Situation: a partner's orders failed to sync after our release.\nAction: I traced it to a setting I had left out of the runbook and [[I rebuilt the package that night]].\nResult: I learnt that I should write every setting down, and I need to check the runbook before each release.",
            ],
            covered: [
                "In 2022 I rebuilt the search filters and search exits dropped 15%.",
                "I pushed for the launch and in the end it was cancelled by the director.",
                "I rewrote the on-call guide. Since then nobody has been paged twice for the same alert.",
                "Result: the vendor agreed to the new terms before the renewal date.",
                "I rebuilt the sign-up form and sign-ups rose 12% in the pilot. We'll roll it out to the other markets next quarter.",
                "I rewrote the welcome emails and the pilot cut first-week churn from 9% to 6%. The team is evaluating the same change for the app.",
                "The night shift kept paging the on-call engineer about full disks. I wrote a cleanup job and added it to the nightly run. The night team stopped paging us.",
                // The trouble itself ceased: no verb of result, and still how it ended.
                "Store managers kept emailing us about missing price labels. I built a nightly check against the till data and sent each store its list. Emails about labels stopped coming in, and I handed the check to the store operations team.",
                "Agents escalated every refund over fifty dollars to my team. I wrote the refund rules into the help desk and trained the leads. Refund escalations stopped, so I moved on to the returns backlog.",
                "Design and legal disagreed on the consent screen. I wrote up both versions and walked each team through the other's concerns. In the end we shipped the shorter screen on Friday.",
                "Situation: a partner's orders failed to sync after our release.\nAction: I traced it to a setting I had left out of the runbook and I rebuilt the package that night.\nResult: their orders synced again the next morning. I learnt that I should write every setting down.",
                // Outcomes in plain words: the sides agreed, a state that lasts, what could at last be
                // done, the candidate's option chosen.
                "Finance and sales each wanted the launch on their own terms. I laid both plans side by side with what each would cost. We came to a compromise on the discount window.",
                "New store managers kept missing the weekly stock count. I wrote a one-page checklist and walked the first three managers through it. The checklist has since become part of every store opening.",
                "Our checkout asked for the card twice. I mapped every step with the payments team and cut the second form. Shoppers could finally pay on one screen.",
                "Three teams pitched ways to fix the delivery estimates. I built a small model from last year's orders and showed where each pitch would miss. My proposal was chosen over the other two.",
                // An ending opened by a word of time, told of the other side, or of what was kept.
                "A school district was ready to move its tablets to another vendor over login failures. I visited their IT staff, traced the failures to our certificate setup and moved their tablets to the new login server. Later they chose us as their main supplier.",
                "A hospital's night nurses could not reach our help line. I set up a rota of two engineers for nights and gave the wards a direct number. Their head nurse wrote to my director to say thanks.",
                "Our biggest reseller was about to move to a rival over slow refunds. I found the refund queue stuck on a manual check and took the check over myself for a month. We kept the account.",
                // Those the steps were for, then a sign-off that is no part of the ending.
                "I ran a baking lesson with my class and I forgot the yeast, so the bread came out flat. I told the students we had made flatbread, as many countries do. The kids loved it. Haha",
            ]),
        check: { story, context in
            guard context.framing != .plan else { return .covered() }
            // "I never got to see how it played out": whatever shipped, the outcome is not known.
            if let unknown = story.first(.unknownOutcome) { return .open(GapFinding.clear, unknown) }
            // "R: TODO add the numbers": the outcome was left to fill in. The note is no words of
            // the story to quote back; the last step is where the story stops.
            if story.has(.placeholder) && !story.has(.quantifiedResult) {
                return .open(GapFinding.clear, story.signals[.actionByMe]?.last ?? story.signals[.actionByUs]?.last)
            }
            // "The pilot is live in two cities and we'll have the read-out in June": not yet known.
            if let pending = story.signals[.pendingOutcome], let ending = pending.last {
                return .open(pending.count > 1 ? GapFinding.weak : GapFinding.clear, ending)
            }
            if story.has(.result) || story.has(.quantifiedResult) { return .covered() }
            let lastStep = story.signals[.actionByMe]?.last ?? story.signals[.actionByUs]?.last
            // A Result heading with no outcome under it (nothing, or only what is still to come): the
            // outcome was left out, whatever the setting said.
            let emptyHeading = story.sections.contains(.result)
            return .open(story.has(.earlyResult) && !emptyHeading ? GapFinding.weak : GapFinding.clear, lastStep)
        })
}
