/// How the story's outcome is told: with a number, or only in words ("it really paid off",
/// "the team was happier"), or admitted unmeasured.
extension AnswerReader {
    /// The story's last sentence, when it tells in the past what someone or something else did
    /// after the candidate's steps ("she agreed and signed off", "he finished the assignment"):
    /// that is what became of things, whatever its verb.
    mutating func readClosingOutcome() {
        guard signals[.actionByMe] != nil || signals[.actionByUs] != nil else { return }
        guard let last = forms.indices.last(where: { forms[$0].hasContent && !forms[$0].isHeading && forms[$0].part != .learning && !isSignOff($0) }),
              !resultSentences.contains(last), !isPending(last) else { return }
        let range = forms[last].contentStart..<forms[last].contentEnd
        let subjects = range.filter { index in
            // "Later they picked us as their main supplier": a word of time before the subject still opens the ending.
            (opensClause(at: index) || index > range.lowerBound && tokens[index - 1].flags.contains(.adverb) && opensClause(at: index - 1))
                && (tokens[index].flags.contains(.otherActor) || Self.closingSubjects.contains(tokens[index].text)
                || (index + 1 < range.upperBound && ["the", "my", "our", "their"].contains(tokens[index].text)
                    && (tokens[index + 1].flags.contains(.otherActor) || Self.closingPeople.contains(tokens[index + 1].text)))
                // "…and then the launch happened", "the migration finished that night": the thing itself.
                || (index + 2 < range.upperBound && ["the", "our", "this"].contains(tokens[index].text) && !tokens[index + 1].flags.contains(.us)
                    && (isPastForm(index + 2) && !Lexicon.discoveryVerbs.contains(tokens[index + 2].text)
                        // "The fix required changes in four layers": what the work took, not how it turned out.
                        && !Self.demandingVerbs.contains(tokens[index + 2].text)
                        // "The invoices were right from the next cycle": the state the thing was left in.
                        || (tokens[index + 2].isWord(.was) || tokens[index + 2].text == "were") && !tokens[index + 1].flags.contains(.otherActor)
                        // "The export is now used by every team": how the thing stands now.
                        || tokens[index + 2].flags.contains(.presentBe) && range.contains { tokens[$0].text == "now" })))
        }
        for subject in subjects {
            let verbs = (subject + 1)..<min(subject + 4, range.upperBound)
            // A story told in the present ("I make a doc… He accept.") ends in the present too.
            if toldInThePresent, subject + 1 < range.upperBound, tokens[subject + 1].flags.isDisjoint(with: Self.notAClosingStep),
               !isNegated(subject + 1), !tokens[subject + 1].endsInNot {
                resultSentences.insert(last)
                add(.result, clause(around: subject, min(subject + 4, range.upperBound - 1), startingAtSubject: true))
                return
            }
            // What they did, the state they were left in ("they were satisfied with the plan"), or
            // how things are now ("so they take one day now").
            let isNow = ((subject + 1)..<min(subject + 8, range.upperBound)).contains { tokens[$0].text == "now" }
            // "It worked", "the fix worked": of a thing, "worked" is how it turned out, not effort.
            let isAThing = tokens[subject].text == "it" || ["the", "our", "this"].contains(tokens[subject].text)
            guard let verb = verbs.first(where: { isPastForm($0) || tokens[$0].text == "did" || tokens[$0].flags.contains(.stativePast) || (isNow && $0 == subject + 1) }),
                  !tokens[verb].flags.contains(.effortVerb) || isAThing && tokens[verb].text == "worked",
                  // "The launch got coverage in two magazines": what a thing got is how it turned out.
                  !tokens[verb].flags.contains(.perception) || isAThing && tokens[verb].text == "got", !isNegated(verb),
                  !tokens[verb].endsInNot, verb + 1 >= range.upperBound || !tokens[verb + 1].flags.contains(.negator) else { continue }
            resultSentences.insert(last)
            add(.result, clause(around: subject, min(verb + 3, range.upperBound - 1), startingAtSubject: true))
            return
        }
    }

    /// Verbs that tell what a piece of work took rather than what became of it.
    static let demandingVerbs: Set<String> = ["required", "needed", "involved", "demanded", "entailed", "meant"]

    /// A sign-off of a word or two after the story ("Lol", "That's it"): no part of its ending.
    func isSignOff(_ sentence: Int) -> Bool {
        let words = forms[sentence].contentStart..<forms[sentence].contentEnd
        return words.count <= 2 && !words.contains { isPastForm($0) || tokens[$0].hasDigit }
    }

    /// A trouble that ceased, told of those who had it: "nurses stopped missing alerts", "the
    /// night team quit paging us"; or of the trouble itself: "the escalations stopped", "error
    /// reports stopped coming in". The candidate's own "I stopped sending the report" is a step;
    /// "the engineers had stopped trusting the plan", early in the story, is its setting.
    mutating func readCeasedTroubles() {
        for verb in tokens.indices.dropFirst() where Self.ceasingVerbs.contains(where: tokens[verb].isSpelled) {
            let sentence = tokens[verb].sentence
            let endsClause = verb + 1 >= tokens.count || tokens[verb + 1].sentence != sentence || breaksClause(before: verb + 1)
            guard endsClause || Self.troubles.contains(tokens[verb + 1].text) || Self.arrivals.contains(tokens[verb + 1].text),
                  tokens[verb - 1].sentence == sentence, !forms[sentence].isHeading,
                  forms[sentence].part != .learning, forms[sentence].part != .situation, forms[sentence].part != .task,
                  !tokens[verb - 1].isWord(.i), !tokens[verb - 1].isWord(.we), !tokens[verb - 1].isWord(.you), !isNegated(verb),
                  !resultSentences.contains(sentence), tokens[verb - 1].text != "had", !isSetting(verb) else { continue }
            resultSentences.insert(sentence)
            add(.result, clause(around: verb - 1, verb + 1))
        }
    }

    static let ceasingVerbs = ["stopped", "quit", "ceased"].map(SpelledWord.init)

    /// What keeps turning up: "the tickets stopped coming in" tells the trouble ceased.
    static let arrivals: Set<String> = ["coming", "arriving", "appearing", "happening", "showing", "piling"]

    /// What goes wrong, as a gerund: its stopping is an outcome. "The architect stopped
    /// responding" is not: it is a trouble starting.
    static let troubles: Set<String> = [
        "missing", "failing", "crashing", "complaining", "breaking", "churning", "escalating", "paging", "calling",
        "asking", "chasing", "overriding", "skipping", "losing", "dropping", "timing", "leaking", "bouncing", "cancelling",
        "canceling", "returning", "arguing", "blocking", "slipping",
    ]

    /// A story told in the present tells its outcome in the present too: "after the fix the
    /// completion rate is much more better", "we get 40k downloads in first month". After the first
    /// step, a clause whose subject is not the candidate, told with "is"/"are" or a verb of change
    /// and then a comparison or a figure, is a result; so is "we get" with a figure.
    mutating func readPresentOutcomes() {
        guard toldInThePresent,
              let firstStep = ((signals[.actionByMe] ?? []) + (signals[.actionByUs] ?? [])).map(\.offset).min() else { return }
        for sentence in forms.indices where forms[sentence].hasContent && !forms[sentence].isHeading && forms[sentence].part != .learning
            && sentences[sentence].end > firstStep && !resultSentences.contains(sentence) && !isPending(sentence) {
            let range = forms[sentence].contentStart..<forms[sentence].contentEnd
            for verb in range.dropFirst() where tokens[verb].flags.contains(.presentBe) || Lexicon.presentChangeVerbs.contains(tokens[verb].text) {
                // "we get 40k downloads" is an outcome, but "each user who invites a friend gets 500"
                // tells how the thing works.
                let subject = tokens[verb - 1], gets = tokens[verb].text == "get" || tokens[verb].text == "gets"
                if subject.isWord(.i) || subject.isWord(.you) || subject.isWord(.we) != gets || isNegated(verb) { continue }
                var mark = verb + 1
                while mark < min(verb + 5, range.upperBound), !breaksClause(before: mark),
                      !tokens[mark].flags.contains(.comparative), !tokens[mark].hasDigit { mark += 1 }
                guard mark < min(verb + 5, range.upperBound), !breaksClause(before: mark) else { continue }
                let words = clause(around: verb - 1, mark)
                resultSentences.insert(sentence)
                add(.result, words)
                if tokens[mark].hasDigit { add(.quantifiedResult, words) }
                break
            }
        }
    }

    /// "We're planning to…", "planning a second pilot": a plan ahead, not the noun ("sprint planning").
    static func isPlanningAhead(_ index: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        let next = index + 1 < range.upperBound ? tokens[index + 1].text : ""
        let previous = index > range.lowerBound ? tokens[index - 1] : nil
        return next == "to" || next == "a" || next == "an" || previous.map { $0.flags.contains(.presentBe) || ["we're", "i'm", "they're", "still"].contains($0.text) } == true
    }

    /// The flags of the words a telling of what is still to come turns on; a contracted "will"
    /// ("we'll", "it'll") is told by its last letter.
    static let pendingCues: WordFlags = [.pending, .presentBe, .pendingLead]

    /// A story told in the present throughout, as second-language answers often are.
    var toldInThePresent: Bool { toldAsAStory && presentSteps >= 2 && presentSteps > pastVerbs }

    /// The story's last sentence of its own: words under no heading and no Learning label, and no
    /// lesson drawn ("Next time I would pull the raw events first"), which follows the ending.
    func lastStorySentence() -> Int? {
        let lessons = signals[.learning] ?? []
        let steps = ((signals[.actionByMe] ?? []) + (signals[.actionByUs] ?? [])).map(\.offset)
        // A lesson told after the last step opens the reflection: what follows it ("The feeling
        // of ownership matters. Not knowing how will never be my excuse") is no part of the ending.
        let reflection = lessons.map(\.offset).filter { lesson in !steps.contains { $0 > lesson } }.min() ?? Int.max
        return forms.indices.last { sentence in
            forms[sentence].hasContent && !forms[sentence].isHeading && forms[sentence].part != .learning
                && sentences[sentence].end <= reflection
                && !lessons.contains { sentences[sentence].start <= $0.offset && $0.offset < sentences[sentence].end }
        }
    }

    /// Uses that last ("still being used", "still being followed"): the outcome kept, nothing still to come.
    static let lastingUses: Set<String> = ["used", "followed", "applied", "referenced", "adopted", "reused"]

    /// Whether a sentence tells an outcome still to come rather than one that happened: a plan, a
    /// hope, a wait, work under way ("we plan to launch next month", "still waiting on sign-off",
    /// "it is in development now", "he said he would think about it").
    /// `asEnding` reads the story's ending: there "would", "was going to" and "were waiting" are the
    /// past told from inside it ("employees would walk to the robot", "support was going to be critical").
    func isPending(_ sentence: Int, asEnding: Bool = false) -> Bool {
        let range = tokenRange(of: sentence)
        return range.contains { index in
            // Most words can tell nothing still to come: a flag test passes them by.
            let flags = tokens[index].flags
            guard !flags.isDisjoint(with: Self.pendingCues) || tokens[index].text.utf8.last == 0x6C else { return false }
            // "I'll never forget it", "I will always remember her face": a memory kept, nothing to come.
            if index + 2 < range.upperBound, ["never", "always"].contains(tokens[index + 1].text),
               ["forget", "remember"].contains(tokens[index + 2].text) { return false }
            // "sprint planning", "our planning sessions": the noun, no plan still to run.
            if tokens[index].text == "planning" && !Self.isPlanningAhead(index, in: range, tokens: tokens) { return false }
            if tokens[index].flags.contains(.pending) {
                // "users who were waiting for their bank": a wait inside the past, over by now.
                let pastWait = index > range.lowerBound && ["was", "were", "had"].contains(tokens[index - 1].text)
                if !(asEnding && (tokens[index].text == "would" || pastWait)) { return true }
            }
            guard index + 1 < range.upperBound else { return false }
            let word = tokens[index].text, next = tokens[index + 1].text
            if next == "to" && Lexicon.pendingBeforeTo.contains(word) {
                let pastFuture = asEnding && word == "going" && index > range.lowerBound && ["was", "were"].contains(tokens[index - 1].text)
                if !pastFuture { return true }
            }
            // "The plan was to roll it out to Europe": what was meant to follow.
            if (word == "plan" || word == "idea") && (next == "was" || next == "is") && index + 2 < range.upperBound && tokens[index + 2].isWord(.to) { return true }
            if (word == "in" || word == "under") && (next == "progress" || next == "development" || next == "review") || word == "not" && next == "yet" {
                return true
            }
            // "we'll have the read-out", "it'll go live": the contracted "will".
            if word.hasSuffix("'ll") || word.hasSuffix("\u{2019}ll") { return true }
            // "we'll know next quarter", but not "the next morning she signed".
            // A story told in the present ("we release in next month") tells its past that way.
            if word == "next" && Lexicon.futureUnits.contains(next) && (index == range.lowerBound || tokens[index - 1].text != "the")
                && !(asEnding && toldInThePresent) { return true }
            // "the rollback is now on the roadmap", "a decision to follow in the fall".
            if word == "on" && (next == "the" || next == "our") && index + 2 < range.upperBound && tokens[index + 2].text == "roadmap" { return true }
            if word == "to" && next == "follow" && (index + 2 == range.upperBound || breaksClause(before: index + 2) || tokens[index + 2].text == "in") { return true }
            // "the vendor talks are still going", "it is still in review".
            // "The style guide is still being used" is an outcome that lasts, not work under way.
            if word == "still" && ["going", "ongoing", "running", "being", "under", "waiting", "pending"].contains(next)
                && !(next == "being" && index + 2 < range.upperBound && Self.lastingUses.contains(tokens[index + 2].text)) { return true }
            // "sent it to the CRO for sign-off": waiting on someone's yes.
            if word == "for" && ["sign-off", "signoff", "approval", "sign"].contains(next)
                && (max(range.lowerBound, index - 6)..<index).contains(where: { Lexicon.sendingOnVerbs.contains(tokens[$0].text) }) { return true }
            // "the pilot is running in two districts", "the test is live": a trial still going.
            if Lexicon.trialWords.contains(word) && tokens[index + 1].flags.contains(.presentBe) { return true }
            // "we're in the middle of rolling it out".
            if word == "middle" && next == "of" && index > range.lowerBound && tokens[index - 1].text == "the" { return true }
            // "the data team is now checking", "I am working on the next version": work under way.
            if tokens[index].flags.contains(.presentBe) || word == "we're" || word == "they're" || word == "i'm" {
                var verb = index + 1
                if verb < range.upperBound, ["now", "still", "currently"].contains(tokens[verb].text) { verb += 1 }
                // "the project that several engineers are working on": work that describes the
                // thing, its preposition left at the clause's end, is no outcome still to come.
                let describes = verb + 1 < range.upperBound && tokens[verb + 1].text == "on"
                    && (verb + 2 >= range.upperBound || breaksClause(before: verb + 2))
                    && (max(range.lowerBound, index - 4)..<index).contains { ["that", "which", "who"].contains(tokens[$0].text) }
                // "…which serve me well whenever I'm working on payments": a habit, no work still to finish.
                let habitual = (max(range.lowerBound, index - 2)..<index).contains { ["whenever", "when", "while"].contains(tokens[$0].text) }
                if verb < range.upperBound, Lexicon.workUnderWay.contains(tokens[verb].text), !describes, !habitual { return true }
            }
            return false
        }
    }

    /// The story's last sentence of its own (no heading, no lesson), when it tells what is still to
    /// come and no outcome with a figure or a change ("sign-ups rose", "cut to 2 days") is told
    /// after the last step: the pilot is running, the read-out is next quarter, the deal is on the
    /// roadmap. The ending is kept, and before it any outcome told in words between the last step
    /// and it ("the director approved a pilot"), which leaves the result only weakly open.
    mutating func readPendingEnding() {
        guard framing == .pastExample, let lastStep = ((signals[.actionByMe] ?? []) + (signals[.actionByUs] ?? [])).map(\.offset).max() else { return }
        guard let last = lastStorySentence(), sentences[last].end > lastStep, isPending(last, asEnding: true), let ending = contentEvidence(of: last) else { return }
        // An outcome told in the ending itself ("…85% of the PRDs used it, and approval went from
        // 2 weeks to 5 days") settles it as much as one before it.
        let told = ((signals[.result] ?? []) + (signals[.quantifiedResult] ?? []) + (signals[.beforeAfter] ?? [])).filter { result in
            result.offset > lastStep && result.offset < sentences[last].end
        }
        // In the ending itself only a before and after or a comparison settles it: "went to beta
        // with 10% of sellers" beside "we expect to sign next quarter" is still a wait.
        let compared = (signals[.beforeAfter] ?? []) + (signals[.comparedResult] ?? [])
        let settled = told.contains { result in
            if compared.contains(where: { $0.offset == result.offset }) { return true }
            guard result.offset < sentences[last].start else { return false }
            return (signals[.quantifiedResult] ?? []).contains { $0.offset == result.offset }
                || Lexicon.tellsAChange(result.text)
        }
        guard !settled else { return }
        if let plain = told.first(where: { $0.offset < sentences[last].start }) { add(.pendingOutcome, plain) }
        add(.pendingOutcome, trimmed(ending))
    }

    static let notAClosingStep: WordFlags = [.adverb, .negator, .hypothetical, .perception, .effortVerb, .aim, .notAVerb, .conjunction]

    /// Groups served where care, teaching or an event is the work, bare or with "the": "the kids loved it".
    static let servedGroups: Set<String> = ["kids", "children", "students", "pupils", "patients", "guests", "audience", "attendees"]

    /// Those the steps were for, named with "the": "The customer wrote a good review", "the kids loved it".
    static let closingPeople: Set<String> = servedGroups.union([
        "customer", "client", "user", "seller", "buyer", "shopper", "guest", "patient", "merchant", "class",
    ])

    static let closingSubjects: Set<String> = servedGroups.union([
        "he", "she", "they", "it", "everyone", "everybody",
        // The people the steps were for: "Engineers started commenting on specs again".
        "engineers", "customers", "users", "people", "developers", "agents", "sellers", "clients", "stakeholders", "teams",
        // What was measured, told in words: "Adoption was strong in the first month".
        "adoption", "engagement", "usage", "uptake", "demand", "traffic", "sales", "revenue", "retention", "conversion", "pipeline",
    ])

    /// The story's closing results, when they carry no number and lean on intensifiers or admit
    /// they were not measured: the final outcomes decide, so a number on the way ("found 30% dropped
    /// at the address step") does not make "conversion went up a lot" measured, while a measured
    /// result after it ("…in the end sign-ups were up 12%") does. The vague words are quoted.
    mutating func readVagueResults() {
        let closing = resultSentences.reversed().prefix { !quantitySentences.contains($0) }
        let results = signals[.result] ?? [], mine = signals[.actionByMe] ?? [], ours = signals[.actionByUs] ?? []
        for (position, sentence) in closing.enumerated() {
            let range = sentences[sentence].start..<sentences[sentence].end
            // Before the last one, only a change is vague ("completion went up a lot"), not a step
            // or the setting told beside it ("took lots of time on research", "got some pushback").
            let isOutcome = { (hedge: Evidence) in
                position == 0 || results.contains { result in
                    result.offset == hedge.offset && Lexicon.tellsAChange(result.text)
                } && !mine.contains { $0.offset == hedge.offset } && !ours.contains { $0.offset == hedge.offset }
            }
            // What a choice cost ("which cost us some of the gain") is the trade-off told, not a vague outcome.
            if let hedge = (signals[.hedge] ?? []).last(where: { hedge in
                range.contains(hedge.offset) && isOutcome(hedge) && !hasEvidence(.tradeoff, .risk, where: { $0.offset == hedge.offset })
            })
                ?? (signals[.unmeasured] ?? []).last(where: { range.contains($0.offset) }) {
                add(.vagueResult, hedge)
                return
            }
        }
    }
}
