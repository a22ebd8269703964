import Foundation
import InterviewKit
import Testing

/// A probe quotes the words that show its gap, or nothing: every answer we have (the labelled set
/// and every gap's examples) goes through the engine, and each quote must be words of the answer
/// and the evidence its gap's check found.
@Suite struct QuoteEvidenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var question: Question
        var answer: String
        var testDescription: String { name }
    }

    static func cases() throws -> [Case] {
        let labelled = try LabelledAnswersTests.load().map { item in
            Case(name: item.id, question: Question(id: item.id, kind: item.kind, text: item.question, principles: item.principles,
                                                   rounds: [item.round], tracks: [item.track]),
                 answer: item.answer)
        }
        let examples = GapSpec.all.flatMap { spec in
            (spec.examples.open + spec.examples.covered).enumerated().map { index, example in
                Case(name: "\(spec.gap.id) example \(index + 1)", question: Fixtures.story,
                     answer: GapSpecExampleTests.unmark(example).answer)
            }
        }
        return labelled + examples
    }

    /// The quote's own words, without the ellipses that mark a cut and with its apostrophes as typed.
    static func pieces(of quote: String) -> [String] {
        quote.replacingOccurrences(of: "’", with: "'").components(separatedBy: "…")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func everyQuoteIsTheEvidenceOfItsGap() throws {
        var quoted = 0
        for item in try Self.cases() {
            let round = item.question.rounds.first ?? .barRaiser
            let context = FollowUpContext(question: item.question, round: round, track: item.question.tracks.first ?? .pm, level: .l5, maxDepth: 3)
            var generator = SeededGenerator(seed: 7)
            let judgement = AnswerJudge.judge(ProbeChain(answers: [item.answer]), in: context, using: &generator)
            guard let probe = judgement.probe, let quote = probe.quote else { continue }
            quoted += 1
            let answer = AnswerAnalyzer.normalize(item.answer).replacingOccurrences(of: "’", with: "'")
            for piece in Self.pieces(of: quote) {
                #expect(answer.contains(piece), "\(item.name): '\(piece)' is not words of the answer")
            }
            #expect(probe.text.contains(quote), "\(item.name): the probe does not show its quote")
            let finding = probe.target == .depth
                ? GapSpec.depth.finding(in: judgement.story, context: context.gapContext)
                : judgement.decision.findings.first { $0.gap == probe.target }
            let evidence = try #require(finding?.evidence.first, "\(item.name): \(probe.target.id) quoted with no evidence behind it")
            let source = evidence.text.replacingOccurrences(of: "’", with: "'")
            for piece in Self.pieces(of: quote) {
                #expect(source.contains(piece), "\(item.name): the quote is not the evidence \(probe.target.id) found ('\(evidence.text)')")
            }
        }
        print("quote evidence: \(quoted) of \(try Self.cases().count) first probes quote the answer")
        #expect(quoted >= 40, "most probes point at the candidate's words")
    }
}
