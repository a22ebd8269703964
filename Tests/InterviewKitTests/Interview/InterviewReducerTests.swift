import InterviewKit
import Testing

/// The reducer, phase by phase and event by event.
@Suite struct InterviewReducerTests {
    static let events: [InterviewEvent] = [
        .started(at: "2026-01-01T00:00:00Z", toolVersion: "test"), .answerSubmitted(text: Fixtures.strongAnswer, seconds: 30),
        .questionSkipped, .questionRepeated, .roundEndedEarly, .pauseEnded, .quit, .resumed,
        // A mock's choices: never legal in practice, whose phases never offer suggestions or a vote.
        .suggestionChosen(number: 1), .ownProbeAsked(text: "Why?"), .movedOn, .voteCast(.inclined),
    ]

    enum Situation: String, CaseIterable {
        case notStarted, answeringQuestion, answeringFollowUp, paused, completed, quit
    }

    static func state(in situation: Situation) throws -> InterviewState {
        var state = try Fixtures.state(rounds: [.screen, .barRaiser], depth: 1, questions: 1)
        switch situation {
        case .notStarted:
            break
        case .answeringQuestion:
            _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        case .answeringFollowUp:
            _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
            _ = try Interview.reduce(&state, .answerSubmitted(text: "Um I think I would probably just talk to people and stuff and see what happens really.", seconds: 5))
        case .paused:
            _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
            _ = try Interview.reduce(&state, .roundEndedEarly)
        case .completed:
            _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
            _ = try Interview.reduce(&state, .roundEndedEarly)
            _ = try Interview.reduce(&state, .pauseEnded)
            _ = try Interview.reduce(&state, .roundEndedEarly)
        case .quit:
            _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
            _ = try Interview.reduce(&state, .quit)
        }
        return state
    }

    /// Which events each situation accepts; all others must be rejected with a typed error.
    static let legal: [Situation: Set<String>] = [
        .notStarted: ["started"],
        .answeringQuestion: ["answerSubmitted", "questionSkipped", "questionRepeated", "roundEndedEarly", "quit", "resumed"],
        .answeringFollowUp: ["answerSubmitted", "questionSkipped", "questionRepeated", "roundEndedEarly", "quit", "resumed"],
        .paused: ["pauseEnded", "quit", "resumed"],
        .completed: [],
        .quit: [],
    ]

    @Test(arguments: Situation.allCases, events)
    func everyEventInEveryPhaseIsHandledOrRejected(_ situation: Situation, _ event: InterviewEvent) throws {
        var state = try Self.state(in: situation)
        let before = state
        let isLegal = Self.legal[situation]?.contains(event.name) ?? false
        if isLegal {
            #expect(throws: Never.self) { _ = try Interview.reduce(&state, event) }
        } else {
            #expect(throws: InterviewError.self) { _ = try Interview.reduce(&state, event) }
            #expect(state == before, "a rejected event must not change the state")
        }
    }

    @Test func startRecordsTheHeaderThenAsksTheFirstQuestion() throws {
        var state = try Fixtures.state()
        let effects = try Interview.reduce(&state, .started(at: "2026-11-27T07:00:00Z", toolVersion: "1.0"))
        guard case .record(.header(let header)) = effects.first else { Issue.record("no header first"); return }
        #expect(header.seed == 42 && header.track == .pm && header.rounds == [.barRaiser])
        #expect(effects.contains { if case .record(.question) = $0 { true } else { false } })
        #expect(effects.contains { if case .ask(let asked) = $0 { asked.number == 1 && asked.total == 2 } else { false } })
        #expect(state.phase == .answering)
    }

    @Test func aThinAnswerGetsAProbeRecordedWithItsTargetAndReason() throws {
        var state = try Self.state(in: .answeringQuestion)
        let effects = try Interview.reduce(&state, .answerSubmitted(text: "We worked really hard on the launch and it went well, significantly better than before.", seconds: 12))
        let probes = effects.compactMap { effect -> TranscriptRecord.ProbeRecord? in
            if case .record(.probe(let probe)) = effect { probe } else { nil }
        }
        let probe = try #require(probes.first)
        #expect(probe.depth == 1)
        #expect(!probe.reason.isEmpty)
        #expect(state.pendingProbe != nil)
        #expect(state.promptContext?.label.contains("follow-up 1/1") == true)
    }

    @Test func afterTheDepthIsUsedTheNextQuestionIsAsked() throws {
        var state = try Fixtures.state(depth: 1, questions: 2)
        _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        _ = try Interview.reduce(&state, .answerSubmitted(text: "We did a launch and it went fine, a lot better.", seconds: 3))
        let effects = try Interview.reduce(&state, .answerSubmitted(text: "Not sure.", seconds: 3))
        #expect(effects.contains { if case .ask(let asked) = $0 { asked.number == 2 } else { false } })
        #expect(state.questionIndex == 1 && state.chain.probes.isEmpty)
    }

    @Test func skippingRecordsASkipAndCountsItInTheDebrief() throws {
        var state = try Fixtures.state(depth: 0, questions: 1)
        _ = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        let effects = try Interview.reduce(&state, .questionSkipped)
        #expect(effects.contains { if case .record(.skip) = $0 { true } else { false } })
        let debrief = effects.compactMap { effect -> RoundDebrief? in if case .showDebrief(let d) = effect { d } else { nil } }.first
        #expect(debrief?.skipped == 1 && debrief?.vote == .insufficientEvidence)
        #expect(state.phase == .finished(.completed))
    }

    @Test func repeatShowsTheSameQuestionAndThePendingProbeWithoutRecording() throws {
        var state = try Self.state(in: .answeringFollowUp)
        let effects = try Interview.reduce(&state, .questionRepeated)
        #expect(!effects.contains { if case .record = $0 { true } else { false } })
        #expect(effects.contains { if case .ask(let asked) = $0 { asked.isRepeat } else { false } })
        #expect(effects.contains { if case .probe = $0 { true } else { false } })
    }

    @Test func endingTheFirstRoundOfALoopPausesThenTheNextRoundStarts() throws {
        var state = try Self.state(in: .answeringQuestion)
        let ended = try Interview.reduce(&state, .roundEndedEarly)
        #expect(ended.contains { if case .pause(before: .barRaiser) = $0 { true } else { false } })
        #expect(state.phase == .paused)
        let next = try Interview.reduce(&state, .pauseEnded)
        #expect(next.contains { if case .ask(let asked) = $0 { asked.round == .barRaiser } else { false } })
    }

    @Test func quittingRecordsTheEnd() throws {
        var state = try Self.state(in: .answeringQuestion)
        let effects = try Interview.reduce(&state, .quit)
        #expect(effects.contains(.record(.end(TranscriptRecord.EndRecord(status: .quit)))))
        #expect(effects.last == .finish(.quit))
    }

    @Test func aSavedStateResumesAtTheSameQuestionAndProbe() throws {
        let saved = try Self.state(in: .answeringFollowUp)
        let data = try JSONEncoder().encode(saved)
        var restored = try JSONDecoder().decode(InterviewState.self, from: data)
        #expect(restored == saved)
        let effects = try Interview.reduce(&restored, .resumed)
        #expect(effects.contains { if case .ask(let asked) = $0 { asked.question == saved.currentQuestion } else { false } })
        #expect(effects.contains { if case .probe(let probe) = $0 { probe == saved.pendingProbe } else { false } })
    }

    @Test func aCaseIsAskedPartByPart() throws {
        var state = try Fixtures.state(rounds: [.functional], depth: 0)
        let first = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        #expect(first.contains { if case .ask(let asked) = $0 { asked.part?.id == "clarify" } else { false } })
        let second = try Interview.reduce(&state, .answerSubmitted(text: "The customer is a shopper returning groceries.", seconds: 4))
        #expect(second.contains { if case .ask(let asked) = $0 { asked.part?.id == "hypothesis" } else { false } })
        #expect(state.promptContext?.label == "Functional · Q1/1 · part 2/2")
    }
}

import Foundation
