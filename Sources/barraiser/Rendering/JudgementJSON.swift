import Foundation
import InterviewKit

/// The JSON a judgement prints as, shared by `probe --json` and `stories check --json` so both
/// keep one contract.
enum JudgementJSON {
    /// `probe`, `gaps`, `signals`, `form`, `findings`, `rating`, `score`, `points`, `evidence`, `principles`
    /// (those of the question) and `issue`. Absent values are null, as the contract asks.
    static func object(_ judgement: Judgement, context: FollowUpContext) -> [String: Any] {
        let decision = judgement.decision
        let rating = judgement.rating
        let probe: Any = decision.probe.map { probe -> [String: Any] in
            ["text": probe.text, "target": probe.target.id, "principle": probe.principle?.id ?? NSNull(),
             "reason": probe.reason, "quote": probe.quote ?? NSNull()]
        } ?? NSNull()
        let signals = Dictionary(uniqueKeysWithValues: decision.story.signals.map { kind, evidence in
            (kind.rawValue, evidence.map { ["offset": $0.offset, "text": $0.text] as [String: Any] })
        })
        return [
            "probe": probe, "gaps": decision.openGaps.map(\.id), "signals": signals,
            "form": ["sentences": decision.story.sentenceCount, "narrated": decision.story.narratedSentences,
                     "sections": decision.story.sections.map(\.rawValue).sorted(), "framing": context.framing.rawValue] as [String: Any],
            "findings": decision.findings.map { finding -> [String: Any] in
                ["gap": finding.gap.id, "strength": finding.strength, "evidence": finding.evidence.first?.text ?? NSNull()]
            },
            "rating": rating.rating.rawValue, "score": rating.rating.score ?? NSNull(), "evidence": rating.evidence,
            "points": rating.points ?? NSNull(), "principles": context.question.principles.map(\.id), "issue": decision.story.issue?.rawValue ?? NSNull(),
        ]
    }

    /// One line of JSON with sorted keys, so output diffs cleanly.
    static func line(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
