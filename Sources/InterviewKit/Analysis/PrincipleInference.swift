/// Guesses which Leadership Principles a question tests from its wording, for questions that are
/// not in a bank (the candidate's own, or one heard in a real interview).
public enum PrincipleInference {
    /// The principles the wording points at, strongest first; empty when nothing fits.
    public static func principles(for questionText: String) -> [Principle] {
        let text = Array((" " + questionText.lowercased() + " ").utf8)
        var scores: [(Principle, Int)] = []
        for (principle, cues) in Self.cues {
            let hits = cues.filter { mentions(Array($0.utf8), in: text) }.count
            if hits > 0 { scores.append((principle, hits)) }
        }
        return scores.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(2).map(\.0)
    }

    /// Whether the question holds a cue at the start of a word ("trust" is not in "frustrated"); a
    /// short cue of one word must be the whole word ("own" is not in "down", "dig" not in "digital"),
    /// a longer one may be a stem ("investigat", "simplif").
    static func mentions(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let whole = needle.count <= 4 && !needle.contains(0x20)
        // Lower-case letters, digits and any byte of a letter beyond ASCII.
        func isWordByte(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard start == 0 || !isWordByte(haystack[start - 1]) else { continue }
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            let end = start + needle.count
            if whole && end < haystack.count && isWordByte(haystack[end]) { continue }
            return true
        }
        return false
    }

    private static let cues: [(Principle, [String])] = [
        (.haveBackbone, ["disagree", "push back", "pushed back", "conflict", "challenged", "went against", "commit to a decision", "your manager was wrong", "unpopular"]),
        (.customerObsession, ["customer", "user need", "client", "on behalf of the", "feedback from", "end user"]),
        (.diveDeep, ["data", "metric", "dig", "dug", "root cause", "detail", "numbers", "analy", "investigat"]),
        (.deliverResults, ["deadline", "deliver", "goal", "goals", "target", "despite", "setback", "result", "on time", "obstacle", "pressure", "proud"]),
        (.inventAndSimplify, ["simplif", "invent", "new way", "innovat", "creative", "novel", "complex"]),
        (.areRightALot, ["judgment", "judgement", "wrong", "decision with", "perspectives", "diverse", "instinct", "were right"]),
        (.learnAndBeCurious, ["learn", "curious", "new skill", "outside your", "taught yourself", "unfamiliar", "weakness", "weaknesses"]),
        (.hireAndDevelopTheBest, ["hire", "hired", "hiring", "mentor", "coach", "develop someone", "grow someone", "underperform", "feedback to a", "teammates succeed", "led a team"]),
        (.insistOnTheHighestStandards, ["standard", "quality", "bar ", "not good enough", "raised the", "rework"]),
        (.thinkBig, ["vision", "bold", "big bet", "long-term", "long term", "ambitious", "transform", "think big"]),
        (.biasForAction, ["quick", "quickly", "speed", "without all the", "incomplete information", "calculated risk", "urgent", "fast", "faster"]),
        (.frugality, ["budget", "limited resources", "resources", "limited time", "constraint", "less money", "cost", "costs", "frugal", "with less", "resourceful"]),
        (.earnTrust, ["trust", "relationship", "difficult conversation", "stakeholder", "credibility", "honest", "admitted", "mistake", "negative feedback", "tough feedback", "critical feedback", "cooperation", "influence"]),
        (.ownership, ["ownership", "nobody asked", "outside your", "beyond your", "took charge", "long-term over", "not your job", "own", "owned", "owner", "blame", "mistake", "fail", "failed", "failure"]),
        (.earthsBestEmployer, ["wellbeing", "well-being", "burnout", "inclusive", "morale", "safe place", "team members grow"]),
        (.successAndScale, ["unintended", "ethic", "community", "sustainab", "society", "second-order", "responsib"]),
    ]
}
