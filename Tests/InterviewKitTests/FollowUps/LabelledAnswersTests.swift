import Foundation
import InterviewKit
import Testing
import Yams

/// A hand-labelled set of candidate answers of every quality: the engine's first probe target and
/// rating are compared with what a careful bar raiser would do.
@Suite struct LabelledAnswersTests {
    struct Labelled: Decodable {
        var id: String
        var track: Track
        var round: RoundKind
        var level: Level
        var kind: QuestionKind
        var principles: [Principle]
        var question: String
        var answer: String
        var expectedGap: Gap
        var expectedRating: Rating
    }

    struct File: Decodable { var answers: [Labelled] }

    static func load() throws -> [Labelled] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/labelled-answers.yaml")
        return try YAMLDecoder().decode(File.self, from: String(contentsOf: url, encoding: .utf8)).answers
    }

    /// What the engine says about one labelled answer: its first probe target and its rating.
    static func judge(_ item: Labelled) -> (gap: Gap?, rating: Rating, findings: String) {
        let question = Question(id: item.id, kind: item.kind, text: item.question, principles: item.principles, rounds: [item.round], tracks: [item.track])
        let context = FollowUpContext(question: question, round: item.round, track: item.track, level: item.level, maxDepth: 3)
        var generator = SeededGenerator(seed: 1)
        let judgement = AnswerJudge.judge(ProbeChain(answers: [item.answer]), in: context, using: &generator)
        let findings = judgement.decision.findings.map { "\($0.gap.id) \($0.strength)" }.joined(separator: ", ")
        return (judgement.probe?.target, judgement.rating.rating, findings)
    }

    /// Agreement the engine must keep (it measures 0.87 and 0.83 on the 77 answers).
    static let minimumGapAgreement = 0.80
    static let minimumRatingAgreement = 0.78

    @Test func theEngineAgreesWithTheLabels() throws {
        let items = try Self.load()
        #expect(items.count >= 60)
        var gapHits = 0
        var ratingHits = 0
        var misses: [String] = []
        for item in items {
            let verdict = Self.judge(item)
            if verdict.gap == item.expectedGap { gapHits += 1 } else { misses.append("\(item.id): gap \(verdict.gap?.id ?? "none") (expected \(item.expectedGap.id)) [\(verdict.findings)]") }
            if verdict.rating == item.expectedRating { ratingHits += 1 } else { misses.append("\(item.id): rating \(verdict.rating.rawValue) (expected \(item.expectedRating.rawValue))") }
        }
        let gapAgreement = Double(gapHits) / Double(items.count)
        let ratingAgreement = Double(ratingHits) / Double(items.count)
        print("labelled set: \(items.count) answers, first-probe agreement \(gapHits)/\(items.count) = \(String(format: "%.2f", gapAgreement)), rating agreement \(ratingHits)/\(items.count) = \(String(format: "%.2f", ratingAgreement))")
        if ProcessInfo.processInfo.environment["BARRAISER_SHOW_MISSES"] != nil { misses.forEach { print($0) } }
        #expect(gapAgreement >= Self.minimumGapAgreement)
        #expect(ratingAgreement >= Self.minimumRatingAgreement)
    }
}
