import Foundation
@testable import InterviewKit
import Testing

/// The fast line reader must read every record exactly as JSONDecoder does, and leave to
/// JSONDecoder every line it is not sure of.
@Suite struct JSONLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every line of the sample transcripts and of the golden fixture: the records the program writes.
    static var writtenLines: [String] {
        let samples = root.appendingPathComponent("transcripts/samples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []).filter { $0.hasSuffix(".jsonl") }
        let files = names.map { samples.appendingPathComponent($0) }
            + [root.appendingPathComponent("Tests/InterviewKitTests/Fixtures/golden/interview.jsonl")]
        return files.flatMap { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    func fast(_ line: String) -> TranscriptRecord? {
        var line = line
        return line.withUTF8 { bytes in
            guard let value = try? JSONLine.parse(bytes) else { return nil }
            return try? TranscriptRecord(from: JSONValueDecoder(value))
        }
    }

    /// The hand reader of questions, answers and probes; nil for the other records.
    func common(_ line: String) -> TranscriptRecord? {
        var line = line
        return line.withUTF8 { bytes in (try? JSONLine.parse(bytes)).flatMap { TranscriptRecord(commonRecord: $0) } }
    }

    func foundation(_ line: String) -> TranscriptRecord? { try? JSONDecoder().decode(TranscriptRecord.self, from: Data(line.utf8)) }

    @Test func everyRecordTheProgramWritesIsReadByTheFastReaderAsJSONDecoderReadsIt() throws {
        let lines = Self.writtenLines
        #expect(lines.count > 100)
        for line in lines {
            let expected = try #require(foundation(line), "\(line.prefix(80))")
            #expect(fast(line) == expected, "\(line.prefix(80))")
            switch expected {
            case .question, .answer, .probe: #expect(common(line) == expected, "\(line.prefix(80))")
            default: #expect(common(line) == nil)
            }
        }
    }

    static let awkwardLines = [
        #"{"seconds":12.5,"text":"caf\u00e9 \ud83d\ude00 \"quoted\" back\\slash\/ tab\t new\nline \u001b[31m","type":"answer"}"#,
        #"{"seconds":1e19,"text":"a huge time","type":"answer"}"#,
        #"{"seconds":-0.0,"text":"","type":"answer"}"#,
        #"{"seconds":0,"text":"é 中文 😀 written raw","type":"answer"}"#,
        #" { "type" : "answer" , "text" : "spaced" , "seconds" : 3 } "#,
        #"{"level":"L5","rounds":["bar-raiser"],"schemaVersion":1,"seed":18446744073709551615,"startedAt":"2026-11-27T07:00:00Z","toolVersion":"1","track":"pm","type":"header"}"#,
        #"{"depth":1,"firm":null,"principle":null,"reason":"r","target":"metrics","text":"t","type":"probe","unknown":{"nested":[1,2,{"a":null}]}}"#,
        #"{"questionID":"q","type":"skip"}"#,
    ]

    @Test(arguments: awkwardLines)
    func awkwardButValidLinesReadAsJSONDecoderReadsThem(_ line: String) throws {
        let expected = try #require(foundation(line))
        #expect(fast(line) == expected)
        #expect(common(line) == nil || common(line) == expected)
        #expect(TranscriptCodec.record(fromLine: Data(line.utf8)) == expected)
    }

    static let declinedLines = [
        #"{"seconds":3,"text":"one","text":"two","type":"answer"}"#,   // a duplicate key
        #"{"seconds":1e999,"text":"x","type":"answer"}"#,              // a number out of range
        #"{"seconds":3,"text":"\ud800 alone","type":"answer"}"#,       // a lone surrogate
        #"{"depth":1.0,"reason":"r","target":"metrics","text":"t","type":"probe"}"#, // 1.0 for an Int
        #"{"seconds":03,"text":"x","type":"answer"}"#,                 // a leading zero
        #"{"seconds":3,"text":"x","type":"answer",}"#,                 // a trailing comma
        "{\"seconds\":3,\"text\":\"raw\ttab\",\"type\":\"answer\"}",     // a control character in a string
        #"{"seconds":"3","text":"x","type":"answer"}"#,                // a string for a number
        #"{"type":"answer"}"#,                                         // missing fields
        #"[1, 2]"#,
        "",
    ]

    @Test(arguments: declinedLines)
    func whatTheFastReaderDeclinesIsDecidedByJSONDecoder(_ line: String) throws {
        #expect(TranscriptCodec.record(fromLine: Data(line.utf8)) == foundation(line))
    }

    @Test func invalidUTF8IsDecidedByJSONDecoder() {
        let bytes = Array(#"{"seconds":3,"text":"bad "#.utf8) + [0xFF, 0xFE] + Array(#"","type":"answer"}"#.utf8)
        let decoded = bytes.withUnsafeBufferPointer { TranscriptCodec.record(from: $0) }
        #expect(decoded == (try? JSONDecoder().decode(TranscriptRecord.self, from: Data(bytes))))
    }

    @Test(arguments: [[0x61], [0xC3, 0xA9], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                      [0xF0, 0x9F, 0x98, 0x80], [0xE2, 0x80], [0x80], [0xFF], [0xEF, 0xBB, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF]] as [[UInt8]])
    func utf8IsCheckedAsSwiftChecksIt(_ bytes: [UInt8]) {
        let line = Array("ok ".utf8) + bytes + Array(" ok".utf8)
        #expect(line.withUnsafeBufferPointer(JSONLine.isValidUTF8) == (String(validating: line, as: UTF8.self) != nil))
    }

    @Test func aLineLongerThanTheLimitIsRefusedWithItsNumber() throws {
        let header = TranscriptCodec.encode(.header(.init(toolVersion: "1", track: .pm, level: .l5, rounds: [.barRaiser], seed: 1, startedAt: "2026-11-27T07:00:00Z")))
        let long = #"{"seconds":3,"text":""# + String(repeating: "a", count: TranscriptCodec.maximumLineBytes) + #"","type":"answer"}"#
        #expect(throws: TranscriptError.lineTooLong(line: 2, limit: TranscriptCodec.maximumLineBytes)) {
            try TranscriptCodec.decode(header + "\n" + long + "\n" + #"{"status":"completed","type":"end"}"# + "\n")
        }
        let lenient = try TranscriptCodec.decode(header + "\n" + long + "\n", lenient: true)
        #expect(lenient.records.count == 1 && lenient.warnings == [.skippedCorruptLine(line: 2)])
    }
}
