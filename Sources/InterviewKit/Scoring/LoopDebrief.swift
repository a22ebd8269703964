/// The debrief across the rounds of a loop: each round's vote, and the hiring decision in which
/// the bar raiser can veto.
public struct LoopDebrief: Codable, Equatable, Sendable {
    public struct RoundVote: Codable, Equatable, Sendable {
        public var round: RoundKind
        public var vote: Rating

        public init(round: RoundKind, vote: Rating) {
            self.round = round
            self.vote = vote
        }
    }

    public var votes: [RoundVote]
    public var decision: Rating
    /// True when the bar raiser's vote overruled the other rounds.
    public var vetoed: Bool
    /// Stories told twice, in different rounds, with different numbers.
    public var inconsistencies: [String]

    public init(votes: [RoundVote], inconsistencies: [String] = []) {
        self.votes = votes
        self.inconsistencies = inconsistencies
        let scores = votes.compactMap { $0.vote.score }
        var decision = scores.isEmpty ? Rating.insufficientEvidence : Rating(score: Double(scores.reduce(0, +)) / Double(scores.count))
        var vetoed = false
        // The bar raiser holds a veto: a no from that round is a no for the loop.
        if let barRaiser = votes.first(where: { $0.round == .barRaiser })?.vote, let score = barRaiser.score, score <= 2,
           decision.score.map({ $0 > score }) ?? true {
            decision = barRaiser
            vetoed = true
        }
        self.decision = decision
        self.vetoed = vetoed
    }
}
