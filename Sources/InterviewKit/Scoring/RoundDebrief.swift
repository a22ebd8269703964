/// What happened to one question in a round, for the debrief.
public struct QuestionOutcome: Codable, Equatable, Sendable {
    public var questionID: String
    public var principles: [Principle]
    public var skipped: Bool
    public var rating: StoryRating
    /// Gaps still open when the interviewer moved on.
    public var openGaps: [Gap]
    /// Gaps the candidate dodged even when asked twice.
    public var dodged: [Gap]
    /// What the story was about and the numbers in it, to catch a story retold with other numbers.
    public var fingerprint: StoryConsistency.Fingerprint?
    /// In a mock: the interviewer's own vote, beside the engine's rating.
    public var interviewerVote: Rating?

    public init(questionID: String, principles: [Principle], skipped: Bool, rating: StoryRating, openGaps: [Gap], dodged: [Gap],
                fingerprint: StoryConsistency.Fingerprint? = nil, interviewerVote: Rating? = nil) {
        self.questionID = questionID
        self.principles = principles
        self.skipped = skipped
        self.rating = rating
        self.openGaps = openGaps
        self.dodged = dodged
        self.fingerprint = fingerprint
        self.interviewerVote = interviewerVote
    }
}

/// A bar raiser's write-up of a round: per principle the rating, evidence and what was missing;
/// a vote; the changes that would raise the answers most.
public struct RoundDebrief: Codable, Equatable, Sendable {
    public var round: RoundKind
    public var vote: Rating
    public var principles: [PrincipleAssessment]
    public var improvements: [String]
    public var dodged: [Gap]
    public var answered: Int
    public var skipped: Int
    /// Stories told twice with different numbers.
    public var inconsistencies: [String]
    /// In a mock: the interviewer's vote for the round, the mean of their votes on its questions.
    public var interviewerVote: Rating?
    /// In a mock: each place the interviewer's vote and the engine's are two steps or more apart.
    public var disagreements: [String]
    /// In a mock: each question the interviewer voted on, with the engine's rating beside their vote.
    public var questionVotes: [QuestionVote]

    /// Builds the write-up from the round's outcomes.
    public init(round: RoundKind, outcomes: [QuestionOutcome]) {
        self.round = round
        let answered = outcomes.filter { !$0.skipped }
        self.answered = answered.count
        self.skipped = outcomes.count - answered.count
        self.dodged = outcomes.flatMap(\.dodged)
        self.inconsistencies = StoryConsistency.conflicts(in: outcomes.compactMap(\.fingerprint))

        var byPrinciple: [Principle: [QuestionOutcome]] = [:]
        for outcome in outcomes {
            for principle in outcome.principles { byPrinciple[principle, default: []].append(outcome) }
        }
        principles = byPrinciple.keys.sorted().map { principle in
            let related = byPrinciple[principle] ?? []
            let scores = related.filter { !$0.skipped }.compactMap { $0.rating.rating.score }
            let rating = scores.isEmpty ? Rating.insufficientEvidence : Rating(score: Double(scores.reduce(0, +)) / Double(scores.count))
            let evidence = Array(related.flatMap(\.rating.evidence).prefix(3))
            let missing = Array(Set(related.flatMap(\.openGaps)).sorted { $0.rawValue < $1.rawValue })
            return PrincipleAssessment(principle: principle, rating: rating, evidence: evidence, missing: missing)
        }
        let scores = answered.compactMap { $0.rating.rating.score }
        if scores.isEmpty {
            vote = .insufficientEvidence
        } else {
            var mean = Double(scores.reduce(0, +)) / Double(scores.count)
            // A skipped question counts against the vote: the bar raiser saw no evidence there.
            mean -= 0.25 * Double(self.skipped)
            // A story retold with other numbers undermines every number: it costs a step.
            if !inconsistencies.isEmpty { mean -= 1 }
            var rating = Rating(score: mean)
            // A bar raiser cannot vote strongly on a round where questions went unanswered.
            if self.skipped > 0 && rating == .strongHire { rating = .inclined }
            if self.skipped * 2 >= outcomes.count && rating > .notInclined { rating = .notInclined }
            vote = rating
        }
        var gapCounts: [Gap: Int] = [:]
        for outcome in answered { for gap in outcome.openGaps + outcome.dodged { gapCounts[gap, default: 0] += 1 } }
        var improvements: [String] = []
        // Say so when skipped questions cost the vote: it is the change that would help most.
        if self.skipped > 0 {
            improvements.append("Answer every question: \(self.skipped) skipped left no evidence for \(self.skipped == 1 ? "its principle" : "their principles"), and that counts against the vote.")
        }
        improvements += gapCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            .prefix(3 - improvements.count)
            .map { GapSpec.of($0.key).advice }
        self.improvements = improvements

        questionVotes = outcomes.compactMap { outcome in
            outcome.interviewerVote.map { QuestionVote(questionID: outcome.questionID, engine: outcome.rating.rating, interviewer: $0) }
        }
        let votes = outcomes.compactMap { $0.interviewerVote?.score }
        interviewerVote = votes.isEmpty ? nil : Rating(score: Double(votes.reduce(0, +)) / Double(votes.count))
        var disagreements = outcomes.compactMap { outcome in
            outcome.interviewerVote.flatMap { Self.disagreement(about: outcome.questionID, engine: outcome.rating.rating, interviewer: $0) }
        }
        if let interviewerVote, let round = Self.disagreement(about: "The round", engine: vote, interviewer: interviewerVote) {
            disagreements.append(round)
        }
        self.disagreements = disagreements
    }

    /// Two steps or more apart on the hiring scale is worth talking over; one step is judgement.
    static func disagreement(about subject: String, engine: Rating, interviewer: Rating) -> String? {
        guard let a = engine.score, let b = interviewer.score, abs(a - b) >= 2 else { return nil }
        return "\(subject): the engine says \(engine.rawValue), the interviewer \(interviewer.rawValue), \(abs(a - b)) steps apart; compare the evidence before you send the debrief."
    }
}

/// One question's two votes in a mock: the engine's rating and the interviewer's own.
public struct QuestionVote: Codable, Equatable, Sendable {
    public var questionID: String
    public var engine: Rating
    public var interviewer: Rating

    public init(questionID: String, engine: Rating, interviewer: Rating) {
        self.questionID = questionID
        self.engine = engine
        self.interviewer = interviewer
    }
}
