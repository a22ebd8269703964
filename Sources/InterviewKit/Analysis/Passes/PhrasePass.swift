/// Finds the lexicon's phrases: results, trade-offs, customers, learning, hedges, case parts and the rest.
extension AnswerReader {
    /// The parts of a product or go-to-market case. A switch rather than a set: it is asked of every match.
    static func isCasePart(_ kind: SignalKind) -> Bool {
        switch kind {
        case .problem, .hypothesis, .alternatives, .successMetric, .experiment, .mvp, .constraints,
             .segment, .positioning, .competition, .pricing, .promotion, .distribution: true
        default: false
        }
    }

    /// School words that are the work's setting when the candidate teaches.
    static let schoolSettings: Set<String> = [
        "my class", "the class", "homework", "exam", "exams", "semester", "my school", "at school", "academic year", "college", "university",
    ]

    /// The words of a match, lower-cased and joined by spaces.
    func phraseText(_ first: Int, _ last: Int) -> String {
        (first...last).map { tokens[$0].text }.joined(separator: " ")
    }

    /// Whether the story tells the candidate teaching: "my students", "I taught", "our lessons",
    /// "that classroom", "a student" (not "as a student").
    func tellsTeaching() -> Bool {
        tokens.indices.dropLast().contains { index in
            let word = tokens[index].text, next = tokens[index + 1].text
            guard tokens[index + 1].sentence == tokens[index].sentence else { return false }
            switch (word, next) {
            case ("my", "students"), ("my", "pupils"), ("my", "student"), ("i", "taught"), ("i", "teach"), ("i", "tutored"),
                 ("our", "lessons"), ("my", "lessons"), ("my", "classroom"), ("that", "classroom"), ("lesson", "plan"), ("lesson", "plans"):
                return true
            case ("a", "student"), ("a", "teacher"):
                // "As a student I…" is the candidate's own schooling; "as a teacher" is the work.
                let after = index > 0 && tokens[index - 1].sentence == tokens[index].sentence && tokens[index - 1].text == "as"
                return next == "teacher" ? after : !after
            default:
                return false
            }
        }
    }

    /// Kinds a question cannot show: a choice, what it cost or risked, an outcome.
    static func isToldNotAsked(_ kind: SignalKind) -> Bool {
        switch kind {
        case .decision, .tradeoff, .risk, .result, .outcome: true
        default: false
        }
    }

    /// Whether the words just before a match speak of the candidate: "made me look…", "I felt…".
    func isAboutSelf(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        return (max(0, index - 3)..<index).contains { look in
            tokens[look].sentence == sentence && (tokens[look].isWord(.i) || ["me", "myself", "i'm"].contains(tokens[look].text))
        }
    }

    mutating func readPhrases() {
        // The last token each signal's evidence reaches: a match before it adds nothing new. Results
        // are kept clause by clause, since probes quote them ("we shipped it and reviews improved"
        // holds two); for every other signal one piece of evidence per sentence proves it. By
        // kind's place in `allCases`, -1 before any evidence.
        var covered = Array(repeating: -1, count: SignalKind.allCases.count)
        let matches = AnswerAnalyzer.matcher.matches(in: tokens)
        deferredSentences = IndexBits(matches.filter { $0.kind == .deferral }.map { tokens[$0.firstToken].sentence })
        let teaches = matches.contains { $0.kind == .personalContext } && tellsTeaching()
        for match in matches {
            let sentence = tokens[match.firstToken].sentence
            let form = forms[sentence]
            // A heading says what comes next, not what happened: "Trade-offs:" covers no trade-off.
            if form.isHeading || match.firstToken < form.contentStart { continue }
            // "Is there a segment we should focus on?", "Did sign-ups improve?": a question asked,
            // in a case's clarifying questions or a story's aside, makes no choice and tells no outcome.
            if Self.isToldNotAsked(match.kind) && asksAQuestion(sentence) { continue }
            // "My students…", "in that classroom": where the candidate teaches, the class, the
            // homework and the exams are the work, not the candidate's own schooling.
            if match.kind == .personalContext && teaches && Self.schoolSettings.contains(phraseText(match.firstToken, match.lastToken)) { continue }
            let negated = isNegated(match.firstToken)
            // "loads in 2 seconds instead of 9": a comparison of figures, no option weighed.
            if [.tradeoff, .risk, .alternatives, .competition].contains(match.kind) && comparesFigures(match.lastToken) { continue }
            // "I saw that 6% had booked from two time zones, which meant hundreds of missed sessions":
            // what a finding implied, not what a choice cost.
            if match.kind == .tradeoff && tokens[match.firstToken].text == "which" && followsAFinding(match.firstToken) { continue }
            // "the credit risk team", "got legal and risk to agree": a team's name, no risk weighed.
            if (match.kind == .tradeoff || match.kind == .risk) && namesARiskTeam(match.firstToken, match.lastToken) { continue }
            // "we documented the trade-offs and met": the word named, none of them told.
            if match.kind == .tradeoff && isBareMention(match.firstToken, match.lastToken) { continue }
            // "the gift wrap option": a feature's name, no options weighed.
            if match.kind == .tradeoff && namesAFeatureOption(match.firstToken, match.lastToken) { continue }
            // "I didn't want to wait": the candidate's own reason, not a doubt of someone's answered.
            if match.kind == .tradeoff && isOwnReluctance(match.firstToken) { continue }
            // "I shared the results": the word names a thing handled, not what became of things.
            if (match.kind == .result || match.kind == .outcome) && isHandledObject(match.firstToken) { continue }
            // "I designed an improved solution": a word of change that only describes a thing made.
            if match.kind == .result && describesAThing(match.firstToken, match.lastToken) { continue }
            if Self.isCasePart(match.kind) && (isBareCaseHeading(match.lastToken) || deferredSentences.contains(sentence)) { continue }
            switch match.kind {
            case .evidence where negated:
                add(.unmeasured, clause(around: match.firstToken, match.lastToken))
                continue
            case .tradeoff, .risk, .learning, .experiment, .hypothesis, .customerImpact, .decision:
                if negated { continue }
                // "I decided to take it on", "decided to talk to her": taking the work up, no choice
                // between courses that could cost something.
                if match.kind == .decision && decidesToEngage(after: match.lastToken) { continue }
                // "Situation: … in 2011 we decided on a full rewrite": the choice that set the story up,
                // not one the candidate then weighed.
                if match.kind == .decision && form.part == .situation { continue }
                // "The API logs insisted the setting was right": what a thing showed, no one's choice.
                if match.kind == .decision && tokens[match.firstToken].text == "insisted" && match.firstToken > 0
                    && !(tokens[match.firstToken - 1].isWord(.i) || tokens[match.firstToken - 1].isWord(.we)
                         || tokens[match.firstToken - 1].flags.contains(.otherActor) || tokens[match.firstToken - 1].flags.contains(.heOrShe)) { continue }
                // "Leadership decided to hire five engineers", "they opted for a vendor": a choice of
                // someone else's, the setting or their step, not one the candidate weighed.
                if match.kind == .decision && match.firstToken > 0 && tokens[match.firstToken - 1].sentence == sentence
                    && (tokens[match.firstToken - 1].flags.contains(.otherActor) || tokens[match.firstToken - 1].flags.contains(.heOrShe)
                        || tokens[match.firstToken - 1].text == "they") { continue }
                // "I picked up the backlog": work taken on, not one course chosen over another.
                if match.kind == .decision && tokens[match.lastToken].text == "picked" && match.lastToken + 1 < tokens.count
                    && tokens[match.lastToken + 1].text == "up" { continue }
                // "a full rollout would have cost us $600k": the road not taken, not a reflection.
                if match.kind == .learning && isCounterfactual(at: match.firstToken) { continue }
            case .vagueAction:
                for index in match.firstToken...match.lastToken { vagueActionTokens.insert(index) }
                continue
            case .redFlag where match.firstToken == match.lastToken && isAboutSelf(match.firstToken):
                // "it made me look incompetent", "I felt lazy": a word of contempt turned on oneself, not on others.
                continue
            case .result, .outcome:
                if isAim(match.firstToken) || isCondition(match.firstToken) || isIntended(match.firstToken) { continue }
                // "Finally, I moved the scripts after the form", "I successfully presented the map":
                // the story's last step, told in order, not what became of things.
                if introducesAStep(match.firstToken, match.lastToken) { continue }
                // "…so that they could answer faster": what the step was for, not what it did.
                if statesAPurpose(match.firstToken, match.lastToken) { continue }
                // A result verb early in the story, with no number to it, is usually its setting ("I
                // once launched a marketplace…"); near the end, or under a result heading, it is
                // what became of things.
                if isUnderOtherHeading(sentence)
                    || (isSetting(match.firstToken) || isFinding(match.firstToken)) && !(match.kind == .outcome && tokens[match.firstToken].flags.contains(.adverb)) {
                    add(.earlyResult, clause(around: match.firstToken, match.lastToken))
                    continue
                }
                resultSentences.insert(sentence)
            case .timeFrame:
                timeFrameSentences.insert(sentence)
            default:
                break
            }
            // "I picked the message over the price cut": a decision that names what it was chosen over.
            if match.kind == .decision, let over = alternativeNamed(after: match.lastToken) {
                add(.tradeoff, clause(around: match.firstToken, over))
            }
            let kind: SignalKind = match.kind == .outcome ? .result : match.kind
            if match.firstToken <= covered[Int(kind.caseIndex)] { continue }
            // "I decided to…", "I usually…": quoted from the subject.
            let subject = match.firstToken > 0 && tokens[match.firstToken - 1].sentence == sentence
                && (tokens[match.firstToken - 1].isWord(.i) || tokens[match.firstToken - 1].isWord(.we))
                ? match.firstToken - 1 : nil
            let first = tokens[match.firstToken]
            let fromSubject = first.isWord(.i) || first.isWord(.we) || first.isWord(.you) || (kind == .decision && subject != nil)
            var bounds = clauseBounds(around: kind == .decision ? subject ?? match.firstToken : match.firstToken, match.lastToken, startingAtSubject: fromSubject)
            // "Afterward, I gave…": a sentence adverb's outcome is the clause it introduces.
            if match.kind == .outcome, bounds.upperBound == match.lastToken, match.lastToken + 1 < tokens.count,
               tokens[match.lastToken + 1].sentence == sentence {
                bounds = bounds.lowerBound...clauseBounds(around: match.lastToken + 1, match.lastToken + 1).upperBound
            }
            covered[Int(kind.caseIndex)] = kind == .result ? bounds.upperBound : sentenceEnd(of: match.firstToken)
            add(kind, evidence(for: bounds, startingAtSubject: fromSubject))
        }
    }

    /// Options weighed without the words of a trade-off: the course not taken, then why not ("I
    /// could have pushed the date quietly, but her team was planning around it"), and a choice
    /// made though it cost something ("I decided to show cards first, even though fewer paid that
    /// way"). A regret ("I could have asked earlier, but I didn't") is a lesson, not an option weighed.
    mutating func readWeighedOptions() {
        // Lessons other than the "could have" itself, which the phrases read as reflection.
        let lessons = Dictionary(grouping: (signals[.learning] ?? []).map(\.offset), by: { sentence(atByte: $0) })
        let decided = Set((signals[.decision] ?? []).map { sentence(atByte: $0.offset) })
        var weighed: Set<Int> = []
        for index in tokens.indices.dropFirst() {
            guard Self.weighingWords.contains(where: tokens[index].isSpelled) else { continue }
            let word = tokens[index].text
            let sentence = tokens[index].sentence
            guard !weighed.contains(sentence), forms[sentence].part != .learning,
                  !(lessons[sentence] ?? []).contains(where: { $0 != tokens[index - 1].start && $0 != tokens[index].start })
            else { continue }
            let end = sentenceEnd(of: index)
            if word == "could", index + 1 < end, tokens[index + 1].text == "have",
               tokens[index - 1].sentence == sentence, !tokens[index - 1].flags.isDisjoint(with: [.me, .us]),
               let turn = (index + 2...end).first(where: { tokens[$0].text == "but" || tokens[$0].text == "instead" }), turn > index + 2,
               !admitsNotDoingIt(after: turn) {
                weighed.insert(sentence)
                add(.tradeoff, clause(around: index - 1, turn - 1, startingAtSubject: true))
            } else if decided.contains(sentence), word == "though" && tokens[index - 1].text == "even" || word == "although" {
                weighed.insert(sentence)
                add(.tradeoff, clause(around: word == "though" ? index - 1 : index, min(index + 4, end)))
            }
        }
    }

    /// The words options are weighed on: "could have…but", "even though", "although".
    static let weighingWords = ["could", "though", "although"].map(SpelledWord.init)

    /// "…but I didn't", "…but we never did": the course that should have been taken, a regret.
    func admitsNotDoingIt(after turn: Int) -> Bool {
        let end = min(sentenceEnd(of: turn), turn + 3)
        guard turn < end else { return false }
        return (turn + 1...end).contains { tokens[$0].endsInNot || tokens[$0].text == "not" || tokens[$0].text == "never" }
    }

    /// A number right after "instead of", "rather than" or "versus": figures compared, not options.
    /// "every two weeks instead of every six" compares figures too.
    func comparesFigures(_ last: Int) -> Bool {
        var next = last + 1
        // "instead" as the match, "of" after it.
        if next < tokens.count, tokens[next].text == "of" || tokens[next].text == "than" { next += 1 }
        guard next < tokens.count, tokens[next].sentence == tokens[last].sentence else { return false }
        let word = tokens[next - 1].text
        guard word == "of" || word == "than" || word == "versus" || word == "vs" else { return false }
        if ["every", "the", "a", "about", "around"].contains(tokens[next].text), next + 1 < tokens.count,
           tokens[next + 1].sentence == tokens[last].sentence { next += 1 }
        return tokens[next].hasDigit || tokens[next].flags.contains(.numberWord)
    }

    /// Whether a discovery verb ("saw that", "found", "noticed") comes earlier in the sentence,
    /// within fifteen words.
    func followsAFinding(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        return (max(0, index - 15)..<index).contains { tokens[$0].sentence == sentence && Lexicon.discoveryVerbs.contains(tokens[$0].text) }
    }

    /// "Risk" as the name of a team: before a word for a team ("the risk team", "risk reviews"),
    /// or listed with other teams ("got legal and risk to sign off").
    func namesARiskTeam(_ first: Int, _ last: Int) -> Bool {
        guard first == last, tokens[first].text == "risk" else { return false }
        let sentence = tokens[first].sentence
        if last + 1 < tokens.count, tokens[last + 1].sentence == sentence, Self.teamWords.contains(tokens[last + 1].text) { return true }
        let inSentence = { (index: Int) in index >= 0 && index < self.tokens.count && self.tokens[index].sentence == sentence }
        // "legal and risk", "legal, risk", "risk and compliance".
        if inSentence(first - 2), tokens[first - 1].isWord(.and), Self.functionNames.contains(tokens[first - 2].text) { return true }
        if inSentence(first - 1), tokens[first].punctuatedBefore, Self.functionNames.contains(tokens[first - 1].text) { return true }
        return inSentence(first + 2) && tokens[first + 1].isWord(.and) && Self.functionNames.contains(tokens[first + 2].text)
    }

    static let teamWords: Set<String> = ["team", "teams", "function", "department", "org", "committee", "officer", "lead", "leads", "partners"]
    static let functionNames: Set<String> = ["legal", "compliance", "finance", "security", "privacy", "fraud", "audit", "ops", "operations"]

    /// "document the trade-offs", "weighed the pros and cons": the trade-off words after "the",
    /// with nothing after them in the clause that says what was traded ("of", "between", ":", "was").
    func isBareMention(_ first: Int, _ last: Int) -> Bool {
        let word = tokens[first].text
        guard word.hasPrefix("trade") || word == "pros", first > 0, tokens[first - 1].sentence == tokens[first].sentence,
              ["the", "all", "any", "some", "those", "these"].contains(tokens[first - 1].text) else { return false }
        let next = last + 1
        guard next < tokens.count, tokens[next].sentence == tokens[last].sentence, !breaksClause(before: next) else { return true }
        return !["of", "between", "was", "were", "is", "are", "being", "for", "in", "with"].contains(tokens[next].text)
    }

    /// "the gift wrap option", "an option page": "option" alone, with no count, contrast or label
    /// that makes it one of several courses ("two options", "the other option", "option B").
    func namesAFeatureOption(_ first: Int, _ last: Int) -> Bool {
        guard first == last, tokens[first].text == "option" || tokens[first].text == "options" else { return false }
        let sentence = tokens[first].sentence
        if (max(0, first - 2)..<first).contains(where: { tokens[$0].sentence == sentence
            && (Self.optionCounts.contains(tokens[$0].text) || tokens[$0].flags.contains(.numberWord) || tokens[$0].hasDigit) }) { return false }
        guard last + 1 < tokens.count, tokens[last + 1].sentence == sentence else { return true }
        let next = tokens[last + 1]
        return !(next.hasDigit || next.text.utf8.count == 1 || ["was", "were", "is", "would", "of"].contains(next.text))
    }

    static let optionCounts: Set<String> = ["other", "another", "both", "either", "several", "many", "different", "alternative", "best", "cheaper", "safer", "faster", "first", "second", "third", "last"]

    /// "I didn't want to…", "we did not want to…": told of the candidate or the team, a reason,
    /// unless the sentence goes on to say why that course was turned down ("I did not want to just
    /// file a ticket and wait, because…", "…, so instead I…"): then it is an option weighed.
    func isOwnReluctance(_ first: Int) -> Bool {
        let word = tokens[first].text
        guard word == "did" || word == "didn't", first > 0, tokens[first - 1].sentence == tokens[first].sentence else { return false }
        guard tokens[first - 1].isWord(.i) || tokens[first - 1].isWord(.we) else { return false }
        let end = sentenceEnd(of: first)
        return first + 3 > end || !(first + 3...end).contains { Self.reasonsTurnedDown.contains(tokens[$0].text) }
    }

    /// Words that give why a course was turned down, or what was done in its place.
    static let reasonsTurnedDown: Set<String> = ["because", "since", "instead", "rather", "otherwise"]

    /// "shared the results", "cached our results": a result word as the object of a step, after a
    /// determiner that follows a past verb.
    func isHandledObject(_ index: Int) -> Bool {
        let word = tokens[index].text
        guard word == "result" || word == "results" || word == "outcome" || word == "outcomes", index >= 2,
              tokens[index - 2].sentence == tokens[index].sentence else { return false }
        let determiner = tokens[index - 1].text
        guard determiner == "the" || determiner == "our" || determiner == "my" || determiner == "their" || determiner == "these" else { return false }
        return isPastForm(index - 2)
    }

    /// Whether a word of change stands between a determiner and the noun it describes ("designed an
    /// improved solution", "the increased load"): a thing named, not what became of things, unless
    /// it is what was seen or reached ("we saw an improved retention").
    func describesAThing(_ first: Int, _ last: Int) -> Bool {
        guard first == last, first > 0, last + 1 < tokens.count, tokens[first - 1].sentence == tokens[first].sentence,
              tokens[last + 1].sentence == tokens[first].sentence, !breaksClause(before: last + 1),
              ["a", "an", "the"].contains(tokens[first - 1].text) else { return false }
        let next = tokens[last + 1]
        guard next.flags.isDisjoint(with: [.conjunction, .presentBe]), !next.hasDigit,
              !["by", "to", "from", "of", "in", "on", "was", "were", "than"].contains(next.text) else { return false }
        let verb = first > 1 && tokens[first - 2].sentence == tokens[first].sentence ? tokens[first - 2] : nil
        return !(verb.map { $0.flags.contains(.perception) || Lexicon.reachingVerbs.contains($0.text) } ?? false)
    }

    /// Whether an adverb of sequence or of success ("finally", "in the end", "successfully")
    /// stands on a step of the candidate's or the team's that only puts the work before others:
    /// "In the end I presented two options to the committee", "I successfully pitched the map".
    /// What the step was, shipped or changed, may be the outcome ("eventually we added a switch").
    func introducesAStep(_ first: Int, _ last: Int) -> Bool {
        guard Lexicon.sequenceOutcomeWords.contains(tokens[first].text) || tokens[first].text == "in" || tokens[first].text == "after" else { return false }
        let sentence = tokens[first].sentence
        var verb = last + 1
        if tokens[first].text == "successfully" {
            // "I successfully presented…", "Successfully migrated…": the verb follows the adverb.
            let opensOrMine = first == forms[sentence].contentStart || tokens[first - 1].isWord(.i) || tokens[first - 1].isWord(.we)
            guard opensOrMine else { return false }
        } else {
            guard verb < tokens.count, tokens[verb].sentence == sentence else { return false }
            if tokens[verb].isWord(.i) || tokens[verb].isWord(.we) { verb += 1 }
        }
        while verb < tokens.count, tokens[verb].sentence == sentence, tokens[verb].flags.contains(.adverb) { verb += 1 }
        guard verb < tokens.count, tokens[verb].sentence == sentence, isPastForm(verb) else { return false }
        return Lexicon.handingOnVerbs.contains(tokens[verb].text)
    }

    /// Whether "so that" opens what a step was meant to bring about: "…so that they could answer
    /// faster", "so that we would not forget".
    func statesAPurpose(_ first: Int, _ last: Int) -> Bool {
        guard tokens[first].text == "so", last == first + 1, tokens[last].text == "that" else { return false }
        let sentence = tokens[first].sentence
        return (last + 1..<min(tokens.count, last + 4)).contains { tokens[$0].sentence == sentence && Self.purposeModals.contains(tokens[$0].text) }
    }

    static let purposeModals: Set<String> = ["could", "can", "would", "will", "might", "may", "won't", "wouldn't", "couldn't", "can't", "cannot"]

    /// "asked to improve", "could be achieved", "would have helped": an aim or a wish, not an outcome.
    func isAim(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        guard index > 0, tokens[index - 1].sentence == sentence else { return false }
        if tokens[index - 1].flags.contains(.aim) { return true }
        let auxiliary = tokens[index - 1].text
        guard auxiliary == "be" || auxiliary == "have" || auxiliary == "been", index > 1, tokens[index - 2].sentence == sentence else { return false }
        return tokens[index - 2].flags.contains(.aim)
    }

    /// Whether the words at `index` say what a step was meant to keep or bring about: "I traced it
    /// through every layer to make sure the ledger stayed consistent", "…to ensure nothing broke".
    /// So is the object of a verb of purpose after "to": "…needed a hero feature to drive
    /// subscription growth", "to generate media coverage".
    func isIntended(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var back = index - 1
        while back > 0, index - back <= 5, tokens[back].sentence == sentence, !breaksClause(before: back + 1) {
            let word = tokens[back].text
            if word == "ensure" || (word == "sure" && ["make", "making"].contains(tokens[back - 1].text)) {
                let to = word == "ensure" ? back - 1 : back - 2
                return to >= 0 && tokens[to].sentence == sentence && tokens[to].isWord(.to)
            }
            if index - back <= 3, Self.purposeVerbs.contains(word), tokens[back - 1].isWord(.to), tokens[back - 1].sentence == sentence { return true }
            back -= 1
        }
        return false
    }

    /// Verbs that, after "to", say what something was for: "to drive growth".
    static let purposeVerbs: Set<String> = ["drive", "generate", "boost", "spur", "fuel", "unlock", "enable", "support", "deliver"]

    /// Whether "would have", "could have" or "should have" at `first` tells what the other course
    /// would have done ("the launch would have slipped") rather than what the candidate or the team
    /// would do differently ("I would have asked earlier", "we should have tested it"). A note that
    /// opens on "Should have…" has dropped its "I": the writer's own regret.
    func isCounterfactual(at first: Int) -> Bool {
        let word = tokens[first].text
        guard word == "would" || word == "could" || word == "should", first + 1 < tokens.count, tokens[first + 1].text == "have" else { return false }
        let sentence = tokens[first].sentence
        if word == "should" && (first == 0 || tokens[first - 1].sentence != sentence) { return false }
        let subject = first > 0 && tokens[first - 1].sentence == sentence ? tokens[first - 1].flags : []
        return subject.isDisjoint(with: [.me, .us])
    }

    /// Whether a decision word is followed by taking the work up rather than a course chosen:
    /// "decided to take it on", "decided to reach out", "decided to dig into the logs".
    func decidesToEngage(after last: Int) -> Bool {
        var index = last + 1
        if index < tokens.count, tokens[index].isWord(.to) { index += 1 }
        guard index < tokens.count, tokens[index].sentence == tokens[last].sentence, index > last + 1 || tokens[last].isWord(.to) else { return false }
        return Lexicon.engagingVerbs.contains(tokens[index].text)
    }

    /// "if I failed", "unless we shipped": a result word in a condition tells nothing that happened.
    func isCondition(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        return (max(0, index - 3)..<index).contains { tokens[$0].sentence == sentence && Lexicon.conditionWords.contains(tokens[$0].text) }
    }

    /// "…over…", "…instead of…", "…rather than…" within a dozen words after a decision.
    func alternativeNamed(after index: Int) -> Int? {
        let end = min(sentenceEnd(of: index), index + 12)
        guard index < end else { return nil }
        return (index + 1...end).first { ["over", "instead", "rather", "versus", "vs"].contains(tokens[$0].text) }
    }

    func isSetting(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        // Under a Situation or Task heading a result verb is the setting, whatever its number.
        if forms[sentence].part == .situation || forms[sentence].part == .task { return true }
        guard forms[sentence].part != .result, sentences.count > 2 else { return false }
        guard sentence == 0 || position(of: index) < 0.4 else { return false }
        return !hasRelativeQuantity(near: index)
    }

    /// "I pulled the logs and found that 30% of searches failed": in the first half of the story,
    /// what a look at the data showed is the problem found, not what became of things.
    func isFinding(_ index: Int) -> Bool {
        guard forms[tokens[index].sentence].part != .result, position(of: index) < 0.5 else { return false }
        let sentence = tokens[index].sentence
        return (max(0, index - 10)..<index).contains { tokens[$0].sentence == sentence && Lexicon.discoveryVerbs.contains(tokens[$0].text) }
    }

    /// A number that compares, within a dozen words of token `index` in its sentence: a percentage,
    /// a multiple, "from … to …", "by 3", "fewer", "halved". The window keeps a paste with no full
    /// stops linear.
    func hasRelativeQuantity(near center: Int) -> Bool {
        let sentence = tokenRange(of: tokens[center].sentence)
        let range = max(sentence.lowerBound, center - 12)..<min(sentence.upperBound, center + 13)
        return range.contains { index in
            let token = tokens[index]
            if token.flags.contains(.multiplier) && isMultiplier(index) || isComparative(index) { return true }
            guard token.hasDigit, !listMarkers.contains(index) else { return false }
            if token.text.hasSuffix("%") || token.text.hasSuffix("x") { return true }
            let next = index + 1 < range.upperBound ? tokens[index + 1].text : ""
            let previous = index > range.lowerBound ? tokens[index - 1].text : ""
            return next == "%" || next == "percent" || next == "pct" || next == "times" || next == "x" || next == "pp" || next == "points"
                || previous == "by" || previous == "from" || previous == "to" || previous == "than"
        }
    }

    /// "Pricing:" as a heading says which part comes next, not what it contains: it counts
    /// only when at least five words of substance follow it in the same sentence.
    func isBareCaseHeading(_ index: Int) -> Bool {
        let end = tokens[index].end
        guard end < bytes.count, bytes[end] == 0x3A else { return false }
        var following = 0
        var next = index + 1
        while next < tokens.count, tokens[next].sentence == tokens[index].sentence, following < 5 {
            following += 1
            next += 1
        }
        return following < 5
    }

    /// "Target is everyone" is no segment: segment evidence in such a sentence does not count.
    mutating func dropEveryoneSegments() {
        guard signals[.segment] != nil else { return }
        let vague = Set(tokens.filter { $0.flags.contains(.everyone) }.map(\.sentence))
        guard !vague.isEmpty else { return }
        dropEvidence(of: .segment, inSentences: vague.contains)
    }
}
