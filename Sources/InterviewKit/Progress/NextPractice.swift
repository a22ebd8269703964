/// The round `practice --next` runs: the principles that need practice most on the track, each
/// with a question not answered before (or answered longest ago), and why they were chosen.
public struct NextPractice: Equatable, Sendable {
    public struct Choice: Equatable, Sendable {
        public var principle: Principle
        public var questionID: String
        /// Why this principle, in a few words: "never practised; pm weighs it most".
        public var reason: String
        /// When the question was last answered; nil when never.
        public var lastAnswered: String?
    }

    public var choices: [Choice]

    /// Ranks every principle that `candidates` (the round's questions for the track and level)
    /// can ask by need: the track's weight times how far the latest rating is from strong-hire,
    /// a principle never practised counting as the lowest rating. Ties go to the principle with
    /// fewer attempts. Only interviews on `track` count.
    public init(interviews: [RecordedInterview], track: Track, candidates: [Question], count: Int) {
        let report = ProgressReport(interviews: interviews, filter: .init(track: track))
        let progress = Dictionary(report.principles.map { ($0.principle, $0) }, uniquingKeysWith: { first, _ in first })
        var lastAnswered: [String: String] = [:]
        for interview in interviews where interview.header.track == track {
            for step in interview.steps where step.answer != nil {
                lastAnswered[step.questionID] = max(lastAnswered[step.questionID] ?? "", interview.header.startedAt)
            }
        }

        func need(_ principle: Principle) -> Double {
            let latest = progress[principle]?.attempts.last { $0.rating.score != nil }?.rating.score ?? 1
            return TrackEmphasis.weight(of: principle, on: track) * Double(5 - latest)
        }
        let askable = Principle.allCases.filter { principle in candidates.contains { $0.principles.contains(principle) } }
        let ranked = askable.sorted { first, second in
            let (a, b) = (need(first), need(second))
            if a != b { return a > b }
            let (countA, countB) = (progress[first]?.count ?? 0, progress[second]?.count ?? 0)
            if countA != countB { return countA < countB }
            return first < second
        }

        var chosen: [Choice] = []
        var used = Set<String>()
        for principle in ranked where chosen.count < count {
            let fitting = candidates.filter { !used.contains($0.id) && $0.principles.contains(principle) }
            let leading = fitting.filter { $0.principles.first == principle }
            // Never answered first (sorting "" before any date), then answered longest ago, then bank order.
            guard let question = (leading.isEmpty ? fitting : leading).enumerated().min(by: { first, second in
                (lastAnswered[first.element.id] ?? "", first.offset) < (lastAnswered[second.element.id] ?? "", second.offset)
            })?.element else { continue }
            used.insert(question.id)
            chosen.append(Choice(principle: principle, questionID: question.id,
                                 reason: Self.reason(progress[principle], principle: principle, track: track),
                                 lastAnswered: lastAnswered[question.id]))
        }
        choices = chosen
    }

    private static func reason(_ progress: ProgressReport.PrincipleProgress?, principle: Principle, track: Track) -> String {
        let weighed = TrackEmphasis.weight(of: principle, on: track) > 1 ? "; \(track.rawValue) weighs it most" : ""
        guard let progress, let latest = progress.latest else { return "never practised" + weighed }
        let trend = progress.trend.map { ", \($0.rawValue)" } ?? ""
        return "latest \(latest.rawValue)\(trend), \(progress.count) attempt\(progress.count == 1 ? "" : "s")" + weighed
    }
}
