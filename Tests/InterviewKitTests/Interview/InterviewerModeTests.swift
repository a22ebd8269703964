import Foundation
import InterviewKit
import Testing

/// A mock run by an interviewer: notes in, suggestions out, the interviewer's choices and votes.
/// Engine output is checked by properties that survive re-tuning, and whole states and effect
/// lists are compared with expectations built from those outputs.
@Suite struct InterviewerModeTests {
    /// Notes of the kind an interviewer types while the candidate talks.
    static let notes = "led redesign, we shipped, conv up a lot, no baseline"
    static let dodge = "said the team liked it, moved on to the next launch"

    static func mock(depth: Int = 3, questions: Int = 2) throws -> InterviewState {
        var state = try Fixtures.state(depth: depth, questions: questions)
        state.config.mode = .interviewer
        _ = try Interview.reduce(&state, .started(at: "2026-12-02T00:00:00Z", toolVersion: "test"))
        return state
    }

    /// The state the reducer should reach after notes: the notes kept, the engine's judgement
    /// taken with the same generator, and the suggestions it offered.
    static func expectedAfterNotes(_ before: InterviewState, notes: String, seconds: Double, suggestions: [Probe]) throws -> (InterviewState, Judgement) {
        var expected = before
        expected.chain.answers.append(notes)
        expected.questionAnswers.append(notes)
        expected.roundSeconds += seconds
        let context = try #require(Interview.followUpContext(expected))
        let judgement = AnswerJudge.judge(expected.chain, in: context, using: &expected.generator)
        if let dodged = judgement.decision.dodged {
            expected.chain.dodged.append(dodged)
            expected.questionDodges.append(dodged)
        }
        expected.suggestions = suggestions
        expected.phase = .choosing
        return (expected, judgement)
    }

    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    @Test func notesGetUpToThreeSuggestionsOnOpenGapsMostImportantFirst() throws {
        var state = try Self.mock()
        let before = state
        let effects = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        let (expected, judgement) = try Self.expectedAfterNotes(before, notes: Self.notes, seconds: 20, suggestions: state.suggestions)

        #expect(state == expected)
        #expect(effects == [.record(.answer(.init(text: Self.notes, seconds: 20))), .suggest(state.suggestions)])
        let suggestions = state.suggestions
        #expect((2...3).contains(suggestions.count), "terse notes leave several gaps open: \(judgement.decision.openGaps)")
        #expect(suggestions.first == judgement.probe, "the engine's own probe comes first")
        #expect(Set(suggestions.map(\.target)).count == suggestions.count, "one suggestion per gap")
        for probe in suggestions {
            #expect(judgement.decision.openGaps.contains(probe.target), "\(probe.target) is not an open gap")
            if let quote = probe.quote {
                #expect(Self.words(quote).allSatisfy(Self.words(Self.notes).contains), "'\(quote)' is not words of the notes")
                #expect(probe.text.contains(quote))
            }
        }
        let ranks = suggestions.dropFirst().compactMap { probe in judgement.decision.findings.firstIndex { $0.gap == probe.target } }
        #expect(ranks == ranks.sorted(), "the others keep the engine's order of importance")
    }

    @Test func choosingASuggestionRecordsItAsAskedByTheEngine() throws {
        var state = try Self.mock()
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        let chosen = try #require(state.suggestions.dropFirst().first, "a second suggestion to choose")
        var expected = state
        expected.chain.probes.append(chosen)
        expected.askedProbes.insert(chosen.text)
        expected.suggestions = []
        expected.phase = .answering

        let effects = try Interview.reduce(&state, .suggestionChosen(number: 2))
        #expect(effects == [.record(.probe(.init(chosen, depth: 1, source: .engine))), .probe(chosen)])
        #expect(state == expected)
        #expect(state.pendingProbe == chosen, "the notes that come next are the reply to it")
    }

    @Test func theInterviewersOwnProbeIsRecordedWithItsTextAndSource() throws {
        var state = try Self.mock()
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        let effects = try Interview.reduce(&state, .ownProbeAsked(text: "  What did you do yourself?  "))
        guard case .record(.probe(let record)) = effects.first else { Issue.record("no probe record first: \(effects)"); return }
        #expect(record.text == "What did you do yourself?")
        #expect(record.source == .interviewer)
        #expect(record.depth == 1)
        #expect(effects.last == .probe(record.probe))
        #expect(state.phase == .answering && state.suggestions.isEmpty)
        #expect(state.chain.probes.map(\.text) == ["What did you do yourself?"])
    }

    @Test func aChoiceThatWasNotOfferedOrAnEmptyAskChangesNothing() throws {
        var state = try Self.mock()
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        let before = state
        let offered = state.suggestions.count
        #expect(throws: InterviewError.noSuchSuggestion(number: offered + 1, offered: offered)) {
            _ = try Interview.reduce(&state, .suggestionChosen(number: offered + 1))
        }
        #expect(throws: InterviewError.noSuchSuggestion(number: 0, offered: offered)) {
            _ = try Interview.reduce(&state, .suggestionChosen(number: 0))
        }
        #expect(throws: InterviewError.emptyProbe) { _ = try Interview.reduce(&state, .ownProbeAsked(text: "   ")) }
        #expect(throws: InterviewError.self) { _ = try Interview.reduce(&state, .voteCast(.inclined)) }
        #expect(state == before)
    }

    @Test func aDodgedProbeIsOfferedAgainFirmly() throws {
        var state = try Self.mock()
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        let number = try #require(state.suggestions.firstIndex { $0.target == .metrics }, "metrics among \(state.suggestions.map(\.target))") + 1
        _ = try Interview.reduce(&state, .suggestionChosen(number: number))
        let effects = try Interview.reduce(&state, .answerSubmitted(text: Self.dodge, seconds: 10))
        let again = try #require(state.suggestions.first)
        #expect(again.isFirm && again.target == .metrics)
        #expect(again.text == GapSpec.of(.metrics).firm)
        #expect(state.suggestions == [again], "a firm re-ask is the one thing to ask")
        #expect(effects.last == .suggest([again]))
    }

    @Test func nextShowsTheScoreCardAndTheVoteLandsBesideTheEnginesRating() throws {
        var state = try Self.mock(questions: 1)
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        let scored = try Interview.reduce(&state, .movedOn)
        let outcome = try #require(state.outcomes[0].last)
        #expect(scored == [.showScoreCard(outcome)])
        #expect(state.phase == .voting)
        #expect(outcome.interviewerVote == nil && outcome.openGaps.contains(.metrics))
        #expect(state.chain == ProbeChain() && state.suggestions.isEmpty)

        let effects = try Interview.reduce(&state, .voteCast(.strongHire))
        let debriefs = effects.compactMap { if case .showDebrief(let debrief) = $0 { debrief } else { nil } }
        let debrief = try #require(debriefs.first)
        #expect(debrief.interviewerVote == .strongHire)
        let records = effects.compactMap { if case .record(.debrief(let record)) = $0 { record } else { nil } }
        let record = try #require(records.first)
        #expect(record.interviewerVote == .strongHire)
        #expect(record.questions?.map(\.interviewerVote) == [.strongHire])
        #expect(record.vote == debrief.vote)
        #expect(state.phase == .finished(.completed))
    }

    @Test func withoutAVoteTheNextQuestionIsAsked() throws {
        var state = try Self.mock(questions: 2)
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        _ = try Interview.reduce(&state, .movedOn)
        let effects = try Interview.reduce(&state, .voteCast(nil))
        let question = try #require(state.currentQuestion)
        #expect(state.questionIndex == 1 && state.phase == .answering)
        #expect(state.outcomes[0].map(\.interviewerVote) == [nil])
        guard case .ask(let asked) = effects.last else { Issue.record("no question asked: \(effects)"); return }
        #expect(asked.question == question && asked.number == 2)
    }

    @Test func theChainStopsAtTheDepthAndGoesToTheScoreCard() throws {
        var state = try Self.mock(depth: 1, questions: 1)
        _ = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        _ = try Interview.reduce(&state, .suggestionChosen(number: 1))
        let effects = try Interview.reduce(&state, .answerSubmitted(text: Self.dodge, seconds: 10))
        #expect(state.phase == .voting)
        #expect(effects.count == 2)
        #expect(effects.first == .record(.answer(.init(text: Self.dodge, seconds: 10))))
        #expect(effects.last.map { if case .showScoreCard = $0 { true } else { false } } == true)
    }

    @Test func practiceIsUnchangedByTheMode() throws {
        var state = try Fixtures.state()
        _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        let effects = try Interview.reduce(&state, .answerSubmitted(text: Self.notes, seconds: 20))
        #expect(!effects.contains { if case .suggest = $0 { true } else { false } })
        #expect(effects.contains { if case .probe = $0 { true } else { false } })
        #expect(state.phase == .answering)
    }

    @Test func theHeaderSaysItIsAMock() throws {
        var state = try Fixtures.state()
        state.config.mode = .interviewer
        let effects = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        guard case .record(.header(let header)) = effects.first else { Issue.record("no header"); return }
        #expect(header.mode == .interviewer && header.resolvedMode == .interviewer)
    }
}

@Suite struct VoteDisagreementTests {
    static func outcome(_ id: String, engine: Rating, interviewer: Rating?) -> QuestionOutcome {
        QuestionOutcome(questionID: id, principles: [.ownership], skipped: false,
                        rating: StoryRating(rating: engine, evidence: [], points: nil), openGaps: [], dodged: [], interviewerVote: interviewer)
    }

    @Test(arguments: [
        (Rating.strongNoHire, Rating.strongHire, true), (.notInclined, .strongHire, true), (.inclined, .strongNoHire, true),
        (.inclined, .strongHire, false), (.notInclined, .inclined, false), (.inclined, .inclined, false), (.insufficientEvidence, .strongHire, false),
    ])
    func twoStepsApartIsSaid(_ engine: Rating, _ interviewer: Rating, _ flagged: Bool) {
        let debrief = RoundDebrief(round: .barRaiser, outcomes: [Self.outcome("q1", engine: engine, interviewer: interviewer)])
        #expect(debrief.interviewerVote == interviewer)
        #expect(debrief.disagreements.contains { $0.hasPrefix("q1:") } == flagged, "\(debrief.disagreements)")
    }

    @Test func theRoundVoteIsTheMeanOfTheVotesGiven() {
        let debrief = RoundDebrief(round: .barRaiser, outcomes: [
            Self.outcome("q1", engine: .strongNoHire, interviewer: .strongHire),
            Self.outcome("q2", engine: .strongNoHire, interviewer: .inclined),
            Self.outcome("q3", engine: .strongNoHire, interviewer: nil),
        ])
        #expect(debrief.interviewerVote == .strongHire)
        #expect(debrief.questionVotes == [QuestionVote(questionID: "q1", engine: .strongNoHire, interviewer: .strongHire),
                                          QuestionVote(questionID: "q2", engine: .strongNoHire, interviewer: .inclined)])
        #expect(debrief.disagreements.count == 3, "q1, q2 and the round: \(debrief.disagreements)")
        #expect(debrief.disagreements.last?.hasPrefix("The round:") == true)
    }

    @Test func withoutVotesThereIsNothingToCompare() {
        let debrief = RoundDebrief(round: .barRaiser, outcomes: [Self.outcome("q1", engine: .strongNoHire, interviewer: nil)])
        #expect(debrief.interviewerVote == nil && debrief.disagreements.isEmpty)
    }
}

@Suite struct InterviewerInputTests {
    @Test(arguments: [
        ("", false, InterviewerInput.choose(1)), ("   ", false, .choose(1)), ("2", false, .choose(2)), (" 3 ", false, .choose(3)),
        ("/ask What did you do yourself?", false, .ask("What did you do yourself?")), ("/next", false, .next), ("/quit", false, .quit),
        ("/help", false, .help), ("", true, .noVote), ("/next", true, .next), ("/vote strong-hire", true, .vote(.strongHire)),
        ("/VOTE Not-Inclined", true, .vote(.notInclined)), ("/vote strong-no-hire", true, .vote(.strongNoHire)), ("/vote inclined", true, .vote(.inclined)),
    ])
    func decodes(_ line: String, _ afterScoreCard: Bool, _ expected: InterviewerInput) {
        #expect(InterviewerInput.decode(line, afterScoreCard: afterScoreCard) == expected)
    }

    @Test(arguments: [
        ("/ask", false), ("/ask   ", false), ("/vote inclined", false), ("they said more", false), ("/vote", true),
        ("/vote insufficient-evidence", true), ("/vote great", true), ("2", true), ("/ask why?", true), ("/next please", false),
    ])
    func rejectsWithAReason(_ line: String, _ afterScoreCard: Bool) {
        guard case .invalid(let reason) = InterviewerInput.decode(line, afterScoreCard: afterScoreCard) else {
            Issue.record("'\(line)' was accepted")
            return
        }
        #expect(!reason.isEmpty)
    }
}

@Suite struct ShortNotesTests {
    static let shortNotes = "grew conv, no baseline"

    @Test func shortNotesAreProbedOnTheirGapsNotAskedToBeLonger() throws {
        var practice = try Fixtures.state()
        _ = try Interview.reduce(&practice, .started(at: "t", toolVersion: "test"))
        _ = try Interview.reduce(&practice, .answerSubmitted(text: Self.shortNotes, seconds: 5))
        try #require(practice.pendingProbe?.issue == .tooShort, "the engine asks a candidate for more: \(String(describing: practice.pendingProbe))")

        var mock = try InterviewerModeTests.mock()
        _ = try Interview.reduce(&mock, .answerSubmitted(text: Self.shortNotes, seconds: 5))
        let context = try #require(Interview.followUpContext(mock))
        var generator = SeededGenerator(seed: 1)
        let open = AnswerJudge.judge(mock.chain, in: context, using: &generator).decision.openGaps
        #expect(!mock.suggestions.isEmpty)
        #expect(mock.suggestions.allSatisfy { $0.issue == nil && open.contains($0.target) }, "\(mock.suggestions)")
    }
}
