import Foundation
import InterviewKit

/// The transcripts the review and progress benchmarks read, made by code at every run so that no
/// large file is committed: one very long interview, and a history of many full interviews.
public enum TranscriptMaker {
    /// Bar-raiser questions in the built-in bank's words; each is asked many times under a numbered id.
    static let questions: [(id: String, principles: [Principle], text: String)] = [
        ("dd-caught-in-details", [.diveDeep], "Tell me about a time you traced a product problem to its root cause in the data, logs or system design instead of accepting the first explanation."),
        ("cust-obs-unhappy-customer", [.customerObsession], "Tell me about a time you went out of your way to win back a customer who was unhappy with your product."),
        ("own-beyond-role", [.ownership], "Tell me about a time you took on something well outside your role because it needed doing."),
        ("dr-missed-deadline", [.deliverResults], "Tell me about a time you were about to miss a commitment. What did you do?"),
    ]

    /// Follow-ups as the engine words them, one per gap a bar raiser presses most.
    static let probes: [(target: Gap, text: String)] = [
        (.metrics, "You said 'conversion went up'. By how much, and against what baseline?"),
        (.tradeoff, "What did you give up to get there, and who disagreed with that choice?"),
        (.learning, "Looking back, what would you do differently the next time?"),
    ]

    /// One interview of `turns` steps: questions of four answers each (the story, then three
    /// follow-ups answered in about forty words), and a debrief rating every question, as the
    /// program writes them. About 4 MB for 10,000 turns.
    public static func longInterview(turns: Int) -> String {
        var lines: [String] = []
        lines.reserveCapacity(turns * 2 + 3)
        let config = InterviewConfig(track: .pm, level: .l5, rounds: [.barRaiser], seed: 7, questionsPerRound: turns / 4)
        lines.append(TranscriptCodec.encode(.header(.init(toolVersion: "bench", track: .pm, level: .l5, rounds: [.barRaiser], seed: 7,
                                                          startedAt: "2026-11-27T09:00:00Z", config: config))))
        var verdicts: [TranscriptRecord.QuestionVerdict] = []
        var step = 0
        var number = 0
        while step < turns {
            let question = questions[number % questions.count]
            let id = "\(question.id)-\(number)"
            lines.append(TranscriptCodec.encode(.question(.init(round: .barRaiser, questionID: id, principles: question.principles, text: question.text))))
            lines.append(TranscriptCodec.encode(.answer(.init(text: AnswerCorpus.answer(words: 120, seed: UInt64(number)), seconds: 95 + Double(number % 90)))))
            step += 1
            for (depth, probe) in probes.enumerated() where step < turns {
                let asked = Probe(text: probe.text, target: probe.target, principle: question.principles.first,
                                  reason: "the result had no number and no baseline", quote: "conversion went up")
                lines.append(TranscriptCodec.encode(.probe(.init(asked, depth: depth + 1))))
                lines.append(TranscriptCodec.encode(.answer(.init(text: AnswerCorpus.reply(to: asked, question: number, seed: UInt64(number * 4 + depth)),
                                                                  seconds: 30 + Double(number % 40)))))
                step += 1
            }
            verdicts.append(.init(questionID: id, rating: number % 3 == 0 ? .inclined : .notInclined, openGaps: [.metrics, .tradeoff]))
            number += 1
        }
        let principles = questions.map { PrincipleAssessment(principle: $0.principles[0], rating: .inclined, evidence: ["I read two hundred support tickets myself"], missing: [.metrics]) }
        lines.append(TranscriptCodec.encode(.debrief(.init(round: .barRaiser, vote: .inclined, summary: ["Give the baseline with every number."],
                                                           principles: principles, questions: verdicts))))
        lines.append(TranscriptCodec.encode(.end(.init(status: .completed))))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `count` transcripts of whole interviews, one a day, cycling through `samples` (transcripts the
    /// program wrote: `transcripts/samples/`), each with its own start time and file name.
    public static func history(count: Int, samples: [String]) -> [(name: String, text: String)] {
        let decoded = samples.compactMap { try? TranscriptCodec.decode($0).records }
        guard !decoded.isEmpty else { return [] }
        var files: [(name: String, text: String)] = []
        files.reserveCapacity(count)
        for index in 0..<count {
            var records = decoded[index % decoded.count]
            guard case .header(var header) = records[0] else { continue }
            let day = Date(timeIntervalSince1970: 1_767_225_600 + Double(index) * 86_400)
            header.startedAt = UTCTimestamp(day).iso8601
            records[0] = .header(header)
            let round = header.rounds.count > 1 ? "loop" : header.rounds.first?.rawValue ?? "round"
            files.append(("\(UTCTimestamp(day).compact)-\(header.track.rawValue)-\(round).jsonl",
                          records.map(TranscriptCodec.encode).joined(separator: "\n") + "\n"))
        }
        return files
    }

    /// The sample transcripts of the checkout this package sits in.
    public static func checkoutSamples(file: String = #filePath) -> [String] {
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("transcripts/samples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }
}
