import BuiltInBank
import InterviewKit
import Testing

@Suite struct InterviewPlannerTests {
    static let bank: QuestionBank = {
        let document = BuiltInBank.yamlText().flatMap { try? BankParser.parse($0, source: "builtin") }
        return QuestionBank(documents: document.map { [$0] } ?? [])
    }()

    @Test func theSameSeedGivesTheSameQuestionsInTheSameOrder() throws {
        let config = InterviewConfig(track: .pm, level: .l5, rounds: RoundKind.allCases, seed: 1234)
        let first = try InterviewPlanner.plan(config, bank: Self.bank)
        let second = try InterviewPlanner.plan(config, bank: Self.bank)
        #expect(first == second)
        var other = config
        other.seed = 4321
        #expect(try InterviewPlanner.plan(other, bank: Self.bank) != first)
    }

    @Test(arguments: Track.allCases, Level.allCases)
    func aLoopHasFourRoundsInOrderAndNoQuestionRepeats(_ track: Track, _ level: Level) throws {
        for seed in UInt64(1)...20 {
            let plan = try InterviewPlanner.plan(InterviewConfig(track: track, level: level, rounds: RoundKind.allCases, seed: seed), bank: Self.bank)
            #expect(plan.map(\.kind) == [.screen, .hiringManager, .functional, .barRaiser])
            let ids = plan.flatMap { $0.questions.map(\.id) }
            #expect(Set(ids).count == ids.count)
            #expect(plan.allSatisfy { round in round.questions.allSatisfy { $0.fits(round: round.kind, track: track, level: level) } })
            #expect(plan[2].questions.first?.kind == .case && plan[2].questions.first?.tracks.contains(track) == true)
        }
    }

    @Test func drilledPrinciplesAreTheOnesAsked() throws {
        let config = InterviewConfig(track: .pm, level: .l5, rounds: [.barRaiser], seed: 5, principles: [.frugality, .diveDeep])
        let questions = try InterviewPlanner.plan(config, bank: Self.bank)[0].questions
        #expect(questions.count == 4)
        #expect(questions.allSatisfy { $0.principles.contains(.frugality) || $0.principles.contains(.diveDeep) })
    }

    @Test func anEmptyBankIsAClearError() {
        #expect(throws: PlanError.noQuestions(round: .screen, track: .pmm, level: .l4)) {
            try InterviewPlanner.plan(InterviewConfig(track: .pmm, level: .l4, rounds: [.screen]), bank: QuestionBank(questions: []))
        }
    }

    /// Over many seeds, each track's favoured principles come up clearly more often.
    @Test(arguments: Track.allCases)
    func theTracksEmphasisShowsInThePrinciplesChosen(_ track: Track) throws {
        var counts: [Principle: Int] = [:]
        for seed in UInt64(1)...200 {
            let plan = try InterviewPlanner.plan(InterviewConfig(track: track, level: .l5, rounds: [.barRaiser], seed: seed), bank: Self.bank)
            for question in plan[0].questions { if let lead = question.principles.first { counts[lead, default: 0] += 1 } }
        }
        let favoured: [Principle] = track == .pm ? [.inventAndSimplify, .deliverResults, .diveDeep] : [.customerObsession, .thinkBig, .earnTrust]
        let total = counts.values.reduce(0, +)
        print("principles asked in 200 \(track.rawValue) bar-raiser rounds (\(total) questions): " + Principle.allCases
            .sorted { counts[$0, default: 0] > counts[$1, default: 0] }
            .map { "\($0.rawValue) \(counts[$0, default: 0])" }.joined(separator: ", "))
        let others = Principle.allCases.filter { !favoured.contains($0) }
        let favouredMean = Double(favoured.map { counts[$0, default: 0] }.reduce(0, +)) / 3
        let othersMean = Double(others.map { counts[$0, default: 0] }.reduce(0, +)) / Double(others.count)
        #expect(favouredMean > othersMean * 1.8, "favoured \(favouredMean) vs others \(othersMean)")
        #expect(others.allSatisfy { counts[$0, default: 0] > 0 }, "every principle can still come up")
    }
    @Test func questionsFixedInAdvanceAreAskedAsGivenInARoundOfTheirLength() throws {
        let id = try #require(Self.bank.questions.first { $0.rounds.contains(.barRaiser) && $0.principles.first == .frugality }?.id)
        let config = InterviewConfig(track: .pm, level: .l5, rounds: [.barRaiser], seed: 9, principles: [.frugality], depth: 2, questionIDs: [id])
        let plan = try InterviewPlanner.plan(config, bank: Self.bank)
        #expect(plan.map(\.kind) == [.barRaiser])
        #expect(plan[0].questions.map(\.id) == [id])
        #expect(plan[0].settings.questions == 1 && plan[0].settings.depth == 2)
        #expect(plan[0].settings.budgetMinutes < RoundSettings.defaults(for: .barRaiser).budgetMinutes, "one story, not a whole round's time")
        var other = config
        other.seed = 10
        #expect(try InterviewPlanner.plan(other, bank: Self.bank) == plan, "the seed does not change a fixed question")
    }

    @Test func aFixedQuestionMissingFromTheBankIsAClearError() {
        let config = InterviewConfig(rounds: [.barRaiser], questionIDs: ["no-such-question"])
        #expect(throws: PlanError.unknownQuestion(id: "no-such-question")) { try InterviewPlanner.plan(config, bank: Self.bank) }
        #expect(PlanError.unknownQuestion(id: "x").description.contains("--bank"))
    }

    @Test func anInterviewOfFixedQuestionsResumesWhereItStopped() throws {
        let id = try #require(Self.bank.questions.first { $0.rounds.contains(.barRaiser) && $0.principles.first == .ownership }?.id)
        let config = InterviewConfig(track: .pm, level: .l5, rounds: [.barRaiser], seed: 77, principles: [.ownership], questionIDs: [id])
        var state = InterviewState(config: config, plan: try InterviewPlanner.plan(config, bank: Self.bank))
        var records: [TranscriptRecord] = []
        for event in [InterviewEvent.started(at: "2026-01-01T00:00:00Z", toolVersion: "test"),
                      .answerSubmitted(text: "I took over the on-call rota when nobody owned it and things got better.", seconds: 30)] {
            records += try Interview.reduce(&state, event).compactMap { if case .record(let record) = $0 { record } else { nil } }
        }
        let restored = try InterviewRestorer.restore(records, bank: Self.bank)
        #expect(restored.state == state)
        #expect(restored.state.currentQuestion?.id == id)
    }
}
