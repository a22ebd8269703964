/// Two attempts at the same questions, question by question: the rating then and now, the gaps
/// the new answer closed and those still open. Both attempts are rated by today's engine, so the
/// difference is the candidate's, not the engine's.
public struct AttemptComparison: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var questionID: String
        public var ratingThen: Rating
        public var ratingNow: Rating
        public var closed: [Gap]
        public var stillOpen: [Gap]
        public var newlyOpen: [Gap]
    }

    public var rows: [Row]

    public init(previous: [Rescorer.QuestionComparison], current: [QuestionOutcome]) {
        var byID: [String: QuestionOutcome] = [:]
        for outcome in current { byID[outcome.questionID] = outcome }
        rows = previous.compactMap { then in
            guard let now = byID[then.questionID] else { return nil }
            let nowGaps = now.skipped ? [] : now.openGaps
            return Row(questionID: then.questionID, ratingThen: then.ratingNow, ratingNow: now.rating.rating,
                       closed: then.gapsNow.filter { !nowGaps.contains($0) },
                       stillOpen: then.gapsNow.filter(nowGaps.contains),
                       newlyOpen: nowGaps.filter { !then.gapsNow.contains($0) })
        }
    }
}
