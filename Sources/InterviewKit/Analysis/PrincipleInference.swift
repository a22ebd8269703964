/// Guesses which Leadership Principles a question tests from its wording, for questions that are
/// not in a bank (the candidate's own, or one heard in a real interview).
public enum PrincipleInference {
    /// The principles the wording points at, strongest first; empty when nothing fits.
    public static func principles(for questionText: String) -> [Principle] {
        let text = " " + questionText.lowercased() + " "
        var scores: [(Principle, Int)] = []
        for (principle, cues) in Self.cues {
            let hits = cues.filter { text.containsBytes(of: $0) }.count
            if hits > 0 { scores.append((principle, hits)) }
        }
        return scores.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(2).map(\.0)
    }

    private static let cues: [(Principle, [String])] = [
        (.haveBackbone, ["disagree", "push back", "pushed back", "conflict", "challenged", "went against", "commit to a decision", "your manager was wrong", "unpopular"]),
        (.customerObsession, ["customer", "user need", "client", "on behalf of the", "feedback from", "end user"]),
        (.diveDeep, ["data", "metric", "dig", "root cause", "detail", "numbers", "analy", "investigat"]),
        (.deliverResults, ["deadline", "deliver", "goal", "target", "despite", "setback", "result", "on time", "obstacle"]),
        (.inventAndSimplify, ["simplif", "invent", "new way", "innovat", "creative", "novel", "complex"]),
        (.areRightALot, ["judgment", "judgement", "wrong", "mistake", "decision with", "instinct", "were right"]),
        (.learnAndBeCurious, ["learn", "curious", "new skill", "outside your", "taught yourself", "unfamiliar"]),
        (.hireAndDevelopTheBest, ["hire", "hiring", "mentor", "coach", "develop someone", "grow someone", "underperform", "feedback to a"]),
        (.insistOnTheHighestStandards, ["standard", "quality", "bar ", "not good enough", "raised the", "rework"]),
        (.thinkBig, ["vision", "bold", "big bet", "long-term", "long term", "ambitious", "transform", "think big"]),
        (.biasForAction, ["quick", "quickly", "speed", "without all the", "incomplete information", "calculated risk", "urgent", "fast"]),
        (.frugality, ["budget", "limited resources", "constraint", "less money", "cost", "frugal", "with less", "resourceful"]),
        (.earnTrust, ["trust", "relationship", "difficult conversation", "stakeholder", "credibility", "honest", "admitted"]),
        (.ownership, ["ownership", "nobody asked", "outside your", "beyond your", "took charge", "long-term over", "not your job", "own"]),
        (.earthsBestEmployer, ["wellbeing", "well-being", "burnout", "inclusive", "morale", "safe place", "team members grow"]),
        (.successAndScale, ["unintended", "ethic", "community", "sustainab", "society", "second-order", "responsib"]),
    ]
}
