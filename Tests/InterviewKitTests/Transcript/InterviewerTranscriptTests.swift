import InterviewKit
import Testing

/// A mock's transcript fields are optional: a mock's round-trip, and older files read as practice.
@Suite struct InterviewerTranscriptTests {
    static let header = TranscriptRecord.header(.init(toolVersion: "1", track: .pm, level: .l5, rounds: [.barRaiser], seed: 2,
                                                      startedAt: "2026-12-02T00:00:00Z", mode: .interviewer))
    static let records: [TranscriptRecord] = [
        header,
        .question(.init(round: .barRaiser, questionID: "q1", principles: [.diveDeep], text: "Tell me…")),
        .answer(.init(text: "led redesign, we shipped, conv up a lot, no baseline", seconds: 20)),
        .probe(.init(text: "By how much?", target: .metrics, principle: .diveDeep, depth: 1, reason: "no number", source: .engine)),
        .answer(.init(text: "not sure", seconds: 4)),
        .probe(.init(text: "What did you do yourself?", target: .depth, principle: .diveDeep, depth: 2, reason: "own", source: .interviewer)),
        .debrief(.init(round: .barRaiser, vote: .notInclined, summary: [], principles: [],
                       questions: [.init(questionID: "q1", rating: .notInclined, openGaps: [.metrics], interviewerVote: .strongHire)],
                       interviewerVote: .strongHire, disagreements: ["q1: two steps apart"])),
        .end(.init(status: .completed)),
    ]

    @Test func aMockRoundTripsWithItsModeSourcesAndVotes() throws {
        let lines = Self.records.map(TranscriptCodec.encode)
        #expect(lines[0].contains(#""mode":"interviewer""#))
        #expect(lines[3].contains(#""source":"engine""#) && lines[5].contains(#""source":"interviewer""#))
        #expect(lines[6].contains(#""interviewerVote":"strong-hire""#))
        #expect(try TranscriptCodec.decode(lines.joined(separator: "\n") + "\n").records == Self.records)
    }

    @Test func anOlderFileWithoutTheFieldsReadsAsPractice() throws {
        let text = """
            {"level":"L5","rounds":["bar-raiser"],"schemaVersion":1,"seed":3,"startedAt":"2026-11-27T07:00:00Z","toolVersion":"0.1.0","track":"pm","type":"header"}
            {"depth":1,"reason":"no number","target":"metrics","text":"By how much?","type":"probe"}
            {"principles":[],"questions":[{"openGaps":[],"questionID":"q1","rating":"inclined"}],"round":"bar-raiser","summary":[],"type":"debrief","vote":"inclined"}

            """
        let records = try TranscriptCodec.decode(text).records
        guard case .header(let header) = records[0], case .probe(let probe) = records[1], case .debrief(let debrief) = records[2] else {
            Issue.record("unexpected records \(records)")
            return
        }
        #expect(header.mode == nil && header.resolvedMode == .practice)
        #expect(probe.source == nil)
        #expect(debrief.interviewerVote == nil && debrief.disagreements == nil && debrief.questions?.first?.interviewerVote == nil)
    }

    @Test func practiceWritesNoneOfTheFields() {
        let line = TranscriptCodec.encode(.probe(.init(text: "By how much?", target: .metrics, principle: nil, depth: 1, reason: "r")))
        #expect(!line.contains("source"))
    }

    @Test func exportsSayWhoChoseEachFollowUpAndShowBothVotes() throws {
        let interview = try RecordedInterview(records: Self.records)
        let markdown = MarkdownExport.render(interview)
        #expect(markdown.contains("suggested by barraiser") && markdown.contains("the interviewer's own"))
        #expect(markdown.contains("Your interviewer's vote: **strong-hire**"))
        #expect(markdown.contains("q1: two steps apart"))
        let html = HTMLExport.render(interview)
        #expect(html.contains("the interviewer's own") && html.contains("Your interviewer's vote"))
    }

    @Test func aMockCannotBeResumed() {
        var records = Self.records
        records.removeLast(2)
        if case .header(var header) = records[0] {
            header.config = InterviewConfig(seed: 2, mode: .interviewer)
            records[0] = .header(header)
        }
        #expect(throws: RestoreError.interviewerMock) { try InterviewRestorer.restore(records, bank: Fixtures.bank) }
    }
}
