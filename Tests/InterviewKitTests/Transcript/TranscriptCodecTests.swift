import InterviewKit
import Testing

@Suite struct TranscriptCodecTests {
    static let header = TranscriptRecord.header(.init(toolVersion: "1", track: .pmm, level: .l6, rounds: [.barRaiser], seed: 9, startedAt: "2026-11-27T07:00:00Z"))
    static let records: [TranscriptRecord] = [
        header,
        .question(.init(round: .barRaiser, questionID: "q1", principles: [.diveDeep], text: "Tell me…")),
        .answer(.init(text: "café 😀 中文\nline two", seconds: 12.5)),
        .probe(.init(text: "By how much?", target: .metrics, principle: .diveDeep, depth: 1, reason: "no number")),
        .skip(.init(questionID: "q2")),
        .end(.init(status: .completed)),
    ]

    @Test func recordsRoundTripOneLineEach() throws {
        let lines = Self.records.map(TranscriptCodec.encode)
        #expect(lines.allSatisfy { !$0.contains("\n") })
        #expect(lines[0].hasPrefix("{\"config\"") == false && lines[0].contains("\"type\":\"header\""))
        let decoded = try TranscriptCodec.decode(lines.joined(separator: "\n") + "\n")
        #expect(decoded.records == Self.records)
        #expect(decoded.truncatedLastLine == nil)
    }

    @Test func crlfLineEndingsReadAsLF() throws {
        let lines = Self.records.map(TranscriptCodec.encode)
        let decoded = try TranscriptCodec.decode(lines.joined(separator: "\r\n") + "\r\n")
        #expect(decoded.records == Self.records)
        #expect(decoded.warnings.isEmpty)
        let cut = try TranscriptCodec.decode(lines.prefix(3).joined(separator: "\r\n") + "\r\n{\"type\":\"ans")
        #expect(cut.records == Array(Self.records.prefix(3)))
        #expect(cut.truncatedLastLine == 4)
    }

    @Test func blankLinesOfAnyWhitespaceAreSkippedAndKeepTheLineNumbers() throws {
        let lines = Self.records.map(TranscriptCodec.encode)
        // A tab, a no-break space and an ideographic space: blank lines a hand edit can leave.
        let text = ([lines[0], " \t", "\u{00A0}\u{3000}"] + lines[1...]).joined(separator: "\n") + "\n\n"
        #expect(try TranscriptCodec.decode(text).records == Self.records)
        let corrupt = ([lines[0], "\u{00A0}", "not json"] + lines[1...]).joined(separator: "\n") + "\n"
        #expect(throws: TranscriptError.corruptLine(line: 3, detail: "not valid JSON for a record")) { try TranscriptCodec.decode(corrupt) }
    }

    @Test func keysAreSortedSoFilesDiffCleanly() {
        let line = TranscriptCodec.encode(.answer(.init(text: "x", seconds: 1)))
        #expect(line == #"{"seconds":1,"text":"x","type":"answer"}"#)
    }

    @Test func aTruncatedLastLineIsReportedNotFatal() throws {
        let text = Self.records.prefix(3).map(TranscriptCodec.encode).joined(separator: "\n") + "\n{\"type\":\"ans"
        let decoded = try TranscriptCodec.decode(text)
        #expect(decoded.records.count == 3)
        #expect(decoded.truncatedLastLine == 4)
    }

    @Test func aCorruptMiddleLineNamesItsLine() {
        let lines = Self.records.map(TranscriptCodec.encode)
        let text = ([lines[0], lines[1], "not json"] + lines[2...]).joined(separator: "\n") + "\n"
        #expect(throws: TranscriptError.corruptLine(line: 3, detail: "not valid JSON for a record")) { try TranscriptCodec.decode(text) }
    }

    @Test func aNewerSchemaIsRefused() {
        let newer = TranscriptRecord.header(.init(schemaVersion: 99, toolVersion: "9", track: .pm, level: .l5, rounds: [], seed: 1, startedAt: "x"))
        #expect(throws: TranscriptError.newerSchema(found: 99, supported: 1)) { try TranscriptCodec.decode(TranscriptCodec.encode(newer) + "\n") }
    }

    @Test func aNewerSchemaWithChangedFieldsIsNamedAsNewerNotCorrupt() {
        let newer = #"{"schemaVersion":2,"track":{"id":"pm"},"type":"header"}"# + "\n" + #"{"kind":"something new","type":"note"}"# + "\n"
        #expect(throws: TranscriptError.newerSchema(found: 2, supported: 1)) { try TranscriptCodec.decode(newer) }
        #expect(throws: TranscriptError.newerSchema(found: 2, supported: 1)) { try TranscriptCodec.decode(newer, lenient: true) }
    }

    @Test func aFileWithoutAHeaderIsRefused() {
        #expect(throws: TranscriptError.missingHeader) { try TranscriptCodec.decode(TranscriptCodec.encode(Self.records[2]) + "\n") }
    }
}

@Suite struct LenientReadingTests {
    @Test func lenientReadingSkipsACorruptLineAndSaysWhich() throws {
        let lines = TranscriptCodecTests.records.map(TranscriptCodec.encode)
        let text = ([lines[0], "{\"type\":\"answer\",\"text\":", lines[1]] + lines[2...]).joined(separator: "\n") + "\n"
        let decoded = try TranscriptCodec.decode(text, lenient: true)
        #expect(decoded.records == TranscriptCodecTests.records)
        #expect(decoded.warnings == [.skippedCorruptLine(line: 2)])
    }
}

/// Which records hold what a person typed: the transcript file flushes those to disk at once.
@Suite struct TypedWordsTests {
    @Test func answersAndAnInterviewersOwnWordsAreTyped() {
        #expect(TranscriptRecord.answer(.init(text: "I rewrote the plan.", seconds: 12)).holdsTypedWords)
        #expect(TranscriptRecord.probe(.init(text: "Why then?", target: .depth, principle: nil, depth: 1, reason: "asked", source: .interviewer)).holdsTypedWords)
        #expect(TranscriptRecord.debrief(.init(round: .barRaiser, vote: .inclined, summary: [], principles: [], questions: [], interviewerVote: .notInclined)).holdsTypedWords)
    }

    @Test func whatTheProgramWritesItselfIsNot() {
        #expect(!TranscriptRecord.question(.init(round: .barRaiser, questionID: "q", principles: [], text: "Tell me.")).holdsTypedWords)
        #expect(!TranscriptRecord.probe(.init(text: "By how much?", target: .metrics, principle: nil, depth: 1, reason: "no number", source: .engine)).holdsTypedWords)
        #expect(!TranscriptRecord.debrief(.init(round: .barRaiser, vote: .inclined, summary: [], principles: [], questions: [])).holdsTypedWords)
        #expect(!TranscriptRecord.end(.init(status: .quit)).holdsTypedWords)
    }
}

/// Lines read on several threads give the records that reading them one by one gives, in the file's
/// order, wherever one line far longer than the rest sits.
@Suite struct ParallelLineReadingTests {
    enum HugeLine: CaseIterable { case first, middle, last }

    /// A header, a thousand short answers (enough for three threads), and one record of about 250 KB.
    static func transcript(hugeLine: HugeLine) -> [TranscriptRecord] {
        let answers = (0..<1000).map { TranscriptRecord.answer(.init(text: "answer \($0)", seconds: Double($0))) }
        let huge: TranscriptRecord = switch hugeLine {
        case .last: .debrief(.init(round: .barRaiser, vote: .inclined, summary: (0..<2500).map { "summary line \($0) of a long debrief" }, principles: [], questions: []))
        default: .answer(.init(text: String(repeating: "a long pasted answer ", count: 12_000), seconds: 1))
        }
        let body = switch hugeLine {
        case .first: [huge] + answers
        case .middle: Array(answers[..<500]) + [huge] + answers[500...]
        case .last: answers + [huge]
        }
        return [TranscriptCodecTests.header] + body
    }

    static func read(_ records: [TranscriptRecord], workers: Int) throws -> DecodedTranscript {
        let text = Array(records.map(TranscriptCodec.encode).joined(separator: "\n").utf8)
        return try text.withUnsafeBufferPointer { bytes in
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { UnsafeBufferPointer(rebasing: $0) }
            var reader = TranscriptLineReader(lenient: false)
            try reader.read(lines: lines, workers: workers)
            return try reader.finish(endsWithNewline: false)
        }
    }

    @Test(arguments: HugeLine.allCases, [1, 2, 3, 8])
    func everyWorkerCountReadsTheSameRecordsInOrder(hugeLine: HugeLine, workers: Int) throws {
        let records = Self.transcript(hugeLine: hugeLine)
        let alone = try Self.read(records, workers: 1)
        let together = try Self.read(records, workers: workers)
        #expect(alone.records == records)
        #expect(together == alone)
    }
}
