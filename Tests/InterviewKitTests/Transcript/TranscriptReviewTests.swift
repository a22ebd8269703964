import BuiltInBank
import Foundation
import InterviewKit
import Testing

/// Reading a transcript back: the interview it records, exports, rescoring, and resuming.
@Suite struct TranscriptReviewTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

    static func fixture() throws -> [TranscriptRecord] {
        try TranscriptCodec.decode(String(contentsOf: folder.appendingPathComponent("interview.jsonl"), encoding: .utf8)).records
    }

    static let bank: QuestionBank = {
        let document = BuiltInBank.yamlText().flatMap { try? BankParser.parse($0, source: "builtin") }
        return QuestionBank(documents: document.map { [$0] } ?? [])
    }()

    /// Compares with the stored output; `BARRAISER_RECORD_GOLDEN=1` rewrites it on purpose.
    static func expectGolden(_ text: String, _ name: String) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BARRAISER_RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(text == stored, "\(name) differs from the stored output; if the change is intended, run the tests with BARRAISER_RECORD_GOLDEN=1")
    }

    @Test func theFixtureReadsAsSteps() throws {
        let interview = try RecordedInterview(records: Self.fixture())
        #expect(interview.steps.count == 5)
        #expect(interview.steps[1].probe?.target == .metrics)
        #expect(interview.steps[3].skipped)
        #expect(interview.status == .quit)
        #expect(interview.questions.map(\.answers.count) == [3, 0])
    }

    @Test func aCasePartIsListedUnderItsQuestionsFirstLine() throws {
        let records: [TranscriptRecord] = [
            .header(.init(toolVersion: "test", track: .pm, level: .l5, rounds: [.functional], seed: 1, startedAt: "2026-11-27T09:00:00Z")),
            .question(.init(round: .functional, questionID: "case-1", principles: [.customerObsession],
                            text: "\nLaunch a pet-insurance app.\nPart 1: who is it for?", part: "segment")),
            .answer(.init(text: "Owners of puppies under a year.", seconds: 5)),
        ]
        let interview = try RecordedInterview(records: records)
        #expect(interview.questions.map(\.text) == ["Launch a pet-insurance app."])
    }

    @Test func markdownExportMatchesTheGolden() throws {
        try Self.expectGolden(MarkdownExport.render(RecordedInterview(records: Self.fixture())), "interview.md")
    }

    @Test func htmlExportMatchesTheGoldenAndIsSelfContained() throws {
        let html = HTMLExport.render(try RecordedInterview(records: Self.fixture()))
        try Self.expectGolden(html, "interview.html")
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("<b>really</b>"), "the candidate's text is escaped, not markup")
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("@media print"))
    }

    @Test func jsonExportHoldsTheSameRecords() throws {
        let records = try Self.fixture()
        let json = JSONExport.render(records: records)
        try Self.expectGolden(json, "interview.json")
        struct Document: Decodable { var schemaVersion: Int; var records: [TranscriptRecord] }
        let decoded = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
        #expect(decoded.records == records && decoded.schemaVersion == 1)
    }

    @Test func textFromATranscriptCannotDriveTheTerminal() {
        let hostile = "ok\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\r\nnext\tline"
        let safe = SafeText.forTerminal(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(!safe.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(safe.contains("␛]0;pwned"))
        #expect(SafeText.forTerminal("café 😀 中文 שלום") == "café 😀 中文 שלום")
    }

    @Test(arguments: ["\u{1B}", "\u{07}", "\r", "\u{7F}", "\u{85}", "\u{9B}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}"])
    func eachControlAloneInPlainTextIsMadeVisible(_ control: String) {
        // Plain text takes a fast path that changes nothing; one control anywhere must leave it.
        let safe = SafeText.forTerminal("plain — “text” " + control + " end")
        #expect(!safe.unicodeScalars.contains { control.unicodeScalars.contains($0) })
        #expect(safe.hasPrefix("plain — “text” ") && safe.hasSuffix(" end"))
    }

    @Test func rescoringComparesThenAndNowWithoutChangingTheRecords() throws {
        let records = try Self.fixture()
        let interview = try RecordedInterview(records: records)
        let comparisons = Rescorer.rescore(interview, bank: Self.bank)
        #expect(comparisons.count == 2)
        let first = try #require(comparisons.first)
        #expect(first.probes.map(\.thenTarget) == [.metrics, .tradeoff, .depth])
        #expect(first.probes.first?.nowTarget == .metrics, "today's engine still asks for the number first")
        #expect(first.ratingNow != .insufficientEvidence)
        #expect(comparisons[1].ratingNow == .insufficientEvidence)
        #expect(try Self.fixture() == records)
    }

    /// A long interview of our own: `count` bar-raiser questions from the bank, each answered,
    /// probed (in words the engine uses, so it must not ask them again) and answered again; every
    /// seventh first answer is the one before it pasted again.
    static func longInterview(questions count: Int) throws -> RecordedInterview {
        let asked = bank.questions.filter { $0.kind == .behavioural && $0.rounds.contains(.barRaiser) }
        // Two sentences from two lists: no two answers within the repeat window are alike.
        let openings = [
            "Last spring I owned the seller sign-up flow and cut the form from eleven fields to six.",
            "We moved the weekly report to a dashboard after the finance team kept asking for numbers.",
            "I would start by asking customers what they need, then pick the biggest problem.",
            "In 2023 I led the billing migration, wrote the rollback plan and ran two dry runs.",
            "My manager wanted the launch in March; I asked for a two week pilot with ten stores first.",
            "Support tickets about refunds doubled over the holidays, so I rewrote the policy page myself.",
        ]
        let endings = [
            "Sign-ups rose a lot.",
            "Failed payments fell from 3% to 1% within a quarter.",
            "The team liked it and meetings got shorter.",
            "Nobody complained, which felt like success.",
            "We shipped on time and the director thanked everyone involved.",
            "Contacts dropped from 900 to 400 a week.",
        ]
        var lines = [#"{"config":{"level":"L5","principles":[],"questionsPerRound":\#(count),"rounds":["bar-raiser"],"seed":9,"track":"pm"},"level":"L5","rounds":["bar-raiser"],"schemaVersion":1,"seed":9,"startedAt":"2026-11-27T09:00:00Z","toolVersion":"test","track":"pm","type":"header"}"#]
        func quoted(_ text: String) throws -> String { String(decoding: try JSONEncoder().encode(text), as: UTF8.self) }
        var previous = ""
        for index in 0..<count {
            let question = asked[index % asked.count]
            let first = index % 7 == 6 ? previous : openings[index % 6] + " " + endings[index / 6 % 6]
            previous = first
            // Each asked once, as an interview asks them: past the bank's size, under an id of its own.
            let id = index < asked.count ? question.id : "\(question.id)-\(index)"
            lines.append(#"{"principles":[],"questionID":\#(try quoted(id)),"round":"bar-raiser","text":\#(try quoted(question.text)),"type":"question"}"#)
            lines.append(#"{"seconds":30,"text":\#(try quoted(first)),"type":"answer"}"#)
            lines.append(#"{"depth":1,"principle":"deliver-results","reason":"the result had no number","target":"metrics","text":"You said 'Sign-ups rose a lot'. By how much, and against what baseline?","type":"probe"}"#)
            lines.append(#"{"seconds":20,"text":"About a fifth, measured over the next month against the month before.","type":"answer"}"#)
        }
        return try RecordedInterview(records: TranscriptCodec.decode(lines.joined(separator: "\n") + "\n").records)
    }

    @Test func rescoringInRunsAtOnceGivesWhatOneRunGives() throws {
        // 260 questions make four runs of 65: the runs start at questions 65, 130 and 195.
        let interview = try Self.longInterview(questions: 260)
        let alone = Rescorer.rescore(interview, bank: Self.bank, workers: 1)
        let together = Rescorer.rescore(interview, bank: Self.bank, workers: 4)
        #expect(alone.count == 260)
        #expect(together.indices.first { together[$0] != alone[$0] } == nil, "the first question the runs judge differently")
        // Question 132 (a repeat) is read against answers from before its run started.
        let repeatNear = together[132].probes.first?.nowText, fresh = together[131].probes.first?.nowText
        #expect(repeatNear == together[6].probes.first?.nowText && repeatNear != fresh)
    }

    @Test func aQuestionAskedTwiceIsComparedEachTimeWithItsOwnAnswers() throws {
        let question = try #require(Self.bank.questions.first { $0.kind == .behavioural && $0.rounds.contains(.barRaiser) })
        let other = try #require(Self.bank.questions.first { $0.kind == .behavioural && $0.rounds.contains(.barRaiser) && $0.id != question.id })
        func quoted(_ text: String) throws -> String { String(decoding: try JSONEncoder().encode(text), as: UTF8.self) }
        func asked(_ asked: Question, answers: [String], probes: [String]) throws -> [String] {
            var lines = [#"{"principles":[],"questionID":\#(try quoted(asked.id)),"round":"bar-raiser","text":\#(try quoted(asked.text)),"type":"question"}"#]
            for (index, answer) in answers.enumerated() {
                lines.append(#"{"seconds":10,"text":\#(try quoted(answer)),"type":"answer"}"#)
                if index < probes.count {
                    lines.append(#"{"depth":\#(index + 1),"principle":"ownership","reason":"r","target":"metrics","text":\#(try quoted(probes[index])),"type":"probe"}"#)
                }
            }
            return lines
        }
        let header = #"{"config":{"level":"L5","principles":[],"rounds":["bar-raiser"],"seed":3,"track":"pm"},"level":"L5","rounds":["bar-raiser"],"schemaVersion":1,"seed":3,"startedAt":"2026-11-27T09:00:00Z","toolVersion":"test","track":"pm","type":"header"}"#
        let lines = [header]
            + (try asked(question, answers: ["I cut the sign-up form from eleven fields to six. Sign-ups rose a lot.", "About a fifth over a month."], probes: ["By how much?"]))
            + (try asked(other, answers: ["I rewrote the refund policy page myself after tickets doubled. Contacts fell from 900 to 400 a week."], probes: []))
            + (try asked(question, answers: ["I led the billing migration and wrote the rollback plan. We shipped on time."], probes: []))
        let interview = try RecordedInterview(records: TranscriptCodec.decode(lines.joined(separator: "\n") + "\n").records)
        let comparisons = Rescorer.rescore(interview, bank: Self.bank)
        #expect(comparisons.map(\.questionID) == [question.id, other.id, question.id])
        #expect(comparisons.map { $0.probes.map(\.thenText) } == [["By how much?", nil], [nil], [nil]],
                "each time the question was asked is compared with the answers given that time only")
    }

    // MARK: - Resuming

    static func interrupted(after count: Int) throws -> [TranscriptRecord] {
        Array(try fixture().prefix(count))
    }

    @Test func aCrashedInterviewResumesAtTheNextPrompt() throws {
        // Cut after the second answer and its probe: the next prompt is the third follow-up's reply.
        let restored = try InterviewRestorer.restore(Self.interrupted(after: 6), bank: Self.bank)
        #expect(restored.unwritten.isEmpty)
        #expect(restored.state.pendingProbe?.target == .tradeoff)
        #expect(restored.state.chain.answers.count == 2)
    }

    @Test func recordsACrashKeptFromTheFileAreWrittenOnResuming() throws {
        // Cut after an answer, before its probe reached the file.
        let restored = try InterviewRestorer.restore(Self.interrupted(after: 5), bank: Self.bank)
        #expect(restored.unwritten.count == 1)
        guard case .probe(let probe) = restored.unwritten.first else { Issue.record("expected the probe"); return }
        #expect(probe.target == .tradeoff && probe.depth == 2)
    }

    @Test func aQuitInterviewResumesAndACompletedOneDoesNot() throws {
        let restored = try InterviewRestorer.restore(Self.fixture(), bank: Self.bank)
        #expect(restored.state.currentQuestion?.id == "inv-removed-complexity")
        var completed = try Self.fixture()
        completed[completed.count - 1] = .end(.init(status: .completed))
        #expect(throws: RestoreError.alreadyFinished(.completed)) { try InterviewRestorer.restore(completed, bank: Self.bank) }
    }

    @Test func aTranscriptTheBankNoLongerMatchesIsExplained() throws {
        var records = try Self.fixture()
        records[1] = .question(.init(round: .barRaiser, questionID: "not-in-any-bank", principles: [.ownership], text: "?"))
        #expect(throws: RestoreError.mismatch(line: 2, expected: "question ihs-pm-sent-back-doc", found: "question not-in-any-bank")) {
            try InterviewRestorer.restore(records, bank: Self.bank)
        }
    }

    @Test func practisingAgainAsksTheSameQuestionsAndComparesAttempts() throws {
        let interview = try RecordedInterview(records: Self.fixture())
        let header = interview.header
        let config = try #require(header.config)
        let plan = try InterviewPlanner.plan(repeating: interview, config: config, bank: Self.bank)
        #expect(plan.flatMap { $0.questions.map(\.id) } == ["ihs-pm-sent-back-doc", "inv-removed-complexity"])
        let baseline = Rescorer.rescore(interview, bank: Self.bank)
        let better = QuestionOutcome(questionID: "ihs-pm-sent-back-doc", principles: [.insistOnTheHighestStandards], skipped: false,
                                     rating: StoryRating(rating: .strongHire, evidence: [], points: 8), openGaps: [], dodged: [])
        let comparison = AttemptComparison(previous: baseline, current: [better])
        let row = try #require(comparison.rows.first)
        #expect(row.ratingNow == .strongHire)
        #expect(row.stillOpen.isEmpty && row.closed == baseline[0].gapsNow)
    }
}

@Suite struct HTMLChartTests {
    @Test func theChartShowsEachPrincipleOnceAveragedAcrossRounds() throws {
        let header = TranscriptRecord.header(.init(toolVersion: "t", track: .pm, level: .l5, rounds: [.screen, .barRaiser], seed: 1, startedAt: "x"))
        let screen = TranscriptRecord.debrief(.init(round: .screen, vote: .inclined, summary: [], principles: [
            PrincipleAssessment(principle: .diveDeep, rating: .strongHire, evidence: [], missing: [])]))
        let barRaiser = TranscriptRecord.debrief(.init(round: .barRaiser, vote: .inclined, summary: [], principles: [
            PrincipleAssessment(principle: .diveDeep, rating: .notInclined, evidence: [], missing: []),
            PrincipleAssessment(principle: .ownership, rating: .insufficientEvidence, evidence: [], missing: [])]))
        let html = HTMLExport.render(try RecordedInterview(records: [header, screen, barRaiser]))
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        let chart = String(html[start.lowerBound..<end.upperBound])
        #expect(chart.components(separatedBy: ">Dive Deep<").count - 1 == 1)
        // strong-hire (4) and not-inclined (2) average to 3: inclined.
        #expect(chart.contains(">Dive Deep</text><rect x=\"300\" y=\"3\" width=\"320\" height=\"16\" fill=\"#eee\"/><rect x=\"300\" y=\"3\" width=\"240\""))
        #expect(chart.contains(">Ownership<") && chart.contains("insufficient-evidence"))
    }
}
