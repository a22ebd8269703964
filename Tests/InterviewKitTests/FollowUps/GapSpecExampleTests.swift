import InterviewKit
import Testing

/// Every gap's own examples: open answers leave its gap open (and the probe on it quotes
/// the marked words), covered answers close it.
@Suite struct GapSpecExampleTests {
    static let specs = GapSpec.all.filter { !$0.examples.open.isEmpty }

    /// Splits `[[…]]` out of an example: the plain answer and the marked quote.
    static func unmark(_ example: String) -> (answer: String, quote: String?) {
        guard let open = example.range(of: "[["), let close = example.range(of: "]]") else { return (example, nil) }
        let quote = String(example[open.upperBound..<close.lowerBound])
        return (example.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: ""), quote)
    }

    @Test(arguments: specs.map(\.gap))
    func openExamplesLeaveTheGapOpen(_ gap: Gap) {
        let spec = GapSpec.of(gap)
        for example in spec.examples.open {
            let (answer, quote) = Self.unmark(example)
            let finding = spec.finding(in: AnswerAnalyzer.analyze(answer))
            #expect(finding.isOpen, "\(gap.id) should be open on: \(answer)")
            if let quote {
                #expect(finding.evidence.first?.text == quote, "\(gap.id) evidence for: \(answer)")
            }
        }
    }

    @Test(arguments: specs.map(\.gap))
    func coveredExamplesCloseIt(_ gap: Gap) {
        let spec = GapSpec.of(gap)
        #expect(!spec.examples.covered.isEmpty)
        for answer in spec.examples.covered {
            #expect(!spec.finding(in: AnswerAnalyzer.analyze(answer)).isOpen, "\(gap.id) should be covered by: \(answer)")
        }
    }

    @Test func everyGapHasOneSpecWithItsOwnWords() {
        for gap in Gap.allCases {
            let spec = GapSpec.of(gap)
            #expect(spec.gap == gap)
            #expect(!spec.reason.isEmpty && !spec.advice.isEmpty && !spec.firm.isEmpty, "\(gap.id)")
        }
    }
}
