/// The follow-ups offered to the interviewer after a note, most important first.
enum FollowUpSuggestions {
    /// At most this many are offered.
    static let limit = 3

    /// The engine's own probe first, then probes on the next open gaps that deserve one and have not
    /// been asked or dodged on this question, each quoting the words its gap's check found. Nothing
    /// when the engine would move on.
    static func list(after decision: FollowUpDecision, chain: ProbeChain, context: FollowUpContext) -> [Probe] {
        guard let engine = decision.probe else { return [] }
        // Notes are short by nature (the interviewer heard more than they typed): asking for a
        // longer answer would not help, so short notes are probed on their gaps like any other.
        let first = engine.issue == .tooShort ? nil : engine
        var probes = first.map { [$0] } ?? []
        // A firm re-ask or a reply to an awkward answer is the one thing to ask.
        if let first, first.isFirm || first.issue != nil { return probes }
        let asked = Set(chain.probes.map(\.target))
        for finding in decision.findings where probes.count < limit {
            guard finding.gap != .depth, !probes.contains(where: { $0.target == finding.gap }), !asked.contains(finding.gap),
                  !chain.dodged.contains(finding.gap), GapRanking.deservesProbe(finding, context: context) else { continue }
            probes.append(probe(for: finding, context: context))
        }
        return probes.isEmpty ? [engine] : probes
    }

    /// A probe on one gap in its spec's first fitting phrasing: one that quotes the notes when its
    /// check found words there, else one that needs no quote.
    static func probe(for finding: GapFinding, context: FollowUpContext) -> Probe {
        let spec = GapSpec.of(finding.gap)
        let principle = FollowUpGenerator.principle(for: finding.gap, in: context.question)
        let quote = FollowUpGenerator.quote(showing: finding.evidence.first)
        let phrasings = spec.phrasings(for: principle) + spec.phrasings
        let quoting = quote == nil ? nil : phrasings.first { $0.contains("{q}") }
        let text = quoting.map { $0.replacingOccurrences(of: "{q}", with: quote ?? "") }
            ?? phrasings.first { !$0.contains("{q}") } ?? spec.firm
        let quoted = quoting == nil ? nil : quote
        return Probe(text: text, target: finding.gap, principle: principle,
                     reason: FollowUpGenerator.reason(for: finding.gap, principle: principle, quote: quoted), quote: quoted)
    }

    /// The probe the interviewer wrote: it targets no gap of the engine's, so it is read as going deeper.
    static func own(_ text: String, in question: Question?) -> Probe {
        Probe(text: text, target: .depth, principle: question?.principles.first, reason: "The interviewer's own follow-up.")
    }
}
