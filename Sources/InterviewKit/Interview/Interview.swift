/// The interview as one pure reducer: it folds events into the state and returns effects for
/// the shell to perform. Every event that makes no sense in the current phase is rejected.
public enum Interview {
    public static func reduce(_ state: inout InterviewState, _ event: InterviewEvent) throws(InterviewError) -> [InterviewEffect] {
        switch (state.phase, event) {
        case (.notStarted, .started(let at, let toolVersion)):
            state.phase = .answering
            let header = TranscriptRecord.Header(
                toolVersion: toolVersion, track: state.config.track, level: state.config.level,
                rounds: state.plan.map(\.kind), seed: state.config.seed, startedAt: at, config: state.config, mode: state.config.mode)
            return [.record(.header(header))] + askCurrent(state)

        case (.answering, .answerSubmitted(let text, let seconds)):
            return answer(&state, text: text, seconds: seconds)

        case (.answering, .questionSkipped):
            let skipped = TranscriptRecord.SkipRecord(questionID: state.currentQuestion?.id ?? "")
            var effects: [InterviewEffect] = [.record(.skip(skipped))]
            closeQuestion(&state, skipped: state.questionAnswers.isEmpty)
            effects += advance(&state)
            return effects

        case (.answering, .questionRepeated):
            guard var asked = askCurrent(state, records: false).compactMap(\.asked).first else { return [] }
            asked.isRepeat = true
            return [.ask(asked)] + (state.pendingProbe.map { [.probe($0)] } ?? [])

        case (.answering, .roundEndedEarly):
            closeQuestion(&state, skipped: state.questionAnswers.isEmpty)
            return endRound(&state)

        case (.paused, .pauseEnded):
            state.roundIndex += 1
            state.questionIndex = 0
            state.partIndex = 0
            state.roundSeconds = 0
            state.phase = .answering
            return askCurrent(state)

        case (.choosing, .suggestionChosen(let number)):
            guard state.suggestions.indices.contains(number - 1) else {
                throw .noSuchSuggestion(number: number, offered: state.suggestions.count)
            }
            return put(state.suggestions[number - 1], source: .engine, in: &state)

        case (.choosing, .ownProbeAsked(let text)):
            let text = text.trimmingWhitespace()
            guard !text.isEmpty else { throw .emptyProbe }
            return put(FollowUpSuggestions.own(text, in: state.currentQuestion), source: .interviewer, in: &state)

        case (.choosing, .movedOn):
            state.suggestions = []
            state.phase = .answering
            return moveOn(&state)

        case (.voting, .voteCast(let vote)):
            if let vote, let last = state.outcomes[state.roundIndex].indices.last {
                state.outcomes[state.roundIndex][last].interviewerVote = vote
            }
            state.phase = .answering
            return advance(&state)

        case (.answering, .quit), (.paused, .quit), (.choosing, .quit), (.voting, .quit):
            state.phase = .finished(.quit)
            return [.record(.end(TranscriptRecord.EndRecord(status: .quit))), .finish(.quit)]

        case (.answering, .resumed):
            var effects = askCurrent(state, records: false)
            if let probe = state.pendingProbe { effects.append(.probe(probe)) }
            return effects

        case (.paused, .resumed):
            guard let next = state.plan.indices.contains(state.roundIndex + 1) ? state.plan[state.roundIndex + 1].kind : nil else { return [] }
            return [.pause(before: next)]

        default:
            throw .illegalEvent(event: event.name, phase: name(of: state.phase))
        }
    }

    /// The follow-up context for the question being answered.
    public static func followUpContext(_ state: InterviewState) -> FollowUpContext? {
        guard let round = state.currentRound, let question = state.currentQuestion else { return nil }
        let expected: [Gap]
        if question.kind == .case {
            expected = state.currentPart?.gap.map { [$0] } ?? []
        } else {
            expected = []
        }
        return FollowUpContext(question: question, round: round.kind, track: state.config.track, level: state.config.level,
                               maxDepth: round.settings.depth, expectedGaps: expected, earlierAnswers: state.earlierAnswers,
                               askedProbes: state.askedProbes)
    }

    static func answer(_ state: inout InterviewState, text: String, seconds: Double) -> [InterviewEffect] {
        var effects: [InterviewEffect] = [.record(.answer(TranscriptRecord.AnswerRecord(text: text, seconds: seconds)))]
        state.chain.answers.append(text)
        state.questionAnswers.append(text)
        state.roundSeconds += seconds
        guard let context = followUpContext(state) else { return effects }
        // A case part with no gap of its own (clarifying the problem) takes no probes.
        let partWithoutGap = context.question.kind == .case && context.expectedGaps.isEmpty
        let decision = partWithoutGap
            ? FollowUpDecision(probe: nil, dodged: nil, story: AnswerAnalysis(), findings: [])
            : AnswerJudge.judge(state.chain, in: context, using: &state.generator).decision
        if let dodged = decision.dodged {
            state.chain.dodged.append(dodged)
            state.questionDodges.append(dodged)
        }
        if state.config.isInterviewer {
            let suggestions = FollowUpSuggestions.list(after: decision, chain: state.chain, context: context)
            guard suggestions.isEmpty else {
                state.suggestions = suggestions
                state.phase = .choosing
                return effects + [.suggest(suggestions)]
            }
            return effects + moveOn(&state)
        }
        if let probe = decision.probe {
            state.chain.probes.append(probe)
            state.askedProbes.insert(probe.text)
            let record = TranscriptRecord.ProbeRecord(probe, depth: state.chain.probes.count)
            effects += [.record(.probe(record)), .probe(probe)]
            return effects
        }
        return effects + moveOn(&state)
    }

    /// Puts a follow-up the interviewer chose in a mock; their notes of the reply come next.
    static func put(_ probe: Probe, source: ProbeSource, in state: inout InterviewState) -> [InterviewEffect] {
        state.chain.probes.append(probe)
        state.askedProbes.insert(probe.text)
        state.suggestions = []
        state.phase = .answering
        let record = TranscriptRecord.ProbeRecord(probe, depth: state.chain.probes.count, source: source)
        return [.record(.probe(record)), .probe(probe)]
    }

    /// No more follow-ups here: the next part of a case, else the question closes and the next is
    /// asked (in a mock, its score card is shown and the interviewer's vote awaited first).
    static func moveOn(_ state: inout InterviewState) -> [InterviewEffect] {
        if let question = state.currentQuestion, question.kind == .case, state.partIndex + 1 < question.parts.count {
            state.partIndex += 1
            state.chain = ProbeChain()
            return askCurrent(state)
        }
        closeQuestion(&state, skipped: false)
        if state.config.isInterviewer, let outcome = state.outcomes[state.roundIndex].last {
            state.phase = .voting
            return [.showScoreCard(outcome)]
        }
        return advance(&state)
    }

    /// Rates the question just finished and resets the per-question state.
    static func closeQuestion(_ state: inout InterviewState, skipped: Bool) {
        guard let question = state.currentQuestion, let context = followUpContext(state) else { return }
        let verdict = AnswerJudge.verdict(answers: state.questionAnswers, in: context, dodged: state.questionDodges)
        let rating = skipped ? StoryRating(rating: .insufficientEvidence, evidence: [], points: nil) : verdict.rating
        let open = skipped ? [] : verdict.openGaps
        let outcome = QuestionOutcome(
            questionID: question.id, principles: question.principles, skipped: skipped, rating: rating, openGaps: open,
            dodged: state.questionDodges,
            fingerprint: skipped || question.kind != .behavioural ? nil : StoryConsistency.fingerprint(questionID: question.id, answers: state.questionAnswers))
        state.outcomes[state.roundIndex].append(outcome)
        state.earlierAnswers.append(contentsOf: state.questionAnswers)
        state.questionAnswers = []
        state.questionDodges = []
        state.chain = ProbeChain()
        state.partIndex = 0
    }

    /// Moves to the next question, or ends the round after the last.
    static func advance(_ state: inout InterviewState) -> [InterviewEffect] {
        state.questionIndex += 1
        if let round = state.currentRound, state.questionIndex < round.questions.count {
            return askCurrent(state)
        }
        return endRound(&state)
    }

    static func endRound(_ state: inout InterviewState) -> [InterviewEffect] {
        guard let round = state.currentRound else { return [] }
        var debrief = RoundDebrief(round: round.kind, outcomes: state.outcomes[state.roundIndex])
        // A flag, not a cost to the vote: the file may be the one out of date.
        debrief.inconsistencies += StoryNote.conflicts(of: state.outcomes[state.roundIndex], with: state.storyNotes)
        let record = TranscriptRecord.DebriefRecord(
            round: round.kind, vote: debrief.vote, summary: debrief.improvements, principles: debrief.principles,
            dodged: debrief.dodged.isEmpty ? nil : debrief.dodged,
            inconsistencies: debrief.inconsistencies.isEmpty ? nil : debrief.inconsistencies,
            questions: state.outcomes[state.roundIndex].map {
                TranscriptRecord.QuestionVerdict(questionID: $0.questionID, rating: $0.rating.rating, openGaps: $0.openGaps,
                                                 skipped: $0.skipped ? true : nil, interviewerVote: $0.interviewerVote)
            },
            interviewerVote: debrief.interviewerVote, disagreements: debrief.disagreements.isEmpty ? nil : debrief.disagreements)
        var effects: [InterviewEffect] = [.record(.debrief(record)), .showDebrief(debrief)]
        if state.roundIndex + 1 < state.plan.count {
            state.phase = .paused
            effects.append(.pause(before: state.plan[state.roundIndex + 1].kind))
            return effects
        }
        if state.plan.count > 1 {
            let votes = state.plan.indices.map { index in
                LoopDebrief.RoundVote(round: state.plan[index].kind, vote: RoundDebrief(round: state.plan[index].kind, outcomes: state.outcomes[index]).vote)
            }
            let loop = LoopDebrief(votes: votes, inconsistencies: StoryConsistency.conflicts(in: state.outcomes.flatMap { $0.compactMap(\.fingerprint) }))
            effects += [.record(.loopDebrief(loop)), .showLoopDebrief(loop)]
        }
        state.phase = .finished(.completed)
        effects += [.record(.end(TranscriptRecord.EndRecord(status: .completed))), .finish(.completed)]
        return effects
    }

    static func askCurrent(_ state: InterviewState, records: Bool = true) -> [InterviewEffect] {
        guard let round = state.currentRound, let question = state.currentQuestion else { return [] }
        let part = state.currentPart
        let asked = AskedQuestion(round: round.kind, question: question, part: part,
                                  number: state.questionIndex + 1, total: round.questions.count)
        guard records else { return [.ask(asked)] }
        let record = TranscriptRecord.QuestionRecord(
            round: round.kind, questionID: question.id, principles: question.principles,
            text: part.map { "\(question.text)\n\($0.prompt)" } ?? question.text, part: part?.id)
        return [.record(.question(record)), .ask(asked)]
    }

    static func name(of phase: InterviewPhase) -> String {
        switch phase {
        case .notStarted: "not started"
        case .answering: "answering"
        case .choosing: "waiting for the interviewer to choose a follow-up"
        case .voting: "waiting for the interviewer's vote"
        case .paused: "paused between rounds"
        case .finished(let status): "finished (\(status.rawValue))"
        }
    }
}

extension InterviewEffect {
    var asked: AskedQuestion? {
        if case .ask(let asked) = self { asked } else { nil }
    }
}
