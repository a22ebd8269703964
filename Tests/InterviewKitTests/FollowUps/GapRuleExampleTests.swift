import InterviewKit
import Testing

/// Every rule's own examples: triggering answers open its gap (and the probe quotes the marked
/// words), non-triggering answers leave it closed.
@Suite struct GapRuleExampleTests {
    static let rules: [(gap: Gap, rule: any GapRule)] = GapRules.all.map { ($0.gap, $0) }

    /// Splits `[[…]]` out of an example: the plain answer and the marked quote.
    static func unmark(_ example: String) -> (answer: String, quote: String?) {
        guard let open = example.range(of: "[["), let close = example.range(of: "]]") else { return (example, nil) }
        let quote = String(example[open.upperBound..<close.lowerBound])
        return (example.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: ""), quote)
    }

    @Test(arguments: rules.map(\.gap))
    func triggeringExamplesOpenTheGap(_ gap: Gap) throws {
        let rule = try #require(GapRules.all.first { $0.gap == gap })
        #expect(!rule.examples.triggering.isEmpty)
        for example in rule.examples.triggering {
            let (answer, quote) = Self.unmark(example)
            let story = AnswerAnalyzer.analyze(answer)
            #expect(rule.isOpen(in: story), "\(gap.id) should trigger on: \(answer)")
            if let quote {
                #expect(FollowUpGenerator.quote(for: gap, in: story) == quote, "\(gap.id) quote for: \(answer)")
            }
        }
    }

    @Test(arguments: rules.map(\.gap))
    func nonTriggeringExamplesLeaveItClosed(_ gap: Gap) throws {
        let rule = try #require(GapRules.all.first { $0.gap == gap })
        #expect(!rule.examples.nonTriggering.isEmpty)
        for answer in rule.examples.nonTriggering {
            #expect(!rule.isOpen(in: AnswerAnalyzer.analyze(answer)), "\(gap.id) should not trigger on: \(answer)")
        }
    }
}

import Foundation
