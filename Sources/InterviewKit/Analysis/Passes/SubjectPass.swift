/// Who did what: actions told with "I", with "we" or the team, and by someone else ("my manager
/// got it approved"); verb-first fragments ("Built a script…", "- Added alerts") as the speaker's
/// own steps; "I would…" and habits ("I always…") as no past event.
extension AnswerReader {
    mutating func countPastVerbs() {
        pastVerbs = 0
        var pastState = false
        var figures = false
        // "In my last company…", "two years ago", "one day": set in the past, however it is told.
        var pastAnchor = false
        var habitWords = false
        presentSteps = 0
        // Sentences with a step told in the present, or opening on what came next.
        var presentStepSentences = IndexBits()
        // "Every day", "every week": a habit, unless a story set in a past time is told in the
        // present, as many second-language speakers tell one: there it is a step repeated then ("I
        // was responsible for the launch… I work with the bank team every day"). Beside a story told
        // in the past, "I sit with my engineers every day" is how the candidate works.
        var recurring = false
        defer {
            repeatsWithinAStory = recurring && (pastState || pastAnchor) && presentSteps >= pastVerbs
            if recurring && !repeatsWithinAStory { habitWords = true }
            // A story at all: past verbs, a state in the past ("was", "had"), or figures. Then
            // present-tense steps ("I explain why…") are narration, not habits.
            // Asked for one time, and answered in the present with no word of habit ("always",
            // "usually"): the present is how the candidate tells that time.
            let askedForATime = framing == .pastExample && !habitWords
            // A habit told mostly in the present ("When I need to learn a domain, I identify…, I
            // read…, I validate…") is a method, whatever past forms lie among its words.
            let method = habitWords && presentSteps >= pastVerbs
            toldAsAStory = pastVerbs >= 2 && !method || pastState || figures || pastAnchor || askedForATime
            // In a story with no word of habit, a step told in the present ("I tell my director",
            // "then my manager talk with the VP", "finally my boss decide…") is what happened next,
            // as many second-language speakers tell a past time.
            if toldAsAStory && !habitWords {
                for sentence in presentStepSentences { narrated.insert(sentence) }
            }
            narratedInThePresent = toldAsAStory && !habitWords && presentSteps >= 1
        }
        for index in tokens.indices {
            if tokens[index].hasDigit && !listMarkers.contains(index) { figures = true }
            if !pastAnchor { pastAnchor = isPastAnchor(index) }
            if marksAHabit(index) {
                if tokens[index].text == "every" { recurring = true } else { habitWords = true }
            } else if tokens[index].isWord(.when) && opensAHabit(index) {
                habitWords = true
            }
            if index > 0, tokens[index - 1].isWord(.i) || tokens[index - 1].isWord(.we), tokens[index].flags.contains(.actionVerb), !isPastForm(index) {
                presentSteps += 1
                presentStepSentences.insert(tokens[index].sentence)
            }
            if index == forms[tokens[index].sentence].contentStart && Self.nextInSequence.contains(tokens[index].text) {
                presentStepSentences.insert(tokens[index].sentence)
            }
            // A past form in a question ("What were the problems you set out to solve?") or after
            // the "you" of anyone ("the goals you set") tells no event of the candidate's.
            if index > 0 && tokens[index - 1].isWord(.you) || asksAQuestion(tokens[index].sentence) { continue }
            if isPastForm(index) {
                pastVerbs += 1
                narrated.insert(tokens[index].sentence)
            } else if tokens[index].flags.contains(.stativePast) || tokens[index].isWord(.did) {
                narrated.insert(tokens[index].sentence)
                pastState = true
            }
        }
    }

    /// Words that open a sentence telling what happened next.
    static let nextInSequence: Set<String> = ["then", "finally", "afterwards", "later", "next", "eventually"]

    /// "When I disagree with my manager, I…": a time that recurs, told in the present.
    func opensAHabit(_ index: Int) -> Bool {
        guard tokens[index].isWord(.when), index + 2 < tokens.count, tokens[index + 2].sentence == tokens[index].sentence else { return false }
        let subject = tokens[index + 1]
        guard subject.isWord(.i) || subject.isWord(.we) else { return false }
        let verb = index + 2
        // "When I need to learn a domain…", "when I have to say no…": a need that recurs.
        let need = tokens[verb].text
        if need == "need" || need == "want" || need == "have" { return true }
        return !isPastForm(verb) && !tokens[verb].flags.contains(.stativePast) && !tokens[verb].isWord(.did)
            && !tokens[verb].flags.contains(.adverb) && !tokens[verb].flags.contains(.hypothetical) && !tokens[verb].flags.contains(.presentBe)
    }

    /// "When I joined the team…", "when I start work at the bank": arriving, told as the time of
    /// the story, is its setting.
    func arrives(at subject: Int, verb: Int) -> Bool {
        subject > 0 && tokens[subject - 1].isWord(.when) && tokens[subject - 1].sentence == tokens[subject].sentence
            && Self.arrivalVerbs.contains(tokens[verb].text)
    }

    static let arrivalVerbs: Set<String> = ["joined", "join", "started", "start", "moved", "arrived", "began", "came", "took"]

    /// "spent two years at a bank", "worked 3 months as an analyst": a span of time in a job, right
    /// after a verb of spending it. Time spent on the work ("I spent a month on the spec") is a step.
    func spansTime(after verb: Int) -> Bool {
        let word = tokens[verb].text
        guard word == "spent" || word == "worked", verb + 2 < tokens.count, tokens[verb + 2].sentence == tokens[verb].sentence else { return false }
        let amount = tokens[verb + 1]
        guard (amount.hasDigit || amount.flags.contains(.numberWord) || amount.text == "a") && tokens[verb + 2].flags.contains(.duration) else { return false }
        let after = verb + 3 < tokens.count && tokens[verb + 3].sentence == tokens[verb].sentence ? tokens[verb + 3].text : ""
        return tokens[verb + 2].text.hasPrefix("year") || ["at", "as", "in", "with", "for"].contains(after)
    }

    /// Words that place a story in the past: "last" or "previous" before a job or a span
    /// ("my last company", "last quarter"), "ago", "one day", "once".
    func isPastAnchor(_ index: Int) -> Bool {
        let word = tokens[index]
        let sentence = word.sentence
        if word.isWord(.ago) || word.isWord(.once) || word.text == "previously" || word.text == "formerly" { return true }
        // "Before, every new hire needed a week": a story that opens on how things were.
        if word.text == "before", index == forms[sentence].contentStart, index + 1 < tokens.count, tokens[index + 1].sentence == sentence,
           bytes[word.end..<tokens[index + 1].start].contains(0x2C) { return true }
        if word.isWord(.one), index + 1 < tokens.count, tokens[index + 1].sentence == sentence, tokens[index + 1].isWord(.day) { return true }
        guard word.isWord(.last) || word.isWord(.previous) || word.isWord(.former) else { return false }
        return (index + 1..<min(tokens.count, index + 3)).contains { tokens[$0].sentence == sentence && Lexicon.pastAnchorNouns.contains(tokens[$0].text) }
    }

    mutating func readSubjects() {
        readFragments()
        readNamedSteps()
        var index = 0
        while index < tokens.count {
            let sentence = tokens[index].sentence
            let flags = tokens[index].flags
            guard index >= forms[sentence].contentStart, flags.contains(.me) || flags.contains(.us) || flags.contains(.heOrShe) || flags.contains(.otherActor) else {
                index += 1
                continue
            }
            let word = tokens[index].text
            let previous = index > 0 && tokens[index - 1].sentence == sentence ? tokens[index - 1].text : ""
            let isMe = word == "i" || word == "i'd" || word == "i'll" || word == "i've" || word == "i'm"
            // Notes drop the article: "Team investigated", "Manager approved it", "…, SRE scaled the
            // database" open a clause on whose step it was. "Sales grew 20%" is a figure, not a team.
            let opensNote = opensClause(at: index) && index + 1 < tokens.count && tokens[index + 1].sentence == sentence && isPastForm(index + 1)
                && !tokens[index + 1].flags.contains(.comparative) && !Lexicon.changeVerbs.contains(tokens[index + 1].text)
            let determined = previous == "the" || previous == "my" || previous == "our" || previous == "their" || opensNote
            // "the analytics team ran…", "our PM lead proposed…", "my tech lead found…": one word
            // naming which, between the determiner and someone else.
            let twoBack = index >= 2 && tokens[index - 2].sentence == sentence && previous != "" && tokens[index - 1].flags.isDisjoint(with: [.me, .us])
                ? tokens[index - 2].text : ""
            let isUs = word == "we" || word == "we'd" || word == "we've" || word == "we'll" || word == "we're"
                || (word == "team" && determined)
            // "They" is left out: as often as people, it is the numbers ("they dropped from 1,200 to 700").
            let isOther = word == "he" || word == "she"
                || (word == "team" && !determined && (twoBack == "the" || twoBack == "their"))
                || (tokens[index].flags.contains(.otherActor) && (determined || previous == "his" || previous == "her"
                    || Self.determiners.contains(twoBack)))
            guard isMe || isUs || isOther else { index += 1; continue }
            // "If I failed at something, I would…": a condition, not a time it happened.
            if Lexicon.conditionWords.contains(previous) { index += 1; continue }
            // "a flow where we asked…", "after we rolled it out", "the range which we moved":
            // the team in a clause that describes or dates something, not a step of the story.
            if isUs && Self.subordinators.contains(previous) { index += 1; continue }
            if word == "i'd" || word == "i'll" || word == "we'd" || word == "we'll" {
                let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
                if next == "have" || (index + 1 < tokens.count && tokens[index + 1].flags.contains(.participle)) || (next.hasSuffix("ed") && !word.hasSuffix("ll")) {
                    // "I'd have…" reflects; "I'd already built…" is past perfect.
                    if next != "have" { recordAction(isMe ? .actionByMe : .actionByUs, at: index, verb: index + 1) }
                } else {
                    add(.hypothetical, clause(around: index, min(index + 3, tokens.count - 1), startingAtSubject: true))
                }
                index += 1
                continue
            }
            var verb = index + 1
            while verb < tokens.count, tokens[verb].sentence == sentence, tokens[verb].flags.contains(.adverb) { verb += 1 }
            guard verb < tokens.count, tokens[verb].sentence == sentence else { index += 1; continue }
            let kind: SignalKind = isMe ? .actionByMe : isUs ? .actionByUs : .actionByOther
            // "Our team launched…", "my manager called…": the quote keeps the word that says whose.
            let named = word == "team" || tokens[index].flags.contains(.otherActor)
            let subject = named && index > forms[sentence].contentStart && Self.determiners.contains(previous) ? index - 1
                : named && index - 1 > forms[sentence].contentStart && Self.determiners.contains(twoBack) ? index - 2 : index
            if tokens[verb].flags.contains(.hypothetical) {
                let after = verb + 1 < tokens.count ? tokens[verb + 1].text : ""
                // "my teammate thinks that we should use the other model", "I argued we should
                // wait": a position someone held in the story, not an answer in "I would…". "Is there
                // a segment we should focus on?" asks; it proposes nothing.
                if after != "have" && after != "not" && (isMe || isUs) && word != "i've" && !reportsAPosition(before: index) && !asksAQuestion(sentence) {
                    add(isHabitual(verb) ? .generic : .hypothetical, clause(around: index, min(verb + 2, tokens.count - 1), startingAtSubject: true))
                }
            } else if let step = stepAfterAbility(verb) {
                // "we were able to solve it", "he managed to fix the lock": the step is the verb
                // after what made it possible.
                recordAction(kind, at: subject, verb: step)
                readFragmentList(after: step, in: sentence, kind: kind)
            } else if isMe || isUs, tokens[verb].isWord(.was) || tokens[verb].text == "were", verb + 1 < tokens.count, tokens[verb + 1].sentence == sentence,
                      tokens[verb + 1].flags.contains(.actionVerb) {
                // "I was testing the fix", and in a second language "I was analyse the calls": a past
                // step. Someone else's ("the VP was asking about it") is the background.
                recordAction(kind, at: subject, verb: verb + 1)
                readFragmentList(after: verb + 1, in: sentence, kind: kind)
            } else if (isMe || isUs) && isPastAction(verb) && isHabitualPast(verb) {
                // "I often stayed late", "we did this many times": what used to happen, not one time.
                add(.generic, clause(around: index, min(verb + 2, tokens.count - 1), startingAtSubject: true))
            } else if isPastAction(verb) {
                recordAction(kind, at: subject, verb: verb)
                readFragmentList(after: verb, in: sentence, kind: kind)
            } else if (isMe || isUs) && tokens[verb].flags.contains(.actionVerb) {
                // Told in the present: a story narrated that way ("I explain why we can't…") when the
                // rest of it is in the past, a habit or a view when it is not. What the company does,
                // told in the opening or in brackets ("At the hardware firm (we make routers), I was…"),
                // is the setting: neither a habit nor a step.
                if isUs && pastVerbs > 0 && (isInBrackets(index) || sentence == firstContentSentence && !isHabitual(verb)) {
                    index = verb
                    continue
                }
                if isHabitual(verb) || !toldAsAStory {
                    add(.generic, clause(around: index, min(verb + 2, tokens.count - 1), startingAtSubject: true))
                } else {
                    recordAction(kind, at: subject, verb: verb)
                    readFragmentList(after: verb, in: sentence, kind: kind)
                }
            } else if isOther && toldAsAStory && !isHabitual(verb) && !isNegated(verb) && !namesAThing(verb)
                        && (tokens[verb].flags.contains(.actionVerb) || Self.presentSettlingVerbs.contains(tokens[verb].text)) {
                // Someone else's step told in the present in a story ("then my manager talk with
                // the VP", "my boss decide to keep it"): what they did, as a second language tells it.
                recordAction(kind, at: subject, verb: verb)
            }
            index = verb
        }
    }

    /// Whether the word after someone is a noun they qualify, followed by its own verb: "the
    /// partner launch was slipping", "the manager review is on Friday".
    func namesAThing(_ verb: Int) -> Bool {
        let next = verb + 1
        guard next < tokens.count, tokens[next].sentence == tokens[verb].sentence else { return false }
        return tokens[next].flags.contains(.presentBe) || tokens[next].flags.contains(.passiveAuxiliary) || tokens[next].isWord(.was) || tokens[next].text == "were"
    }

    /// The step in "was able to fix", "were finally able to ship", "managed to locate": the verb
    /// after "to", when it is one of a step or a word this reader does not know (after "able to",
    /// nearly always a verb).
    func stepAfterAbility(_ verb: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var to = verb + 1
        if tokens[verb].isWord(.was) || tokens[verb].text == "were" {
            while to < tokens.count, tokens[to].sentence == sentence, tokens[to].flags.contains(.adverb) { to += 1 }
            guard to + 1 < tokens.count, tokens[to].text == "able" else { return nil }
            to += 1
        } else if tokens[verb].text != "managed" {
            return nil
        }
        let step = to + 1
        guard step < tokens.count, tokens[to].isWord(.to), tokens[step].sentence == sentence,
              tokens[step].flags.contains(.actionVerb) || Self.presentSettlingVerbs.contains(tokens[step].text)
                || tokens[step].flags.isEmpty && !tokens[step].hasDigit else { return nil }
        return step
    }

    /// Whether the clause opening at `subject` is what someone said or thought: a verb of saying
    /// or thinking just before it, with or without "that".
    func reportsAPosition(before subject: Int) -> Bool {
        let sentence = tokens[subject].sentence
        var verb = subject - 1
        if verb >= 0, tokens[verb].sentence == sentence, tokens[verb].text == "that" { verb -= 1 }
        guard verb >= 0, tokens[verb].sentence == sentence, Self.positionVerbs.contains(tokens[verb].text) else { return false }
        // "I think I would grow here": the candidate's view now, an answer in "I would…" all the same.
        let speaker = verb > 0 && tokens[verb - 1].sentence == sentence ? tokens[verb - 1] : nil
        return !(speaker.map { $0.isWord(.i) || $0.isWord(.we) } == true && !isPastForm(verb))
    }

    static let positionVerbs: Set<String> = [
        "think", "thinks", "thought", "said", "says", "say", "suggested", "suggests", "argued", "argues", "believed", "believes",
        "felt", "feels", "insisted", "insists", "proposed", "proposes", "claimed", "claims", "told", "tells", "wanted", "wants",
        "recommended", "recommends", "agreed", "decided",
    ]

    /// Whether a lesson ("I learned that…", "the lesson was…") opens earlier in the verb's sentence.
    func followsALesson(_ verb: Int) -> Bool {
        guard let lessons = signals[.learning] else { return false }
        let range = sentences[tokens[verb].sentence]
        return lessons.contains { $0.offset >= range.start && $0.offset < tokens[verb].start }
    }

    /// Present forms of the verbs by which someone else settles a matter.
    static let presentSettlingVerbs: Set<String> = [
        "decide", "decides", "agree", "agrees", "approve", "approves", "choose", "chooses", "fix", "fixes", "solve", "solves",
        "resolve", "resolves", "talk", "talks", "escalate", "escalates", "take", "takes",
    ]

    /// Words that open a clause describing or dating something else.
    static let subordinators: Set<String> = ["which", "where", "after", "before", "when", "once", "since", "until", "while"]

    /// "Escalated to the platform lead; they added an index and the export worked": the candidate's
    /// last step handed the problem up or over, and the outcome came after it, so someone else
    /// took the step that settled it.
    mutating func readHandOff() {
        guard let last = signals[.actionByMe]?.max(by: { $0.offset < $1.offset }),
              hasEvidence(.result, .outcome, where: { $0.offset > last.offset }) else { return }
        if signals[.settledByOther] == nil, readOthersClosingStep(after: last) { return }
        // "Took it to the director, who agreed. We announced it…": the team carried on with the work
        // after it, so nothing was handed over.
        if hasEvidence(.actionByUs, where: { $0.offset > last.offset }) { return }
        let low = firstToken(at: last.offset)
        if low < tokens.count, handsOver(at: low) { add(.settledByOther, last); return }
        // "Raised it to my chain of command, forwarded the fix": a hand-off with only its sending
        // after it, in the same sentence, hands it over all the same.
        let steps = (signals[.actionByMe] ?? []).sorted { $0.offset < $1.offset }
        guard steps.count >= 2 else { return }
        let before = steps[steps.count - 2]
        var first = low
        while first > 0, tokens[first].start > before.offset { first -= 1 }
        if tokens[first].start == before.offset, tokens[first].sentence == tokens[low].sentence,
           Self.sendingVerbs.contains(tokens[low].text) || tokens[low].isWord(.i) && low + 1 < tokens.count && Self.sendingVerbs.contains(tokens[low + 1].text),
           handsOver(at: first) {
            add(.settledByOther, before)
        }
    }

    /// "Escalated to our GM and laid out both options. The GM decided on a hybrid": once the
    /// candidate has taken the problem up the line, the call made there is what settled it,
    /// whatever the candidate then did to carry it out. Only the first step taken above after the
    /// hand-off counts, and a yes ("she approved it") is the candidate's own case accepted.
    mutating func readCallMadeAbove() {
        guard signals[.settledByOther] == nil, let mine = signals[.actionByMe], let others = signals[.actionByOther] else { return }
        guard let handOff = mine.first(where: { step in
            let first = firstToken(at: step.offset)
            return first < tokens.count && (handsOver(at: first) || putsItUp(at: first))
        }) else { return }
        guard let theirs = others.filter({ $0.offset > handOff.offset }).min(by: { $0.offset < $1.offset }) else { return }
        let subject = firstToken(at: theirs.offset)
        guard subject < tokens.count else { return }
        let end = min(sentenceEnd(of: subject), subject + 5)
        // The one it went to: named ("the GM", "my manager"), or "she", "he", "they" just after.
        let above = (subject..<min(subject + 3, end + 1)).contains { Self.superiors.contains(tokens[$0].text) }
            || tokens[subject].flags.contains(.heOrShe) || tokens[subject].text == "they"
        guard above, let verb = (subject...end).first(where: { isPastForm($0) }), Self.callVerbs.contains(tokens[verb].text),
              hasEvidence(.result, .outcome, where: { $0.offset > theirs.offset }) || hasEvidence(.quantifiedResult, where: { $0.offset > theirs.offset })
        else { return }
        add(.settledByOther, theirs)
    }

    /// "Pitched the fix to the VP", "flagged it to my operations manager": the case put to someone
    /// over the work, who may stand a few words further on than `handsOver` looks.
    func putsItUp(at first: Int) -> Bool {
        var verb = first
        if tokens[verb].isWord(.i), verb + 1 < tokens.count { verb += 1 }
        guard Self.puttingVerbs.contains(tokens[verb].text) else { return false }
        let sentence = tokens[verb].sentence
        let end = min(sentenceEnd(of: verb), verb + 7)
        guard let to = (verb + 1..<max(verb + 1, end)).first(where: { tokens[$0].isWord(.to) }) else { return false }
        return (to + 1...max(to + 1, end)).contains { $0 < tokens.count && tokens[$0].sentence == sentence && Self.superiors.contains(tokens[$0].text) }
    }

    static let puttingVerbs: Set<String> = ["pitched", "presented", "proposed", "escalated", "flagged", "raised", "took", "brought"]
    /// What someone over the work does that settles it: decides, assigns, fixes, or arranges the fix.
    static let callVerbs: Set<String> = ["decided", "chose", "went", "picked", "assigned", "reassigned", "set", "made", "fixed",
                                         "resolved", "negotiated", "handled", "allocated", "moved", "overruled", "called"]

    static let sendingVerbs: Set<String> = ["forwarded", "sent", "passed", "shared", "handed", "emailed"]

    /// The first sentence with words of its own, not a heading.
    var firstContentSentence: Int? { forms.indices.first { forms[$0].hasContent && !forms[$0].isHeading } }

    /// Whether token `index` lies inside brackets opened earlier in its sentence.
    func isInBrackets(_ index: Int) -> Bool {
        let start = sentences[tokens[index].sentence].start
        var depth = 0
        for byte in bytes[start..<tokens[index].start] {
            if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The first token that starts at or after byte `offset`.
    func firstToken(at offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// "…I prepared three allocation scenarios. Outcome: my manager took them to the supplier's VP
    /// and negotiated back most of the allocation, so we launched on time": the last step before
    /// the outcome is that of someone over the work, taken after the few of the candidate's own, with nothing of the
    /// candidate's or the team's after it but the outcome itself. Their saying yes ("the director
    /// approved it", "she agreed") is the candidate's case accepted, not the step that settled it.
    mutating func readOthersClosingStep(after mine: Evidence) -> Bool {
        // After many steps of the candidate's own, theirs is the candidate's case carried up.
        guard (signals[.actionByMe]?.count ?? 0) <= Self.fewOwnSteps else { return false }
        // Someone over the work ("my manager", "the director"): the customer or the colleague who
        // then did something ("he finished the assignment") is what became of things.
        guard let theirs = signals[.actionByOther]?.first(where: { step in
            let subject = firstToken(at: step.offset)
            return step.offset > mine.offset && subject < tokens.count
                && (subject..<min(subject + 3, sentenceEnd(of: subject) + 1)).contains { Self.superiors.contains(tokens[$0].text) }
        }) else { return false }
        let subject = firstToken(at: theirs.offset)
        let sentence = tokens[subject].sentence
        let results = signals[.result] ?? []
        // The team's work after theirs, in a sentence of its own: the work carried on.
        if hasEvidence(.actionByUs, where: { step in
            step.offset > theirs.offset && tokens[firstToken(at: step.offset)].sentence != sentence && !results.contains { $0.offset == step.offset }
        }) { return false }
        guard results.contains(where: { $0.offset >= theirs.offset }) || hasEvidence(.quantifiedResult, where: { $0.offset >= theirs.offset }) else { return false }
        let end = min(sentenceEnd(of: subject), subject + 5)
        guard let verb = (subject..<max(subject, end)).first(where: { isPastForm($0) }),
              !Lexicon.approvingVerbs.contains(tokens[verb].text) else { return false }
        add(.settledByOther, theirs)
        return true
    }

    /// Whether the step starting at token `first` hands the problem to someone else: "escalated
    /// it", "raised it to my manager", "handed it over to support".
    func handsOver(at first: Int) -> Bool {
        let sentence = tokens[first].sentence
        let end = min(sentenceEnd(of: first) + 1, first + 9)
        var verb = first
        if tokens[verb].isWord(.i), verb + 1 < end { verb += 1 }
        if tokens[verb].text.hasPrefix("escalat") { return true }
        // "Told my manager about it", "flagged it to the director": the problem reported up the line.
        // "Told my director the new date" passes on a decision of the candidate's own.
        if Self.reportVerbs.contains(tokens[verb].text) {
            var index = verb + 1
            var sawTo = false
            while index < min(end, verb + 5), tokens[index].sentence == sentence, !breaksClause(before: index), !tokens[index].flags.contains(.conjunction) {
                // "their account lead" is the other side's, told by the candidate.
                if tokens[index].text == "their" { return false }
                if tokens[index].isWord(.to) { sawTo = true }
                if Self.superiors.contains(tokens[index].text) {
                    let after = index + 1
                    return sawTo || after >= tokens.count || tokens[after].sentence != sentence || breaksClause(before: after)
                        || tokens[after].text == "about" || tokens[after].text == "of"
                }
                index += 1
            }
        }
        guard Self.handOffVerbs.contains(tokens[verb].text),
              let to = (verb + 1..<min(end, verb + 4)).first(where: { Self.handOffPrepositions.contains(tokens[$0].text) }) else { return false }
        // To a person or a team ("raised it to my manager"), not to a figure ("raised the price to $10").
        var index = to + 1
        while index < min(end, to + 5), tokens[index].sentence == sentence, !breaksClause(before: index), !tokens[index].flags.contains(.conjunction) {
            if tokens[index].flags.contains(.otherActor) || Self.handOffTargets.contains(tokens[index].text) { return true }
            index += 1
        }
        return false
    }

    /// As many steps of the candidate's own as still leave a decision of someone else's the one that settled it.
    static let fewOwnSteps = 2
    static let handOffVerbs: Set<String> = ["raised", "handed", "passed", "took", "brought", "forwarded"]
    /// After a hand-off verb, the word before whom it went to: "raised it to my manager", "raised it with the director".
    static let handOffPrepositions: Set<String> = ["to", "with"]
    static let handOffTargets: Set<String> = ["team", "chain", "management", "leadership", "engineers", "owners"]
    static let determiners: Set<String> = ["my", "our", "the", "their", "his", "her"]
    static let reportVerbs: Set<String> = ["told", "informed", "alerted", "notified", "flagged", "reported", "went"]
    static let superiors: Set<String> = Lexicon.executiveTitles.union(["manager", "boss", "supervisor", "lead", "director", "head",
                                                                        "chain", "management", "leadership", "executives", "skip-level"])

    /// "It was decided", "the change was communicated": a step in the passive, its doer untold.
    mutating func readPassives() {
        for index in tokens.indices.dropLast() where tokens[index].flags.contains(.passiveAuxiliary) {
            let sentence = tokens[index].sentence
            guard index > forms[sentence].contentStart, tokens[index + 1].sentence == sentence else { continue }
            let subject = tokens[index - 1].text
            if subject == "i" || subject == "we" || tokens[index - 1].flags.contains(.negator) { continue }
            let participle = tokens[index + 1]
            let looksPast = participle.flags.contains(.irregularPast) || participle.flags.contains(.edEnding)
            guard looksPast, !participle.flags.contains(.notAVerb), !participle.flags.contains(.perception), !participle.flags.contains(.effortVerb),
                  !Lexicon.participleAdjectives.contains(participle.text), !resultSentences.contains(sentence) else { continue }
            add(.passiveAction, clause(around: index - 1, min(index + 3, tokens.count - 1)))
        }
    }

    /// Sentences outside any STAR section that tell no event: views, advice, frameworks.
    mutating func readViews() {
        for sentence in forms.indices where forms[sentence].hasContent && !forms[sentence].isHeading && forms[sentence].part == nil
            && !narrated.contains(sentence) && forms[sentence].contentLength >= 4 && !isNote(sentence) {
            if let words = contentEvidence(of: sentence) { add(.view, trimmed(words)) }
        }
    }

    /// A note with neither a subject nor a verb ("Tough few weeks.", "Lots of back and forth."):
    /// outside any section it neither tells what happened nor states a view.
    func isNote(_ sentence: Int) -> Bool {
        let form = forms[sentence]
        // Short: a longer sentence without a verb this reader knows ("P0 launches consist of…") is
        // still a statement; a line of one or two words ("P1 LAUNCHES") is a label.
        let words = form.contentEnd - form.contentStart
        guard form.hasContent, !form.isHeading, form.part == nil, !narrated.contains(sentence), (3...8).contains(words) else { return false }
        return (form.contentStart..<form.contentEnd).allSatisfy { index in
            let token = tokens[index]
            return token.flags.isDisjoint(with: Self.verbOrSubject) && !token.isWord(.they) && !token.isWord(.you) && token.text != "it"
                && !token.text.hasSuffix("'s") && !token.text.hasSuffix("’s")
        }
    }

    static let verbOrSubject: WordFlags = [.irregularPast, .edEnding, .stativePast, .presentBe, .actionVerb, .hypothetical, .effortVerb,
                                           .perception, .passiveAuxiliary, .habitual, .me, .us, .heOrShe]

    /// "My first step was to map the flow", "my approach was to test it on one region": a step
    /// told as a noun is still the speaker's own.
    mutating func readNamedSteps() {
        for index in tokens.indices.dropLast(3) where tokens[index].isWord(.my) && Lexicon.stepNouns.contains(tokens[index + 1].text) {
            var cursor = index + 2
            if cursor < tokens.count, tokens[cursor].isWord(.step) { cursor += 1 }
            guard cursor + 2 < tokens.count, tokens[cursor].isWord(.was), tokens[cursor + 1].isWord(.to),
                  tokens[cursor + 2].sentence == tokens[index].sentence, tokens[cursor + 2].flags.contains(.actionVerb) else { continue }
            recordAction(.actionByMe, at: index, verb: cursor + 2)
        }
    }

    /// Sentences that open on a verb with no subject: in an action section or a list in a story, the
    /// speaker's own steps; under a result heading, what came of them; in a plan, the plan's steps;
    /// elsewhere in the present, advice.
    mutating func readFragments() {
        for sentence in forms.indices {
            let form = forms[sentence]
            guard form.hasContent, !form.isHeading else { continue }
            var first = form.contentStart
            while first < form.contentEnd - 1, first - form.contentStart < 2,
                  tokens[first].flags.contains(.adverb) || tokens[first].flags.contains(.conjunction) { first += 1 }
            guard form.contentEnd - first >= 2 else { continue }
            let past = isPastForm(first)
            // "Launch went ok", "sales grew", "launch was in May": a noun that could be a verb,
            // followed by its own verb.
            let ownVerb = first + 1 < form.contentEnd
                && (isPastForm(first + 1) || tokens[first + 1].flags.contains(.stativePast) || tokens[first + 1].flags.contains(.presentBe))
            // Under an Action heading, a line that opens on a word this reader does not know
            // ("- priortize the core functions", "- roughly go over the spec") is a step all the same.
            let listed = form.part == .action && form.startsLine && isUnknownOpener(first) && !ownVerb
            let present = (tokens[first].flags.contains(.actionVerb) || listed) && !ownVerb
            // "Asked to lead the migration", "Told not to ship", "Given two weeks to fix it": what
            // the candidate was handed, in the passive with its "I was" left out, is the task.
            let assigned = isAssignment(at: first, before: form.contentEnd)
            guard past || present || assigned, !hasSubject(in: first + 1..<min(first + 8, form.contentEnd)) else { continue }
            let words = clause(around: first, min(first + 3, form.contentEnd - 1), startingAtSubject: true)
            if assigned {
                add(.task, words)
                continue
            }
            switch form.part {
            case .result?:
                if isPending(sentence) || onlyPassesItOn(sentence) { continue }
                add(.result, words)
                resultSentences.insert(sentence)
            case .situation?, .task?, .learning?:
                continue
            case .action?, nil:
                if framing == .plan && !past {
                    add(.hypothetical, words)
                } else if past && isHabitualPast(first) {
                    add(.generic, words)
                } else if past || form.part == .action || (form.isBullet && pastVerbs >= 1) || narratedInThePresent {
                    // In a story told in the present, "write the test cases, report the bugs" are
                    // the candidate's steps as much as "wrote…, reported…" would be.
                    if !past && form.part != .action { narrated.insert(sentence) }
                    recordAction(.actionByMe, at: first, verb: first, evidence: words)
                    readFragmentList(after: first, in: sentence)
                } else {
                    add(.generic, words)
                }
            }
        }
    }

    /// A word with nothing known of it, no figure, and none of the small words a noun phrase opens on.
    func isUnknownOpener(_ index: Int) -> Bool {
        tokens[index].flags.isEmpty && !tokens[index].hasDigit && !Self.phraseOpeners.contains(tokens[index].text)
    }

    static let phraseOpeners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "there", "my", "our", "their", "his", "her",
        "some", "all", "each", "every", "no", "any", "both", "other", "another", "of", "in", "on", "at", "for", "with", "by",
        "from", "to", "as", "about", "what", "why", "how", "who", "which", "where", "key", "main", "major",
    ]

    /// Whether the fragment opening at `first` tells what the candidate was handed: a verb of
    /// assigning in the passive ("asked to", "told not to", "tasked with", "brought in to") or
    /// "given" and what was given ("given two weeks", "given the budget").
    func isAssignment(at first: Int, before end: Int) -> Bool {
        let word = tokens[first].text
        guard first + 1 < end else { return false }
        let next = tokens[first + 1].text
        if word == "given" { return tokens[first + 1].hasDigit || Lexicon.numberWords.contains(next) || next == "a" || next == "the" || next == "an" }
        guard Lexicon.assignmentVerbs.contains(word) else { return false }
        let after = next == "in" && first + 2 < end ? tokens[first + 2].text : next
        return after == "to" || after == "not" || after == "with"
    }

    /// "Built a shadow pipeline, compared outputs for six weeks, switched traffic gradually", "I ran
    /// five interviews, rewrote the checklist and tested it": each verb that opens a clause of the
    /// list, with no subject of its own, is another step of the same person.
    mutating func readFragmentList(after first: Int, in sentence: Int, kind: SignalKind = .actionByMe) {
        let end = forms[sentence].contentEnd
        var index = first + 2
        while index < end {
            let opensClause = breaksClause(before: index) || tokens[index - 1].isWord(.and) || tokens[index - 1].isWord(.then)
            // "I escalated to our EM, she reviewed both and picked one": a subject of its own ends
            // this clause's list; the steps after it are that subject's.
            if hasSubject(in: index..<index + 1) { return }
            guard opensClause else { index += 1; continue }
            // A verb of doing that ends the sentence on its own ("buy-in from engineering and design") is a noun.
            let standsAlone = index + 1 >= end && !isPastForm(index)
            // "I removed the duplicate stage and was able to cut the build to 20 minutes".
            if let step = stepAfterAbility(index) {
                recordAction(kind, at: index, verb: step, evidence: clause(around: index, min(step + 3, end - 1), startingAtSubject: true))
                index = step + 2
                continue
            }
            // "…, and told not to worry about it": what was done to the candidate, no step of theirs.
            if !standsAlone && (isPastForm(index) || tokens[index].flags.contains(.actionVerb)) && !isAssignment(at: index, before: end)
                && !hasSubject(in: index + 1..<min(index + 4, end)) {
                recordAction(kind, at: index, verb: index, evidence: clause(around: index, min(index + 3, end - 1), startingAtSubject: true))
                index += 2
                continue
            }
            index += 1
        }
    }

    /// Whether a subject ("I", "we", "he"…) appears in these tokens, which makes a leading verb a
    /// participle ("Given the deadline, we…") rather than a fragment.
    func hasSubject(in range: Range<Int>) -> Bool {
        range.contains { index in
            let word = tokens[index]
            return word.isWord(.i) || word.isWord(.we) || word.isWord(.he) || word.isWord(.she) || word.isWord(.they)
        }
    }

    /// A habit word near the verb ("I always…", "whenever we…"), looked for within a dozen words so
    /// that a paste with no full stops stays linear.
    func isHabitual(_ index: Int) -> Bool {
        let sentence = tokenRange(of: tokens[index].sentence)
        return (max(sentence.lowerBound, index - 12)..<min(sentence.upperBound, index + 13)).contains { marksAHabit($0) }
    }

    /// Whether a word marks a habit: "always", "usually", "every week". "Every" over things ("a
    /// check for every new listing") counts them, not the times.
    func marksAHabit(_ index: Int) -> Bool {
        guard tokens[index].flags.contains(.habitual) else { return false }
        guard tokens[index].text == "every" else { return true }
        if repeatsWithinAStory { return false }
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return false }
        let next = tokens[index + 1]
        return next.flags.contains(.duration) || Self.recurringTimes.contains(next.text)
    }

    static let recurringTimes: Set<String> = [
        "time", "times", "morning", "evening", "night", "release", "cycle", "single", "monday", "tuesday", "wednesday",
        "thursday", "friday", "weekday", "weekend",
    ]

    /// Whether a past verb tells a habit: "I often stayed late", "did this many times", "over the
    /// years I answered…". The marker qualifies the verb itself: just before it, or in its clause
    /// after it; "I learned that we always…" is one lesson. A repeated step of one story ("every week
    /// for a month") is still that story's.
    func isHabitualPast(_ verb: Int) -> Bool {
        // "I typically talk to customers, I read support tickets…": a verb whose past is its present
        // is a habit wherever its sentence, or the answer, speaks of one.
        if tokens[verb].flags.contains(.sameFormPast) && (isHabitual(verb) || !toldAsAStory) { return true }
        let sentence = tokenRange(of: tokens[verb].sentence)
        if (max(sentence.lowerBound, verb - 2)..<verb).contains(where: { tokens[$0].flags.contains(.habitualPast) }) { return true }
        var at = verb + 1
        while at + 1 < min(sentence.upperBound, verb + 9), !breaksClause(before: at) {
            let word = tokens[at].text, next = tokens[at + 1].text
            if word == "whenever" || (next == "times" && Lexicon.habitualCounts.contains(word)) { return true }
            if word == "over" && next == "the" && at + 2 < sentence.upperBound && tokens[at + 2].text == "years" { return true }
            at += 1
        }
        return false
    }

    /// Whether the verb at `verb` gives the candidate recognition: a verb of praise, or a
    /// recognition noun in the few words after it ("gave me good feedback", "got us a shout-out").
    func recognises(_ verb: Int) -> Bool {
        if Self.praisingVerbs.contains(tokens[verb].text) { return true }
        let end = min(sentenceEnd(of: verb) + 1, verb + 6)
        return (verb + 1..<max(verb + 1, end)).contains { Lexicon.recognitionNouns.contains(tokens[$0].text) }
    }

    static let praisingVerbs: Set<String> = [
        "praised", "thanked", "congratulated", "complimented", "commended", "recognized", "recognised", "applauded", "lauded",
        "promoted", "rewarded", "nominated", "awarded",
    ]

    /// Whether someone's yes or uptake at `verb` has the candidate's own work for its object:
    /// "adopted my approach", "approved our proposal".
    func takesUpTheCandidatesWork(_ verb: Int) -> Bool {
        guard Lexicon.approvingVerbs.contains(tokens[verb].text) else { return false }
        let sentence = tokens[verb].sentence
        return (verb + 1..<min(tokens.count, verb + 3)).contains { tokens[$0].sentence == sentence && (tokens[$0].text == "my" || tokens[$0].text == "our") }
    }

    func isPastAction(_ index: Int) -> Bool {
        if tokens[index].isWord(.did) {
            let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
            return next != "not" && next != "n't"
        }
        return isPastForm(index)
    }

    mutating func recordAction(_ kind: SignalKind, at subject: Int, verb: Int, evidence: Evidence? = nil) {
        // "while he fixed the database, I exported the list": their step beside the candidate's own.
        let beside = subject > 0 && tokens[subject - 1].sentence == tokens[subject].sentence && tokens[subject - 1].text == "while"
        // Under a Situation or Task heading, what the team or others had done is the setting, not a
        // step of the story ("Context: the payments team had blocked our request").
        if kind != .actionByMe, let part = forms[tokens[verb].sentence].part, part == .situation || part == .task { return }
        // Under a Result heading, what another team then settled with the candidate's work is how
        // it ended ("Result: the other team solved the problem quickly"); someone over the work
        // settling it there still took the deciding step.
        let theirOutcome = forms[tokens[verb].sentence].part == .result
            && !(subject..<verb).contains { Self.superiors.contains(tokens[$0].text) }
        if kind == .actionByOther && !beside && !theirOutcome && settles(verb) {
            add(.settledByOther, evidence ?? clause(around: subject, min(verb + 3, tokens.count - 1), startingAtSubject: true))
        }
        // "I realized…", "we got feedback": something that happened to them, no step.
        // "came up with the idea" is inventing it, though "came" alone is something that happened.
        if tokens[verb].flags.contains(.perception) && !comesUpWith(verb) { return }
        // "Sales kept telling us…", "the designer said…": what others said is what the candidate
        // heard, the setting or feedback, not a step that competes with the candidate's.
        if kind == .actionByOther && says(verb) { return }
        // "My manager gave me great feedback", "the VP praised the launch": the work recognised,
        // an outcome for the candidate, not a step of someone else's.
        if kind == .actionByOther && recognises(verb) { return }
        // "Finance adopted my approach", "she approved our plan": the candidate's work taken up,
        // an outcome of their steps, not a step of someone else's.
        if kind == .actionByOther && takesUpTheCandidatesWork(verb) { return }
        // "She approved the usage-based option": a yes to the case the candidate made, not a step.
        if kind == .actionByOther && Lexicon.yesVerbs.contains(tokens[verb].text) { return }
        // "in the end we made it": how it ended, no step.
        if madeIt(verb) { return }
        // "Result: we both completed the course in time": under a Result heading, what the team
        // finished or reached is how the story ended, not a step whose owner is in question.
        if kind == .actionByUs && forms[tokens[verb].sentence].part == .result && Lexicon.finishingVerbs.contains(tokens[verb].text) { return }
        // "I learned that the more I read, the more I can solve": what the lesson says, no step.
        if kind != .actionByOther && followsALesson(verb) { return }
        // "I missed a launch date": the candidate's mistake, told as an event, not a step taken;
        // the story still owes what was done about it. "We neglected the risks" is kept as the
        // team's: whose mistake it was is the question it leaves.
        if kind == .actionByMe && Lexicon.mishapVerbs.contains(tokens[verb].text) {
            narrated.insert(tokens[verb].sentence)
            add(.ownMistake, evidence ?? clause(around: subject, min(verb + 3, tokens.count - 1), startingAtSubject: true))
            return
        }
        narrated.insert(tokens[verb].sentence)
        // "I spent two years in Norfolk as a forecaster", "I worked three years at a bank": the setting, no step.
        if kind != .actionByOther && (spansTime(after: verb) || arrives(at: subject, verb: verb)) {
            add(.situation, clause(around: subject, min(verb + 3, tokens.count - 1), startingAtSubject: true))
            return
        }
        let words = evidence ?? clause(around: subject, min(verb + 3, tokens.count - 1), startingAtSubject: true)
        add(kind, words)
        if kind != .actionByOther && (vagueActionTokens.contains(verb) || tokens[verb].flags.contains(.effortVerb) && !namesItsStep(verb)
                                      || actsOnAnAbstraction(verb)) {
            add(.vagueAction, words)
        }
    }

    /// Whether a step's object is an abstraction, with nothing made or touched: "set the vision",
    /// "fostered a culture of experimentation", "established a governance model". "Wrote the
    /// strategy doc" names a thing made, so it is a step.
    func actsOnAnAbstraction(_ verb: Int) -> Bool {
        let end = min(sentenceEnd(of: verb) + 1, verb + 5)
        var abstract = false
        var index = verb + 1
        while index < end, !breaksClause(before: index) {
            let word = tokens[index].text
            if Lexicon.madeThings.contains(word) || tokens[index].hasDigit { return false }
            if Lexicon.abstractObjects.contains(word) { abstract = true }
            index += 1
        }
        return abstract
    }

    /// "came up with the idea": inventing, told with a verb that alone tells something that happened.
    func comesUpWith(_ verb: Int) -> Bool {
        tokens[verb].text == "came" && verb + 2 < tokens.count && tokens[verb + 1].text == "up" && tokens[verb + 2].text == "with"
    }

    /// Whether a verb tells words rather than a deed: "said", "complained", "did say", "kept asking".
    func says(_ verb: Int) -> Bool {
        let word = tokens[verb].text
        if Lexicon.sayingVerbs.contains(word) { return true }
        guard word == "did" || word == "kept", verb + 1 < tokens.count, tokens[verb + 1].sentence == tokens[verb].sentence else { return false }
        return Lexicon.sayingVerbs.contains(tokens[verb + 1].text)
    }

    /// Whether someone else's verb is the step that settled things: a verb of settling ("stepped
    /// in", "took over"), or getting it done ("my manager spoke to the client and got the date moved").
    func settles(_ verb: Int) -> Bool {
        let word = tokens[verb].text
        // A decision of theirs settles things only after a few steps of the candidate's own: before
        // them it is the setting ("the executives decided against a bigger budget"), and after many
        // it is the candidate's case being decided ("I ran the test… She chose the bonuses").
        if Lexicon.decidingVerbs.contains(word) { return (1...Self.fewOwnSteps).contains(signals[.actionByMe]?.count ?? 0) }
        if Lexicon.settlingVerbs.contains(word) { return true }
        let sentence = tokens[verb].sentence
        guard verb + 1 < tokens.count, tokens[verb + 1].sentence == sentence else { return false }
        if Lexicon.settlingVerbs.contains(word + " " + tokens[verb + 1].text) { return true }
        // "got the date moved": an object, then what was done to it ("got promoted" happened to them).
        guard word == "got" else { return false }
        var index = verb + 2
        while index < min(tokens.count, verb + 5), tokens[index].sentence == sentence, !breaksClause(before: index) {
            if isPastForm(index) { return true }
            index += 1
        }
        return false
    }

    /// "worked with design to make the field optional": working beside someone told together with
    /// the step it was for, within the same clause, is that step.
    func namesItsStep(_ verb: Int) -> Bool {
        guard tokens[verb].text == "worked", !vagueActionTokens.contains(verb) else { return false }
        let end = min(sentenceEnd(of: verb), verb + 7)
        guard verb + 2 <= end, tokens[verb + 1].text == "with" else { return false }
        return (verb + 2..<end).contains { tokens[$0].text == "to" && !breaksClause(before: $0)
            && (tokens[$0 + 1].flags.contains(.actionVerb) || tokens[$0 + 1].text == "make" || tokens[$0 + 1].text == "get") }
    }

    /// "we made it", "I made it on time": arriving, told with the verb of making.
    func madeIt(_ verb: Int) -> Bool {
        guard tokens[verb].text == "made", verb + 1 < tokens.count, tokens[verb + 1].text == "it", tokens[verb + 1].sentence == tokens[verb].sentence else { return false }
        let after = verb + 2
        guard after < tokens.count, tokens[after].sentence == tokens[verb].sentence, !breaksClause(before: after) else { return true }
        return ["on", "in", "by", "through"].contains(tokens[after].text) || tokens[after].flags.contains(.conjunction)
    }
}
