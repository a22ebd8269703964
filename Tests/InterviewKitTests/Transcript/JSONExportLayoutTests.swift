import Foundation
@testable import InterviewKit
import Testing

/// The JSON export writes questions, answers and probes itself: exactly as `JSONEncoder` pretty-prints the document.
@Suite struct JSONExportLayoutTests {
    static func reference(_ records: [TranscriptRecord]) throws -> String {
        struct Document: Encodable {
            var schemaVersion: Int
            var records: [TranscriptRecord]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(schemaVersion: TranscriptRecord.schemaVersion, records: records)), as: UTF8.self) + "\n"
    }

    static let awkward: [TranscriptRecord] = [
        .answer(.init(text: "She said \"no\", then {a: [1, 2]} and a path C:\\temp\\x/y, a tab\tand é, 漢字, 🙂, \u{1}, \u{1F}, \u{7F}, \u{2028} and\r\n\u{8}\u{C}.", seconds: 12.3)),
        .answer(.init(text: "", seconds: 0)),
        .answer(.init(text: "long", seconds: 1e19)),
        .answer(.init(text: "tiny", seconds: -2.5e-7)),
        .question(.init(round: .barRaiser, questionID: "q-empty", principles: [], text: "[]{},:\"")),
        .question(.init(round: .functional, questionID: "case-1", principles: [.customerObsession, .thinkBig], text: "Launch it.", part: "segment")),
        .probe(.init(text: "What did you give up?", target: .tradeoff, principle: nil, depth: 2, reason: "r \"q\"")),
        .probe(.init(text: "Say more.", target: .metrics, principle: .diveDeep, depth: 1, reason: "r", firm: true, quote: "it 'improved'",
                     issue: .repeated, source: .interviewer)),
        .debrief(.init(round: .barRaiser, vote: .inclined, summary: [], principles: [], questions: [])),
    ]

    @Test func everyRecordKindAndAwkwardTextLayOutAsTheEncoderWould() throws {
        // Every record the program writes (the samples hold every kind), then awkward ones.
        let written = JSONLineTests.writtenLines.compactMap { try? JSONDecoder().decode(TranscriptRecord.self, from: Data($0.utf8)) }
        #expect(Set(written.map { String(describing: $0).prefix(while: { $0 != "(" }) }).count == 8)
        let records = written + Self.awkward
        #expect(try JSONExport.written(records) == (try Self.reference(records)))
        #expect(JSONExport.render(records: []) == (try Self.reference([])))
    }

    @Test func aNumberJSONCannotHoldIsLeftToTheEncoder() {
        #expect(throws: JSONExport.Declined.self) { try JSONExport.written([.answer(.init(text: "x", seconds: .infinity))]) }
    }
}
