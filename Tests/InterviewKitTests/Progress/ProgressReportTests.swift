import InterviewKit
import Testing

/// Transcripts built from records in code: one question per entry, its rating in the debrief. Shared
/// with the progress page's tests.
struct Session {
    var startedAt: String
    var track: Track = .pm
    /// Question id, principles, the first probe's gap (nil for none), answer seconds, rating.
    var questions: [(id: String, principles: [Principle], firstProbe: Gap?, seconds: Double, rating: Rating)]
    var dodged: [Gap] = []
    var softLimit: Double?
    var mode: InterviewMode?

    func interview() throws -> RecordedInterview {
        let config = InterviewConfig(track: track, rounds: [.barRaiser], softLimitSeconds: softLimit)
        var records: [TranscriptRecord] = [.header(.init(toolVersion: "test", track: track, level: .l5, rounds: [.barRaiser], seed: 1,
                                                         startedAt: startedAt, config: config, mode: mode))]
        for question in questions {
            records.append(.question(.init(round: .barRaiser, questionID: question.id, principles: question.principles, text: "Tell me.")))
            records.append(.answer(.init(text: "An answer.", seconds: question.seconds)))
            if let gap = question.firstProbe {
                records.append(.probe(.init(text: "And?", target: gap, principle: question.principles.first, depth: 1, reason: "why")))
                records.append(.answer(.init(text: "More.", seconds: 10)))
            }
        }
        let verdicts = questions.map { TranscriptRecord.QuestionVerdict(questionID: $0.id, rating: $0.rating, openGaps: []) }
        records.append(.debrief(.init(round: .barRaiser, vote: .inclined, summary: [], principles: [],
                                      dodged: dodged.isEmpty ? nil : dodged, questions: verdicts)))
        records.append(.end(.init(status: .completed)))
        return try RecordedInterview(records: records)
    }
}

@Suite("Progress across interviews")
struct ProgressReportTests {
    @Test("Each principle's attempts come from the debriefs' question verdicts, oldest first, with a sparkline")
    func attemptsPerPrinciple() throws {
        // Given out of order: the report sorts by start time.
        let interviews = try [
            Session(startedAt: "2026-11-03T09:00:00Z", questions: [("q3", [.diveDeep], nil, 60, .strongHire)]),
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("q1", [.diveDeep, .ownership], nil, 60, .strongNoHire)]),
            Session(startedAt: "2026-11-02T09:00:00Z", questions: [("q2", [.diveDeep], nil, 60, .notInclined)]),
        ].map { try $0.interview() }
        let report = ProgressReport(interviews: interviews)

        #expect(report.interviews == 3)
        #expect(report.from == "2026-11-01T09:00:00Z" && report.to == "2026-11-03T09:00:00Z")
        #expect(report.principles.map(\.principle) == [.ownership, .diveDeep])
        let diveDeep = try #require(report.principles.first { $0.principle == .diveDeep })
        #expect(diveDeep.attempts.map(\.questionID) == ["q1", "q2", "q3"])
        #expect(diveDeep.attempts.map(\.interview) == [0, 1, 2], "the place in time order, not in the order given")
        #expect(diveDeep.count == 3)
        #expect(diveDeep.latest == .strongHire)
        #expect(diveDeep.sparkline == "▁▃▇")
        #expect(diveDeep.trend == .better)
        let ownership = try #require(report.principles.first { $0.principle == .ownership })
        #expect(ownership.sparkline == "▁" && ownership.trend == nil, "one attempt has no trend")
    }

    @Test("Mock interviews are counted apart and do not move the candidate's ratings")
    func mocksAreCountedApart() throws {
        var mock = Session(startedAt: "2026-11-02T09:00:00Z", questions: [("q2", [.diveDeep], .metrics, 60, .strongNoHire)])
        mock.mode = .interviewer
        let interviews = try [Session(startedAt: "2026-11-01T09:00:00Z", questions: [("q1", [.diveDeep], nil, 60, .inclined)]), mock].map { try $0.interview() }
        let report = ProgressReport(interviews: interviews)
        #expect(report.interviews == 1 && report.mocks == 1)
        #expect(report.principles.first?.attempts.map(\.questionID) == ["q1"])
        #expect(report.firstProbes.isEmpty)
    }

    @Test("The trend compares the later half of the last five rated attempts with the earlier half",
          arguments: [
            ([Rating.strongHire, .strongHire, .inclined, .notInclined, .inclined, .notInclined, .inclined], ProgressReport.Trend?.some(.same)),
            ([.inclined, .strongHire, .notInclined, .notInclined], .worse),
            ([.notInclined, .insufficientEvidence, .inclined], .better),
            ([.inclined, .inclined], .same),
            ([.inclined, .insufficientEvidence], nil),
          ])
    func trend(ratings: [Rating], expected: ProgressReport.Trend?) {
        #expect(ProgressReport.trend(of: ratings) == expected)
    }

    @Test("Insufficient evidence draws a dot and a skipped question is no attempt")
    func insufficientAndSkipped() throws {
        var records: [TranscriptRecord] = [
            .header(.init(toolVersion: "test", track: .pm, level: .l5, rounds: [.barRaiser], seed: 1, startedAt: "2026-11-01T09:00:00Z")),
            .question(.init(round: .barRaiser, questionID: "q1", principles: [.frugality], text: "Tell me.")),
            .answer(.init(text: "Hm.", seconds: 5)),
            .question(.init(round: .barRaiser, questionID: "q2", principles: [.frugality], text: "Tell me.")),
            .skip(.init(questionID: "q2")),
        ]
        records.append(.debrief(.init(round: .barRaiser, vote: .insufficientEvidence, summary: [], principles: [], questions: [
            .init(questionID: "q1", rating: .insufficientEvidence, openGaps: []),
            .init(questionID: "q2", rating: .insufficientEvidence, openGaps: [], skipped: true),
        ])))
        let report = ProgressReport(interviews: [try RecordedInterview(records: records)])
        #expect(report.principles.map(\.sparkline) == ["·"])
        #expect(report.principles.first?.count == 1)
        #expect(report.answers == 1, "a skip is not an answer")
    }

    @Test("The gap that draws the first follow-up most often comes first; a gap dodged in two interviews is listed")
    func recurringGaps() throws {
        let interviews = try (1...6).map { day in
            try Session(startedAt: "2026-11-0\(day)T09:00:00Z",
                        questions: [("a\(day)", [.diveDeep], .metrics, 60, .inclined), ("b\(day)", [.ownership], day == 1 ? .tradeoff : .metrics, 60, .inclined)],
                        dodged: day <= 2 ? [.metrics] : day == 3 ? [.learning] : []).interview()
        }
        let report = ProgressReport(interviews: interviews)
        #expect(report.firstProbes.map(\.gap) == [.metrics, .tradeoff])
        let metrics = try #require(report.firstProbes.first)
        #expect(metrics.count == 11)
        #expect(metrics.interviews == 6)
        #expect(metrics.recentInterviews == 5)
        #expect(metrics.lastSeen == "2026-11-06T09:00:00Z")
        #expect(metrics.timeline.map(\.interview) == [0, 1, 2, 3, 4, 5], "each interview's place, oldest first")
        #expect(metrics.timeline.map(\.count) == [1, 2, 2, 2, 2, 2], "the first day's second question went after tradeoff")
        #expect(report.firstProbes.last?.recentInterviews == 0, "tradeoff was only in the first of six")
        #expect(report.dodgedRepeatedly.map(\.gap) == [.metrics], "learning was dodged in one interview only")
        #expect(report.dodgedRepeatedly.first?.interviews == 2)
    }

    @Test("Follow-ups past the first, to awkward replies, or going deeper are not counted as first probes")
    func onlyFirstProbesOfGaps() throws {
        let records: [TranscriptRecord] = [
            .header(.init(toolVersion: "test", track: .pm, level: .l5, rounds: [.barRaiser], seed: 1, startedAt: "2026-11-01T09:00:00Z")),
            .question(.init(round: .barRaiser, questionID: "q1", principles: [.diveDeep], text: "Tell me.")),
            .answer(.init(text: "", seconds: 5)),
            .probe(.init(text: "Say more?", target: .situation, principle: nil, depth: 1, reason: "empty", issue: .empty)),
            .answer(.init(text: "Fine.", seconds: 5)),
            .probe(.init(text: "Number?", target: .metrics, principle: nil, depth: 2, reason: "no number")),
            .question(.init(round: .barRaiser, questionID: "q2", principles: [.diveDeep], text: "Tell me.")),
            .answer(.init(text: "A full answer.", seconds: 5)),
            .probe(.init(text: "Deeper?", target: .depth, principle: nil, depth: 1, reason: "strong")),
        ]
        #expect(ProgressReport(interviews: [try RecordedInterview(records: records)]).firstProbes.isEmpty)
    }

    @Test("Time per answer, and answers past the soft limit of their interview's settings")
    func timing() throws {
        let interviews = try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("q1", [.diveDeep], nil, 200, .inclined), ("q2", [.diveDeep], nil, 100, .inclined)]),
            Session(startedAt: "2026-11-02T09:00:00Z", questions: [("q3", [.diveDeep], nil, 100, .inclined)], softLimit: 90),
        ].map { try $0.interview() }
        let timing = ProgressReport(interviews: interviews).timing
        #expect(timing.answers == 3)
        #expect(timing.medianSeconds == 100)
        #expect(timing.perInterview.map(\.meanSeconds) == [150, 100])
        #expect(timing.pastSoftLimit.map(\.questionID) == ["q1", "q3"], "180 s by default for a story; 90 s where --soft-limit said so")
        #expect(timing.pastSoftLimit.map(\.limitSeconds) == [180, 90])
    }

    @Test("A case part's answer is held to the case limit, a screen question's to the screen limit")
    func softLimitByKind() throws {
        let records: [TranscriptRecord] = [
            .header(.init(toolVersion: "test", track: .pm, level: .l5, rounds: [.functional, .screen], seed: 1, startedAt: "2026-11-01T09:00:00Z")),
            .question(.init(round: .functional, questionID: "case-1", principles: [], text: "Design.", part: "clarify")),
            .answer(.init(text: "Who.", seconds: 400)),
            .question(.init(round: .screen, questionID: "why-amazon", principles: [], text: "Why?")),
            .answer(.init(text: "Because.", seconds: 150)),
        ]
        let report = ProgressReport(interviews: [try RecordedInterview(records: records)])
        #expect(report.timing.pastSoftLimit.map(\.questionID) == ["why-amazon"])
        let asStory = ProgressReport(interviews: [try RecordedInterview(records: records)], questionKinds: ["why-amazon": .behavioural])
        #expect(asStory.timing.pastSoftLimit.isEmpty, "the bank's kind wins over the guess")
    }

    @Test("The principles the track weighs most with fewer than three attempts are named, fewest first")
    func neglectedPrinciples() throws {
        let interviews = try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("q1", [.diveDeep], nil, 60, .inclined), ("q2", [.deliverResults], nil, 60, .inclined)]),
            Session(startedAt: "2026-11-02T09:00:00Z", questions: [("q3", [.diveDeep], nil, 60, .inclined)]),
            Session(startedAt: "2026-11-03T09:00:00Z", questions: [("q4", [.diveDeep], nil, 60, .inclined)]),
        ].map { try $0.interview() }
        let report = ProgressReport(interviews: interviews)
        #expect(report.neglected.map(\.principle) == [.inventAndSimplify, .deliverResults])
        #expect(report.neglected.map(\.attempts) == [0, 1])
        #expect(report.neglected.allSatisfy { $0.track == .pm })
        let pmm = ProgressReport(interviews: interviews, filter: .init(track: .pmm))
        #expect(pmm.interviews == 0)
        #expect(pmm.neglected.map(\.principle) == [.customerObsession, .thinkBig, .earnTrust].sorted())
    }

    @Test("--since and --track leave interviews out")
    func filter() throws {
        let interviews = try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("q1", [.diveDeep], nil, 60, .inclined)]),
            Session(startedAt: "2026-11-02T09:00:00Z", track: .pmm, questions: [("q2", [.thinkBig], nil, 60, .inclined)]),
            Session(startedAt: "2026-11-03T09:00:00Z", questions: [("q3", [.ownership], nil, 60, .inclined)]),
        ].map { try $0.interview() }
        #expect(ProgressReport(interviews: interviews, filter: .init(since: "2026-11-02")).principles.map(\.principle) == [.ownership, .thinkBig])
        #expect(ProgressReport(interviews: interviews, filter: .init(track: .pm)).principles.map(\.principle) == [.ownership, .diveDeep])
    }

    @Test("An interview cut short before its debrief adds time but no ratings; no interviews give an empty report")
    func unfinishedAndEmpty() throws {
        var records: [TranscriptRecord] = [
            .header(.init(toolVersion: "test", track: .pm, level: .l5, rounds: [.barRaiser], seed: 1, startedAt: "2026-11-01T09:00:00Z")),
            .question(.init(round: .barRaiser, questionID: "q1", principles: [.diveDeep], text: "Tell me.")),
        ]
        records.append(.answer(.init(text: "Half an answer.", seconds: 30)))
        let report = ProgressReport(interviews: [try RecordedInterview(records: records)])
        #expect(report.principles.isEmpty)
        #expect(report.answers == 1)
        let empty = ProgressReport(interviews: [])
        #expect(empty.interviews == 0 && empty.from == nil && empty.timing.medianSeconds == nil && empty.neglected.isEmpty)
    }
}

@Suite("The next round to practise")
struct NextPracticeTests {
    static func question(_ id: String, _ principles: [Principle]) -> Question {
        Question(id: id, text: "Tell me about a time.", principles: principles)
    }

    static let candidates = [
        question("dr-1", [.deliverResults]), question("dr-2", [.deliverResults]), question("dd-1", [.diveDeep]),
        question("is-1", [.inventAndSimplify]), question("fr-1", [.frugality, .ownership]), question("ow-1", [.ownership]),
    ]

    @Test("A weak principle the track weighs most comes before principles never practised; then those, then the strong")
    func weakestFirst() throws {
        let interviews = try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("dd-1", [.diveDeep], nil, 60, .strongHire), ("dr-1", [.deliverResults], nil, 60, .notInclined)]),
            Session(startedAt: "2026-11-02T09:00:00Z", questions: [("is-1", [.inventAndSimplify], nil, 60, .strongHire)]),
        ].map { try $0.interview() }
        let next = NextPractice(interviews: interviews, track: .pm, candidates: Self.candidates, count: 5)
        #expect(next.choices.map(\.principle) == [.deliverResults, .ownership, .frugality, .inventAndSimplify, .diveDeep])
        #expect(next.choices.first?.reason == "latest not-inclined, 1 attempt; pm weighs it most")
        #expect(next.choices.dropFirst().first?.reason == "never practised")
        #expect(next.choices.map(\.questionID) == ["dr-2", "ow-1", "fr-1", "is-1", "dd-1"], "a question not answered before comes first")
        #expect(NextPractice(interviews: interviews, track: .pm, candidates: Self.candidates, count: 2).choices.count == 2)
    }

    @Test("When every question on a principle was answered, the one answered longest ago is asked")
    func longestAgo() throws {
        let interviews = try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("dr-2", [.deliverResults], nil, 60, .notInclined)]),
            Session(startedAt: "2026-11-02T09:00:00Z", questions: [("dr-1", [.deliverResults], nil, 60, .notInclined)]),
        ].map { try $0.interview() }
        let next = NextPractice(interviews: interviews, track: .pm, candidates: Self.candidates, count: 6)
        let deliverResults = try #require(next.choices.first { $0.principle == .deliverResults })
        #expect(deliverResults.questionID == "dr-2")
        #expect(deliverResults.lastAnswered == "2026-11-01T09:00:00Z")
    }

    @Test("Only the track's interviews count")
    func otherTrackIgnored() throws {
        let interviews = [try Session(startedAt: "2026-11-01T09:00:00Z", track: .pmm,
                                      questions: [("dr-1", [.deliverResults], nil, 60, .strongHire)]).interview()]
        let next = NextPractice(interviews: interviews, track: .pm, candidates: Self.candidates, count: 3)
        #expect(next.choices.map(\.principle) == [.inventAndSimplify, .diveDeep, .deliverResults], "all never practised on pm, which weighs them most")
        #expect(next.choices.last?.reason == "never practised; pm weighs it most")
        #expect(next.choices.last?.questionID == "dr-1", "answered on pmm only")
    }
}
