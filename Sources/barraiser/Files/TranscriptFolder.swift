import Foundation
import InterviewKit

/// A summary of one transcript file, for `barraiser transcripts`.
struct TranscriptSummary {
    var path: String
    var startedAt: String
    var track: Track
    var level: Level
    var rounds: [RoundKind]
    /// `practice`, or `interviewer` for a mock run by a friend.
    var mode: InterviewMode
    var answered: Int
    /// The loop's decision, else the last round's vote; nil before any debrief.
    var rating: Rating?
    var status: String
}

/// Reads the transcripts folder.
enum TranscriptFolder {
    /// Every transcript in `folder`, newest first. Files that cannot be read are reported in `problems`.
    static func list(_ folder: String) -> (summaries: [TranscriptSummary], problems: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ([], []) }
        var summaries: [TranscriptSummary] = []
        var problems: [String] = []
        for name in names where name.hasSuffix(".jsonl") {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                summaries.append(try summary(of: path))
            } catch {
                problems.append("\(path): \(error)")
            }
        }
        summaries.sort { ($0.startedAt, $0.path) > ($1.startedAt, $1.path) }
        return (summaries, problems)
    }

    static func summary(of path: String) throws -> TranscriptSummary {
        guard let data = FileManager.default.contents(atPath: path) else { throw FileError.cannotRead("cannot read the file") }
        // Keys are sorted, so a record's type ends its line: answers and probes, most of a file, are
        // told by that ending and never decoded. Only the few records the summary reads are.
        let answerEnding = Array(#""type":"answer"}"#.utf8)
        let probeEnding = Array(#""type":"probe"}"#.utf8)
        var header: TranscriptRecord.Header?
        var answered = Set<String>()
        var currentQuestion = ""
        var status = "unfinished"
        var rating: Rating?
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if line.suffix(answerEnding.count).elementsEqual(answerEnding) {
                answered.insert(currentQuestion)
                continue
            }
            if line.suffix(probeEnding.count).elementsEqual(probeEnding) { continue }
            guard let record = TranscriptCodec.record(fromLine: Data(line)) else {
                if header == nil, let version = TranscriptCodec.newerSchemaVersion(inHeaderLine: Data(line)) {
                    throw TranscriptError.newerSchema(found: version, supported: TranscriptRecord.schemaVersion)
                }
                if header == nil { throw TranscriptError.missingHeader }
                continue
            }
            switch record {
            case .header(let value):
                if value.schemaVersion > TranscriptRecord.schemaVersion {
                    throw TranscriptError.newerSchema(found: value.schemaVersion, supported: TranscriptRecord.schemaVersion)
                }
                header = value
            case .question(let question): currentQuestion = question.round.rawValue + "/" + question.questionID
            case .debrief(let debrief): rating = debrief.vote
            case .loopDebrief(let loop): rating = loop.decision
            case .end(let end): status = end.status.rawValue
            case .answer: answered.insert(currentQuestion)
            default: break
            }
        }
        guard let header else { throw TranscriptError.missingHeader }
        return TranscriptSummary(path: path, startedAt: header.startedAt, track: header.track, level: header.level,
                                 rounds: header.rounds, mode: header.resolvedMode, answered: answered.count, rating: rating, status: status)
    }
}
