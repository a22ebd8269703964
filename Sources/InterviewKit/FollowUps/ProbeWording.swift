/// Wordings that belong to a kind of question rather than to one gap: going deeper on a case or
/// a screen, a case answer that stays abstract, and the replies to awkward answers.
enum ProbeWording {
    static func forKind(_ kind: QuestionKind, gap: Gap) -> [String] {
        switch (kind, gap) {
        case (.case, .specificity): caseSpecificity
        case (.case, _): caseDepth
        case (.screen, _): screenDepth
        case (.behavioural, _): GapSpec.of(gap).phrasings
        }
    }

    /// Going deeper on a part of a case that holds up: its assumptions, risks and cuts.
    static let caseDepth = [
        "Which assumption in that part are you least sure of, and how would you find out quickly?",
        "What is the biggest risk in that plan, and what early signal would tell you it is going wrong?",
        "Say you had half the time and half the budget. What would you cut from that part, and what would you keep?",
        "Who inside the company would push back on that, and what would you tell them?",
        "How would this look different for the customer on day one versus after a year?",
    ]

    /// Going deeper on a screen answer: the candidate's own part and why it matters for the role.
    static let screenDepth = [
        "What was your part in that, specifically?",
        "Why does that matter for the role you are applying for?",
        "What would your last manager say is the thing you are best at?",
    ]

    /// A case answer that stays abstract.
    static let caseSpecificity = [
        "Make that concrete for this case: what exactly would you do, for whom, and in what order?",
        "That is still general. Pick one option and commit to it: what do you choose, and why?",
    ]

    /// What the interviewer says to an answer that cannot be probed as it is.
    static func response(to issue: AnswerIssue, kind: QuestionKind, question: String) -> String {
        switch issue {
        case .empty:
            "I didn't get an answer there. Take a moment, then tell me about one specific time: what happened and what you did."
        case .gibberish:
            kind == .case
                ? "I couldn't follow that. In plain words: what would you do for this part, and why?"
                : "I couldn't follow that. In plain words: what was the situation, and what did you do?"
        case .tooShort:
            switch kind {
            case .case: "That's quite short for this part. Walk me through your thinking: what would you do, and why that over the alternatives?"
            case .screen: "Could you say a bit more? Two or three sentences are plenty."
            case .behavioural: "That's quite short for this question. Give me one specific example: the situation, what you did, and how it turned out."
            }
        case .repeated:
            "That's the same answer you gave earlier. This question is different: tell me about another situation that fits it."
        case .tooLong:
            "That's a lot of detail. In under two minutes: what was the one decision you made, and what did it change?"
        case .noExample:
            "Take a moment; there's no rush. It doesn't have to be a big story: any one time from work, school or a side project where this came up. What happened?"
        case .offTopic:
            "I'm not sure that answers what I asked. Let me repeat it: \(question)"
        }
    }
}
