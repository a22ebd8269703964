import InterviewKit

/// Candidate-style answers of an exact length, composed deterministically from a pool of varied
/// sentences so that a long paste reads like a long story rather than one line pasted many times.
public enum AnswerCorpus {
    /// Sentences grouped by the part of a story they tell; `{n}`-style slots get a fresh number each use.
    static let pool: [(kind: String, sentences: [String])] = [
        ("situation", [
            "Last year I was the PM for the checkout team at a mid-sized retailer, and conversion had been flat for {q} quarters.",
            "At the time our team was {small} engineers, one designer and me, and we owned the seller onboarding flow.",
            "The situation was that a large enterprise customer threatened to churn unless we fixed the reporting delays by the end of Q{q}.",
            "When I joined, the roadmap had {n} items on it and nobody could tell me which ones mattered.",
        ]),
        ("action by me", [
            "I pulled {small} weeks of support tickets, tagged them by root cause, and found that {p} percent came from the same address form.",
            "I wrote a two-page doc that laid out three options and the cost of each, and I walked the director through it on a Friday.",
            "I set up a daily fifteen-minute check-in with engineering so that blockers surfaced within hours instead of days.",
            "I personally called {n} of the customers who had complained, because I wanted to hear the problem in their words.",
            "I cut the scope to the two screens that drove most of the drop-off and moved everything else to a second phase.",
        ]),
        ("action by us", [
            "We ran an A/B test on {n} thousand sessions with a holdout group, and we kept it running for two full weeks to cover the payday cycle.",
            "We agreed with legal on a lighter consent screen, which took three meetings and one escalation to the VP.",
            "We shipped the first version behind a feature flag to {p} percent of traffic and watched the error rate every morning.",
        ]),
        ("numbers", [
            "Median page load went from {a}.{small} seconds to 1.{q} seconds on mobile, which mattered because most of our buyers were on phones.",
            "The backlog of open tickets dropped from {n}0 to under {n} in six weeks.",
            "We had a budget of ${n}k and a hard deadline of {small} weeks, so every extra week had a real cost.",
        ]),
        ("customer", [
            "Customers told us the old flow felt like filling in a tax return, and one of them sent a screenshot with every field circled.",
            "For the small business sellers this meant they could list a product in ten minutes instead of an hour.",
            "Our biggest client, a chain of {n} clinics, had been escalating through their account manager every week.",
        ]),
        ("hedge", [
            "I think the numbers were roughly in that range, but honestly I'd have to double-check the exact figure.",
            "It was sort of a team effort, and I guess I mostly helped keep things moving.",
            "Maybe we could have moved faster, I'm not totally sure, it's hard to say looking back.",
        ]),
        ("trade-off", [
            "The trade-off was clear: we gave up the redesign of the cart page to hit the date, and I told the stakeholders why in writing.",
            "I chose speed over polish here, knowing we would have to pay down some technical debt in the next sprint.",
            "Rather than building our own fraud model, we bought one, which cost more per transaction but saved us {small} months.",
            "My manager pushed back on the plan at first, and I disagreed openly but committed once we had agreed on the metric.",
        ]),
        ("result", [
            "As a result, conversion increased by {p} percent and the change paid for itself in about a month.",
            "In the end we delivered {small} days early, and revenue from the new flow grew by ${n}k in the first quarter.",
            "The launch went really well and the team was very happy with the outcome.",
        ]),
        ("reflection", [
            "Looking back, I learned that I should bring data to the first meeting rather than the third.",
            "If I did it again I would involve support earlier, because they knew about the problem months before we did.",
            "What I took from it is that a clear written trade-off ends arguments faster than another meeting.",
            "The hardest part was telling the sales team that their feature would slip, and I did it in person rather than by email.",
        ]),
    ]

    public static var sentenceCount: Int { pool.reduce(0) { $0 + $1.sentences.count } }

    /// An answer of exactly `words` words (split on spaces), in paragraphs that each tell a story in order.
    public static func answer(words target: Int, seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        var words: [Substring] = []
        words.reserveCapacity(target + 40)
        var lastPick: [Int: Int] = [:]
        var paragraphBreaks: Set<Int> = []
        while words.count < target {
            for (partIndex, part) in pool.enumerated() {
                // Not every story has every part, and some parts come twice.
                let times = part.kind == "hedge" ? Int(generator.next(upperBound: UInt64(2)))
                    : part.kind.hasPrefix("action") ? 1 + Int(generator.next(upperBound: UInt64(2))) : 1
                for _ in 0..<times {
                    var pick = Int(generator.next(upperBound: UInt64(part.sentences.count)))
                    if pick == lastPick[partIndex] { pick = (pick + 1) % part.sentences.count }
                    lastPick[partIndex] = pick
                    words += filled(part.sentences[pick], using: &generator).split(separator: " ")
                }
            }
            paragraphBreaks.insert(words.count)
        }
        words.removeLast(words.count - target)
        var text = ""
        text.reserveCapacity(target * 7)
        for (index, word) in words.enumerated() {
            if index > 0 { text += paragraphBreaks.contains(index) ? "\n" : " " }
            text += word
        }
        if let last = text.last, !".!?".contains(last) { text += "." }
        return text
    }

    /// What each chain question's replies end on, so replies to the same kind of probe differ
    /// from one question to the next as a real candidate's would (and are not taken for a paste).
    static let replyEndings = [
        "That mattered because the holiday peak was only nine weeks away.",
        "The clinic chain renewed its contract afterwards, which is what I cared about.",
        "My manager later said the written options let him change course without losing face.",
        "The query behind it still feeds the dashboard finance reviews every Monday.",
    ]

    /// A reply of about forty words that answers `probe`, for the chain's question `number`.
    public static func reply(to probe: Probe, question number: Int, seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let template: String
        switch probe.issue == .tooLong ? nil : probe.target {
        case nil:
            template = "In short: the one decision was to cut the release to the two screens that lost the most buyers. It meant we hit the date, and conversion rose by {p} percent within a month."
        case .metrics, .result:
            template = "The number I tracked was checkout conversion: it went from {small} percent to {p} percent over six weeks, measured on all shoppers after the holdout ended."
        case .tradeoff:
            template = "The main trade-off was scope against the date. I chose to drop the saved-cart feature, told the sales lead directly, and we shipped it a month later."
        case .customer:
            template = "For customers it meant fewer abandoned orders: support tickets about the address form fell by about {p} percent, and two sellers wrote back to thank us."
        case .learning:
            template = "I learned to write the decision down before the meeting. Now I send a one-page pre-read with the options and costs, and meetings end with a decision."
        case .depth:
            template = "To go one level deeper: the gain came almost entirely from mobile, where the form had {small} fields fewer. Desktop barely moved, which told us where the next quarter's work should go."
        case .ownership, .action:
            template = "I wrote the spec, ran the test and made the call to ship. The engineers built it and the designer owned the screens, but the decision was mine."
        default:
            template = "Specifically, I was the PM on that team for {q} quarters, and I personally led the work: I found the cause, proposed the fix and shipped it in {small} weeks."
        }
        return filled(template, using: &generator) + " " + replyEndings[number % replyEndings.count]
    }

    /// Distinct words over all words, roughly as the analyser splits them: the measure its gibberish
    /// check uses.
    public static func distinctShare(_ text: String) -> Double {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber || "'%$&/-".contains($0)) }
        return Double(Set(words).count) / Double(max(words.count, 1))
    }

    private static func filled(_ template: String, using generator: inout SeededGenerator) -> String {
        guard template.contains("{") else { return template }
        var text = template
        for (slot, range) in [("{q}", 2...4), ("{small}", 2...9), ("{p}", 3...38), ("{a}", 3...9), ("{n}", 12...480)] {
            while let found = text.firstRange(of: slot) {
                text.replaceSubrange(found, with: String(Int.random(in: range, using: &generator)))
            }
        }
        return text
    }
}
