extension GapSpec {
    /// No real past example: what the candidate would do, how things are done in general, or a
    /// story with no detail that could only have come from one real time.
    public static let specificity = GapSpec(
        gap: .specificity, severity: 1.0,
        phrasings: [
            "You said '{q}'. I'm after a real example, not what you would do: pick one specific time it happened. What was going on?",
            "You said '{q}'. That sounds like how you usually work. Take me to one particular time: when was it, and what was at stake?",
            "Let's make this concrete. Which project, which quarter, and what exactly happened?",
        ],
        planPhrasings: [
            "You said '{q}'. That would hold for any launch. What exactly would you do for this one, for whom, and in what order?",
            "Make that concrete for this product: pick one option and commit to it. What do you choose, and why?",
        ],
        byQuote: [
            (.hypothetical, ["You said '{q}'. I'm after a real example, not what you would do: pick one specific time it happened. What was going on?"]),
            (.generic, ["You said '{q}'. That sounds like how you usually work. Take me to one particular time: when was it, and what was at stake?"]),
            (.manner, ["You said '{q}'. That tells me how you like to work, not what happened. What exactly did you do, and what would someone in the room have seen you do?"]),
        ],
        firm: "I need one real example, not the general approach. Name the time and the place.",
        reason: "the answer described what you would do, or how it is done in general, not one real past example",
        advice: "Answer with one real past example, not what you would do in general.",
        examples: GapExamples(
            open: [
                "[[In both my roles]], at the bakery and at the bike shop, I helped new staff find their feet. I showed each new hire the tills on their first day and I paired them with an experienced colleague. I checked in with them at the end of every shift and I covered their breaks when it was busy. The result was a friendly team that worked well together.",
                "Missing a date is part of learning. [[Whenever I miss a date]], I look back at what went wrong and plan the next one better. Sometimes projects slip, and each time I learn something.",
                "In that situation [[I would first talk to the stakeholders]], then I would write a doc and I would align everyone on the goal.",
                "Honestly [[I usually just try to keep customers in mind]] and make sure the team is on the same page, that's kind of my style.",
                "When I disagree with a peer [[I ask for ten minutes alone with them]]. I explain my concern and I offer a small trial. If the trial works we keep it, and if it does not I back their plan.",
                "[[I always answered customer emails the same day]]. In my previous jobs I often stayed late to close their tickets, and customers noticed.",
                "[[You need to listen first]]. You should ask the other side what they need, and it's important to write the decision down.",
                "In my last role our launch stalled between teams. [[I proactively facilitated alignment sessions, leveraging data-driven insights to build consensus]]. I worked with design and sales to ensure open communication. In the end the launch moved forward.",
                "At my previous company a colleague kept turning down my proposals. I approached him with empathy and patience. [[Through open communication and mutual respect we built trust, and our collaboration became constructive]].",
            ],
            covered: [
                "I would start with commuters who ride every weekday and pilot a monthly pass in one city.",
                "Last year I owned the returns flow. I rewrote the policy page and returns contacts dropped 20% in a quarter.",
                "I'd already built the dashboard when my manager asked, so I shipped the fix the same week.",
                // A past time told in the present, as a second language often tells it: "every day" counts that time's days.
                "I was responsible for the launch of a new card payment in the Brazil market. We face many problems with the bank integration. I work with the bank team every day, and we fix the problems one by one. The payment launch on time.",
            ]),
        check: { story, context in
            // A plan is what a "how would you" question asks for, but one told as a framework ("you
            // need a clear value proposition") proposes nothing for this case.
            if context.framing == .plan {
                let own = (story.signals[.hypothetical] ?? []).filter { evidence in
                    let words = evidence.text.lowercased()
                    return words.hasPrefix("i ") || words.hasPrefix("i'") || words.hasPrefix("i’") || words.hasPrefix("we ")
                }
                // "I would do user research, define the problem, prioritise and iterate", or the
                // same as a list ("- Identify segments - Map the journey - Prioritise"): the steps of
                // any plan, with nothing proposed for this one and no figure to hold it to.
                let proposals = (story.signals[.hypothetical] ?? []) + (story.signals[.actionByMe] ?? [])
                let process = proposals.filter { Self.isProcessStep($0.text) }
                // A figure to hold the plan to: a share, a sum, or a number with a deadline; an age
                // range or a "tier 2 city" names a segment, not a goal.
                let figures = story.has(.measurableGoal) || (story.signals[.quantity] ?? []).contains { evidence in
                    evidence.text.utf8.contains { $0 == 0x25 || $0 == 0x24 } || evidence.text.contains("€") || evidence.text.contains("£")
                }
                if proposals.count >= 3, process.count * 2 >= proposals.count, process.count >= 3, !figures {
                    return .open(GapFinding.clear, process.first)
                }
                // Advice for any case ("you need to…", "it is important to…") makes it a framework;
                // views alone ("hearts would mean more than a like") may be the candidate's take on this one.
                let framework = story.count(.generic) + story.count(.view)
                guard own.isEmpty, story.count(.actionByMe) == 0, story.has(.generic), framework >= 2, !story.has(.quantity) else { return .covered() }
                return .open(GapFinding.clear, story.first(.generic) ?? story.first(.view))
            }
            let past = story.count(.actionByMe) + story.count(.actionByUs) + story.count(.actionByOther)
            let hypothetical = story.count(.hypothetical)
            let general = story.count(.generic)
            let words = story.first(.hypothetical) ?? story.first(.generic)
            if story.isHypothetical || (past <= 1 && hypothetical + general >= 2 && story.narratedShare < 0.5) {
                return .open(GapFinding.clear, words)
            }
            // Told across several jobs at once ("In both my roles, I consistently…"): whatever its
            // steps, no one time.
            if let span = story.first(.manyRoles) { return .open(GapFinding.clear, words ?? span) }
            // Not one sentence tells something that happened: how the candidate works, not a time.
            // One told as a habit ("Whenever I fail, I reflect on what went wrong…") is no time either.
            if past == 0 && (story.narratedSentences == 0 || general >= 1 && story.narratedSentences == 1)
                && story.sentenceCount >= 2 && story.wordCount >= StoryScorer.minimumWords {
                return .open(GapFinding.clear, words ?? story.first(.view))
            }
            // Told in virtues ("with empathy, patience and a positive attitude") more than events: a
            // portrait of the candidate, which any time could fit.
            if story.mannerWords >= 5 && story.mannerWords * 100 >= story.wordCount * 7 {
                return .open(GapFinding.clear, story.first(.manner) ?? words)
            }
            // Most of it is views and frameworks, with at most a line or two of what happened.
            // A question about one's general approach invites a framework: the bar raiser still
            // wants the one time, so more of the answer must be story to count as one.
            let storyShare = context.framing == .generalApproach ? 0.5 : 0.4
            if story.sentenceCount >= 4 && story.narratedShare < storyShare {
                return .open(GapFinding.clear, words ?? story.first(.view))
            }
            // Mostly views, with a story too thin to outweigh them.
            if general >= 2 && general * 2 >= past && story.pastVerbs * 2 < story.sentenceCount + 1 {
                return .open(0.8, story.first(.generic))
            }
            // Habits and views, and not one step told as something that happened once.
            if general >= 2 && past == 0 { return .open(GapFinding.clear, story.first(.generic)) }
            if general >= 3 && general >= past {
                return .open(0.6, story.first(.generic))
            }
            // No name, number, date or place: nothing that could only have come from one real time;
            // with talk in general beside it, the story is a pattern, not an event. Even told as
            // events, sixty words with none of these are more than weakly open.
            // "A few years ago", "last spring": the time it happened, told, is such a detail too.
            let dated = story.signals[.situation]?.contains { Self.tellsWhen($0) } ?? false
            if story.wordCount >= 60 && !story.has(.namedDetail) && !story.has(.quantity) && !story.has(.timeFrame) && !dated {
                return .open(general > 0 && story.concreteActions <= 1 ? 0.8 : 0.6, words ?? story.first(.situation))
            }
            return .covered()
        })
}

extension GapSpec {
    /// Whether a proposal is a step every plan has ("do user research", "define the problem",
    /// "set KPIs and iterate") rather than something proposed for this case.
    static func isProcessStep(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(8).map(String.init)
        if words.contains(where: Lexicon.processWords.contains) { return true }
        // "We will choose a goal", "pick a few metrics", "set some targets": a choice promised and
        // never made, which any plan could say.
        return zip(words, words.dropFirst()).contains { verb, next in
            Self.choosingVerbs.contains(verb) && Self.unnamedDeterminers.contains(next)
        }
    }

    static let choosingVerbs: Set<String> = ["choose", "pick", "select", "set", "decide"]
    static let unnamedDeterminers: Set<String> = ["a", "an", "some", "few", "one"]
}

extension GapSpec {
    /// Whether words of the setting say when it happened: "a few years ago", "last spring".
    static func tellsWhen(_ evidence: Evidence) -> Bool {
        let words = evidence.text.lowercasedWords
        return words.contains("ago") || zip(words, words.dropFirst()).contains { $0 == "last" && Self.seasonsAndSpans.contains($1) }
    }

    static let seasonsAndSpans: Set<String> = ["year", "month", "week", "quarter", "summer", "spring", "fall", "autumn", "winter"]
}
