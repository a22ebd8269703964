/// How the story's outcome is told: with a number, or only in words ("it really paid off",
/// "the team was happier"), or admitted unmeasured.
extension AnswerReader {
    /// The story's last sentence, when it tells in the past what someone or something else did
    /// after the candidate's steps ("she agreed and signed off", "he finished the assignment"):
    /// that is what became of things, whatever its verb.
    mutating func readClosingOutcome() {
        guard signals[.actionByMe] != nil || signals[.actionByUs] != nil else { return }
        guard let last = forms.indices.last(where: { forms[$0].hasContent && !forms[$0].isHeading && forms[$0].part != .learning }),
              !resultSentences.contains(last), !isPending(last) else { return }
        let range = forms[last].contentStart..<forms[last].contentEnd
        let subjects = range.filter { index in
            opensClause(at: index) && (tokens[index].flags.contains(.otherActor) || Self.closingSubjects.contains(tokens[index].text)
                || (index + 1 < range.upperBound && ["the", "my", "our"].contains(tokens[index].text) && tokens[index + 1].flags.contains(.otherActor))
                // "…and then the launch happened", "the migration finished that night": the thing itself.
                || (index + 2 < range.upperBound && ["the", "our", "this"].contains(tokens[index].text) && !tokens[index + 1].flags.contains(.us)
                    && isPastForm(index + 2) && !Lexicon.discoveryVerbs.contains(tokens[index + 2].text)))
        }
        // A story told in the present ("I make a doc… He accept.") ends in the present too.
        let presentStory = toldAsAStory && presentSteps >= 2 && presentSteps > pastVerbs
        for subject in subjects {
            let verbs = (subject + 1)..<min(subject + 4, range.upperBound)
            if presentStory, subject + 1 < range.upperBound, tokens[subject + 1].flags.isDisjoint(with: Self.notAClosingStep),
               !isNegated(subject + 1), !tokens[subject + 1].endsInNot {
                resultSentences.insert(last)
                add(.result, clause(around: subject, min(subject + 4, range.upperBound - 1), startingAtSubject: true))
                return
            }
            // What they did, the state they were left in ("they were satisfied with the plan"), or
            // how things are now ("so they take one day now").
            let isNow = ((subject + 1)..<min(subject + 8, range.upperBound)).contains { tokens[$0].text == "now" }
            guard let verb = verbs.first(where: { isPastForm($0) || tokens[$0].text == "did" || tokens[$0].flags.contains(.stativePast) || (isNow && $0 == subject + 1) }),
                  !tokens[verb].flags.contains(.effortVerb), !tokens[verb].flags.contains(.perception), !isNegated(verb),
                  !tokens[verb].endsInNot, verb + 1 >= range.upperBound || !tokens[verb + 1].flags.contains(.negator) else { continue }
            resultSentences.insert(last)
            add(.result, clause(around: subject, min(verb + 3, range.upperBound - 1), startingAtSubject: true))
            return
        }
    }

    /// A story told in the present tells its outcome in the present too: "after the fix the
    /// completion rate is much more better", "we get 40k downloads in first month". After the first
    /// step, a clause whose subject is not the candidate, told with "is"/"are" or a verb of change
    /// and then a comparison or a figure, is a result; so is "we get" with a figure.
    mutating func readPresentOutcomes() {
        guard toldAsAStory, presentSteps >= 2, presentSteps > pastVerbs,
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

    /// Whether a sentence tells an outcome still to come rather than one that happened: a plan, a
    /// hope, a wait, work under way ("we plan to launch next month", "still waiting on sign-off",
    /// "it is in development now", "he said he would think about it").
    func isPending(_ sentence: Int) -> Bool {
        let range = tokenRange(of: sentence)
        return range.contains { index in
            if tokens[index].flags.contains(.pending) { return true }
            guard index + 1 < range.upperBound else { return false }
            let word = tokens[index].text, next = tokens[index + 1].text
            if next == "to" && Lexicon.pendingBeforeTo.contains(word) { return true }
            // "The plan was to roll it out to Europe": what was meant to follow.
            if (word == "plan" || word == "idea") && (next == "was" || next == "is") && index + 2 < range.upperBound && tokens[index + 2].isWord(.to) { return true }
            return (word == "in" || word == "under") && (next == "progress" || next == "development" || next == "review") || word == "not" && next == "yet"
        }
    }

    static let notAClosingStep: WordFlags = [.adverb, .negator, .hypothetical, .perception, .effortVerb, .aim, .notAVerb, .conjunction]

    static let closingSubjects: Set<String> = [
        "he", "she", "they", "it", "everyone", "everybody",
        // The people the steps were for: "Engineers started commenting on specs again".
        "engineers", "customers", "users", "people", "developers", "agents", "sellers", "clients", "stakeholders", "teams",
    ]

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
                    result.offset == hedge.offset && Lexicon.changeWords.contains { result.text.lowercased().containsBytes(of: $0) }
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
