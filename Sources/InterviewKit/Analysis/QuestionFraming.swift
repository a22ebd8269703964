/// What a question asks the candidate for, read from its wording: a past example ("Tell me about a
/// time…"), a plan ("How would you…", "Design…"), or a general approach ("How do you decide…").
/// A plan is answered in "I would…"; the other two want one real time.
public enum QuestionFraming: String, Codable, Sendable, Hashable {
    case pastExample = "past-example"
    case plan
    case generalApproach = "general-approach"

    /// The framing of a question's text; a past example when nothing in it says otherwise.
    public static func of(_ question: String) -> QuestionFraming {
        let text = cueText(question)
        // "Tell me about a time" outweighs a "would you" later in the question; a plan's wording
        // outweighs the rest ("…in the past 24 hours. How would you…").
        // "Tell me about a product you love and how you would improve it" is the product-sense
        // case, told about someone else's product, not a time of the candidate's.
        if productSenseCues.contains(where: text.containsBytes) { return .plan }
        if pastCues.contains(where: text.containsBytes) { return .pastExample }
        // "What would you say is your greatest strength?", "Why would you be a good fit?": the
        // candidate asked about themselves, not a plan; the answer owes the real time behind it.
        if selfCues.contains(where: text.containsBytes) { return .generalApproach }
        // "What would you do if a parent burst in yelling?", "How would you handle a manager who…":
        // a situation at work to handle, with no product to plan for, is asked to hear how the
        // candidate has handled one; the bar raiser wants the real time behind the "I would".
        if situationalCues.contains(where: text.containsBytes), !productWords.contains(where: text.containsBytes),
           !caseWords.contains(where: text.containsBytes) {
            return .generalApproach
        }
        if planCues.contains(where: text.containsBytes) || planOpenings.contains(where: { text.hasPrefix(" " + $0) }) { return .plan }
        // "How do you design a camera for…?": a product to make, asked in the present, is a case.
        // "How do you measure…" or "…prioritize" asks how the candidate works, and stays so.
        if productVerbs.contains(where: { text.containsBytes(of: " how do you " + $0) }) { return .plan }
        if generalCues.contains(where: text.containsBytes) { return .generalApproach }
        // "Watch time is down 30%.", "Product strategy: a diabetes app": a prompt that never
        // speaks to the candidate and names a product or a figure sets a case.
        // "Why product management?" asks for the candidate's reasons, product or not.
        if !text.hasPrefix(" why "), !secondPerson.contains(where: text.containsBytes), text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || productWords.contains(where: text.containsBytes) {
            return .plan
        }
        return .pastExample
    }

    /// The candidate asked about themselves in "would".
    private static let selfCues = [
        "what would you say", "why would you be", "why would you make", "would you describe yourself", "would you describe your",
        "what would you bring",
    ]
    /// A situation at work put to the candidate to handle.
    private static let situationalCues = [
        "what would you do if", "what would you do when", "how would you handle", "how would you deal with",
        "how would you respond", "how would you react",
    ]
    /// Words of a product case beside the product words: "user feedback", "as the PM".
    private static let caseWords = [" user", " pm ", " pm,", " pm.", " product manager", " customers' data", " revenue", " business"]
    private static let secondPerson = [" you ", " you,", " you.", " you?", " your ", " you'", " yourself", " you:"]
    private static let productWords = [" product", " app ", " app.", " app?", " app,", " feature", " strategy", " launch", " metric", " market ", " pricing", " users"]

    /// How a question asks for a gap: by name ("How did you balance X with Y?", "What was the
    /// trade-off?", "…sacrifice short-term gain…"), which the answer owes above all; or by asking
    /// about a decision or a risk taken ("a decision with incomplete data", "a calculated risk",
    /// "a tough call"), which wants what the choice cost, less firmly. `GapRanking` weighs each.
    public enum Ask: Sendable, Hashable {
        case named
        case aboutADecision
    }

    /// The gaps a question asks for, and how.
    public static func askedGaps(in question: String) -> [Gap: Ask] {
        let text = cueText(question)
        if tradeOffCues.contains(where: text.containsBytes) { return [.tradeoff: .named] }
        if decisionCues.contains(where: text.containsBytes) { return [.tradeoff: .aboutADecision] }
        return [:]
    }

    /// The question lower-cased, curly apostrophes made straight, with a space at each end, so a
    /// cue matches at the text's edges too; read byte by byte, with no Character made per letter.
    static func cueText(_ question: String) -> String {
        let lowered = question.utf8.allSatisfy { $0 < 0x80 } ? question : question.lowercased()
        var bytes: [UInt8] = [0x20]
        bytes.reserveCapacity(lowered.utf8.count + 2)
        let utf8 = Array(lowered.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            // U+2019, the curly apostrophe, is E2 80 99.
            if byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80 && utf8[index + 2] == 0x99 {
                bytes.append(0x27)
                index += 3
            } else {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
            }
        }
        bytes.append(0x20)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let tradeOffCues = [
        "trade-off", "trade off", "tradeoff", "balance", "balancing", "sacrific", "choose between", "chose between",
        "competing priorities", "competing demands", "give up", "gave up",
    ]

    private static let decisionCues = [
        " decision", "calculated risk", " a risk", "tough call", "hard call", "difficult call", "judgment call", "judgement call",
    ]

    private static let productSenseCues = ["a product you love", "a product you use", "favourite product", "favorite product", "favourite app", "favorite app"]
    private static let pastCues = [
        "a time ", "a time?", "an example", "a situation", "have you ever", "when did you", "when have you", "can you recall",
        "tell me about a ", "tell me about the", "describe a ", "walk me through a", "share about a", "share an", "your most",
        "you ever", "last time", "did you ", "were you ",
    ]
    private static let planCues = [
        // Each "you" ends its word: "what would your manager say…" asks about the candidate.
        "how would you ", "how would you?", "what would you ", "what would you?", "would you ", "you would ", "you'd ",
        "how will you ", "what will you ",
        "imagine ", "suppose ", "let's say", "say you ",
        "you're the pm", "you are the pm", "you're a pm", "you are a pm", "you are pm", "as a pm at", "if you were",
        "how should ", "what should ", "should amazon", "how can you", "how can we",
        // A case put to the team or the company ("Should we add a love button?", "…if Amazon
        // should get into food delivery", "How do we find the fake ones?"): a plan asked for.
        "what next", "what's next", "next steps",
        "should we ", " should get into", " should enter ", " should launch ", " should build ", "how do we ", "how would we ", "how will we ",
        // "Walk me through your go-to-market plan": the plan asked for by name.
        "your plan", "your go-to-market", "go-to-market plan", "go-to-market strategy", "launch plan",
    ]
    /// Verbs of making a product: opening a question, or after "how do you", they ask for a case.
    private static let productVerbs = ["design ", "build ", "improve ", "launch ", "create ", "estimate ", "price "]
    private static let planOpenings = productVerbs + ["evaluate ", "define ", "measure ", "prioritize ", "prioritise ", "diagnose ",
                                                      "investigate ", "recommend ", "propose ", "pitch ", "how many ", "what metrics ",
                                                      "which metrics "]
    private static let generalCues = [
        "how do you", "what do you", "what is your approach", "what's your approach", "what is your process",
        "describe your process", "what is the best way", "what's the best way", "are you ", "do you ",
        // "How to deal with a colleague whose work you don't like?": a method asked for.
        " how to ",
    ]
}
