extension GapSpec {
    /// An outcome in words only ("it paid off", "scalability improved"), with no number or baseline.
    public static let metrics = GapSpec(
        gap: .metrics, severity: 0.7, planSeverity: 0.6, raisedBy: [.deliverResults: 0.05, .diveDeep: 0.05],
        phrasings: [
            "You said '{q}'. By how much, and against what baseline?",
            "What's the number? What moved, from what to what, and over what period?",
            "How did you know it worked? Which metric, and what did it read before and after?",
        ],
        flavoured: [
            .diveDeep: ["You said '{q}'. What did the data show: which metric, and what did it read before and after?",
                        "Which number told you it worked? Where did it come from, and what did it read before?"],
            .deliverResults: ["You said '{q}'. What was the target, and did you hit it? By how much?",
                              "What was the target, and did you hit it? By how much?"],
        ],
        planPhrasings: [
            "How would you know it worked? Which one metric would you watch, and what number would count as success?",
            "What would success look like in numbers, and by when?",
        ],
        byQuote: [
            // A figure with nothing to set it against ("we collected 120 leads"): the baseline, not "by how much".
            (.quantifiedResult, ["You said '{q}'. Compared with what? What was it before, or what would it have been without the change?"]),
        ],
        // How people took it ("my manager was really happy"): what it changed, not "by how much".
        byQuotedWords: [
            (Lexicon.reactionWords, ["You said '{q}'. Beyond how people took it, what changed? Which number would show that, before and after?"]),
        ],
        firm: "I'd still like a number. Even a rough one: what moved, from what to what?",
        reason: "the result had no number, or none to compare it with",
        advice: "Put a number on the result, with its baseline: from what, to what, over what period.",
        examples: GapExamples(
            open: [
                "I sat in on ten sign-up sessions and I cut the flow from seven steps to four. [[Completion went up a lot]]. Compliance then signed it off as the standard flow.",
                "Last year I led the checkout redesign. We redesigned it and [[conversion went up a lot]].",
                "In Q3 2022 I ran a team of 8 for 2 years and I launched the app, and [[the launch improved engagement significantly]].",
                "I owned the pricing change and [[we did not measure the impact]] because the dashboards were down.",
                "I moved the team to weekly demos.\nResult:\n- [[Stakeholders felt more involved]]\n- Fewer surprises at review",
                "I rewrote the renewal reminders with our copywriter and tested them on a tenth of accounts. [[The new reminders were a huge success]].",
            ],
            covered: [
                "Context: our month-end close took eight working days.\nAction: I moved the bank reconciliations to a daily job and cut two approval rounds.\nOutcome: the close took five days in March.",
                "I moved the launch of the loyalty app to a smaller first release and it went out on the committed date, with 310k members in the first month vs a 250k target.",
                "I cut the sign-up flow to 4 steps and I added photo capture for IDs. Completion went from 58% to 71% in a month, and compliance signed it off as the standard flow.",
                "Last year I led the checkout redesign and conversion went from 41% to 48%.",
                "I cut the cost per lead by $300, which saved about 40% of the budget.",
                "I rewrote the reminder emails and no-shows dropped from 30 a week to 12.",
                "Result:\n- 35% fewer failed deploys in the first quarter\n- On-call pages halved",
            ]),
        check: { story, context in
            if context.framing == .plan {
                // A number in a plan ("launch to 10% of users first") is not yet how it would be judged.
                return story.has(.successMetric) ? .covered() : .open(story.has(.quantity) ? GapFinding.weak : GapFinding.clear)
            }
            // A view or a lesson ("I think my attitude paid off", "a strong lesson") is no outcome to
            // measure: the probe quotes only words that tell what happened.
            // Nor is the cost of a choice ("the downside was that maintenance grew"): that is the trade-off told.
            let told = { (evidence: Evidence) in !Self.isReflection(evidence, in: story) && !Self.isACost(evidence, in: story) }
            if let vague = story.signals[.vagueResult], !vague.isEmpty {
                // A side effect in words ("morale much better") beside an outcome measured from one
                // figure to another: the number that matters was given, so this one is asked only if nothing weighs more.
                return .open(story.has(.beforeAfter) ? Self.besideAMeasureStrength : GapFinding.clear, vague.first(where: told))
            }
            if story.has(.comparedResult) { return .covered() }
            let results = story.signals[.result] ?? []
            let steps = story.signals[.actionByMe] ?? []
            let ownSteps = Set(steps.map(\.offset))
            let isOwnStep = { (result: Evidence) in steps.contains(where: result.overlaps) }
            // A number with nothing to compare it with: "resolved within 7 days" against what? The
            // candidate's own step with a figure in it ("Cut the flow to 4 steps") is no outcome.
            if let absolute = story.signals[.quantifiedResult]?.first(where: { !isOwnStep($0) }) { return .open(Self.absoluteFigureStrength, absolute) }
            // An absence held for a counted time ("running for 18 months without an incident", "no
            // complaints in six weeks") is a measured outcome: zero, over a period. What is left is
            // what it was before, which the probe asks without a quote. The candidate's own step ("I
            // cut the scope from nine features to three") is not that outcome.
            if results.contains(where: { Self.hasFigure($0.text) && Self.tellsAnAbsence($0) && !isOwnStep($0) && told($0) }) {
                return .open(Self.absoluteFigureStrength)
            }
            // "By how much?" fits an outcome that moved something and carries no figure of its own.
            let unmeasured = results.filter { !Self.hasFigure($0.text) }
            // An outcome that moved something ("sign-ups grew") is clearly open to "by how much?";
            // the candidate's own step ("I cut the table") is not that outcome, even with a change verb.
            if let change = unmeasured.first(where: { Self.tellsAChange($0) && !ownSteps.contains($0.offset) && told($0) }) {
                return .open(GapFinding.clear, change)
            }
            // One that settled something ("she agreed", "we shipped it") still wants the number it
            // led to, but less than a gap left clearly open: the settling was the outcome asked for.
            // One that tells a state in words ("it runs smoothly now") leaves the measure clearly
            // open. "By how much?" fits neither's words, so the probe asks without a quote.
            if !unmeasured.isEmpty { return .open(unmeasured.allSatisfy(Self.tellsASettlement) ? GapFinding.weak : GapFinding.clear) }
            // No outcome at all: the number comes after the outcome.
            return .open(0.45)
        })
}

extension GapSpec {
    /// How open the metrics gap is when an outcome told in words sits beside one measured from a figure to another.
    static let besideAMeasureStrength = 0.3

    /// How open the metrics gap is when the outcome has a figure but nothing to compare it with.
    static let absoluteFigureStrength = 0.3

    /// Whether these words lie in a sentence of opinion or reflection rather than of events.
    static func isReflection(_ evidence: Evidence, in story: AnswerAnalysis) -> Bool {
        let words = evidence.text.lowercased()
        if words.hasPrefix("i think") || words.hasPrefix("i believe") { return true }
        // "It really showed me that…", "this taught me…": what the story meant to its teller.
        if Lexicon.reflectionPhrases.contains(where: { words.containsBytes(of: $0) }) { return true }
        return lies(evidence, within: [.view, .learning], in: story)
    }

    /// Whether these words lie in the telling of what a choice cost or risked.
    static func isACost(_ evidence: Evidence, in story: AnswerAnalysis) -> Bool {
        lies(evidence, within: [.tradeoff, .risk], in: story)
    }

    /// Whether these words share any part of the answer with the evidence of these kinds.
    static func lies(_ evidence: Evidence, within kinds: [SignalKind], in story: AnswerAnalysis) -> Bool {
        kinds.contains { kind in (story.signals[kind] ?? []).contains(where: evidence.overlaps) }
    }

    static func hasFigure(_ text: String) -> Bool {
        text.hasNumeral || text.lowercasedWords.contains { Lexicon.numberWords.contains($0) }
    }

    /// An outcome that is an agreement or a release: "she approved it", "we shipped on Friday".
    static func tellsASettlement(_ evidence: Evidence) -> Bool {
        evidence.text.lowercasedWords.contains { Lexicon.settledOutcomeWords.contains($0) }
    }

    static func tellsAnAbsence(_ evidence: Evidence) -> Bool {
        evidence.text.lowercasedWords.contains { Lexicon.absenceWords.contains($0) }
    }

    static func tellsAChange(_ evidence: Evidence) -> Bool {
        let words = evidence.text.lowercased()
        // "the issues became clear": something understood, not a measure that moved.
        if Lexicon.realisations.contains(where: { words.containsBytes(of: $0) }) { return false }
        return Lexicon.tellsAChange(evidence.text)
    }
}
