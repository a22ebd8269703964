/// One line the interviewer types in a mock when the engine waits for a choice (after a note) or
/// for a vote (after a score card), decoded before the interview sees it.
public enum InterviewerInput: Equatable, Sendable {
    /// `1`, `2`, `3`, or Enter alone for the first suggestion.
    case choose(Int)
    /// `/ask TEXT`: the interviewer's own follow-up.
    case ask(String)
    /// `/next`: no more follow-ups (after a note), or no vote (after a score card).
    case next
    /// `/vote strong-hire|inclined|not-inclined|strong-no-hire`.
    case vote(Rating)
    /// Enter alone after a score card: go on without a vote.
    case noVote
    case help
    case quit
    /// Anything else, with the reason it was not understood.
    case invalid(String)

    /// The votes an interviewer may give.
    public static let votes: [Rating] = [.strongHire, .inclined, .notInclined, .strongNoHire]

    /// Decodes a line typed while suggestions are shown (`afterScoreCard` false) or after a score card.
    public static func decode(_ line: String, afterScoreCard: Bool) -> InterviewerInput {
        let trimmed = line.trimmingWhitespace()
        let first = trimmed.prefix { !$0.isWhitespace }
        let word = first.lowercased()
        let rest = String(trimmed.dropFirst(first.count)).trimmingWhitespace()
        switch word {
        case "": return afterScoreCard ? .noVote : .choose(1)
        case "/next", "/skip": return rest.isEmpty ? .next : .invalid("/next takes nothing after it")
        case "/quit": return .quit
        case "/help": return .help
        case "/vote":
            guard afterScoreCard else { return .invalid("vote once the question's score card is shown") }
            guard let rating = votes.first(where: { $0.rawValue == rest.lowercased() }) else {
                return .invalid("/vote takes one of " + votes.map(\.rawValue).joined(separator: ", "))
            }
            return .vote(rating)
        case "/ask":
            guard !afterScoreCard else { return .invalid("the question is over; /vote, or Enter to go on") }
            return rest.isEmpty ? .invalid("/ask needs the follow-up after it, e.g. /ask What did you try first?") : .ask(rest)
        default:
            if !afterScoreCard, let number = Int(trimmed) { return .choose(number) }
            return .invalid(afterScoreCard
                ? "type /vote " + votes.map(\.rawValue).joined(separator: "|") + ", or Enter to go on"
                : "type 1, 2 or 3 (Enter takes 1), /ask TEXT, or /next")
        }
    }
}
