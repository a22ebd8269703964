extension ProgressReport {
    /// Reads `interviews` together. They are taken oldest first by `startedAt`; interviews that
    /// started at the same moment keep the order given. `questionKinds` (question id to kind, from
    /// the bank) picks each answer's soft limit; a question it does not know is a case part when it
    /// has a part, a screen question in the screen round, else a story.
    public init(interviews: [RecordedInterview], filter: Filter = Filter(), questionKinds: [String: QuestionKind] = [:]) {
        let admitted = interviews.enumerated()
            .filter { filter.admits($0.element.header) }
            .sorted { ($0.element.header.startedAt, $0.offset) < ($1.element.header.startedAt, $1.offset) }
            .map(\.element)
        // A mock's answers are an interviewer's notes of what the candidate said, and its votes are
        // a friend's: counted apart, so they do not move the candidate's own ratings.
        let chosen = admitted.filter { $0.header.resolvedMode != .interviewer }
        mocks = admitted.count - chosen.count

        var attempts: [Principle: [Attempt]] = [:]
        var attemptsOnTrack: [Track: [Principle: Int]] = [:]
        var firstProbes = GapTally()
        var dodged = GapTally()
        var seconds: [Double] = []
        var perInterview: [InterviewTiming] = []
        var pastSoftLimit: [LongAnswer] = []
        let recentFrom = max(0, chosen.count - Self.trendWindow)

        for (index, interview) in chosen.enumerated() {
            let startedAt = interview.header.startedAt
            let isRecent = index >= recentFrom
            let config = interview.header.config ?? InterviewConfig()
            var interviewSeconds: [Double] = []
            for step in interview.steps {
                if let probe = step.probe, probe.depth == 1, probe.issue == nil, probe.target != .depth {
                    firstProbes.add(probe.target, interview: index, at: startedAt, recent: isRecent)
                }
                guard let answer = step.answer, !step.skipped else { continue }
                interviewSeconds.append(answer.seconds)
                let kind = questionKinds[step.questionID] ?? (step.part != nil ? .case : step.round == .screen ? .screen : .behavioural)
                let limit = config.softLimit(for: kind)
                if answer.seconds > limit {
                    pastSoftLimit.append(LongAnswer(interview: index, startedAt: startedAt, questionID: step.questionID, seconds: answer.seconds, limitSeconds: limit))
                }
            }
            seconds += interviewSeconds
            if !interviewSeconds.isEmpty {
                perInterview.append(InterviewTiming(interview: index, startedAt: startedAt, answers: interviewSeconds.count,
                                                    meanSeconds: interviewSeconds.reduce(0, +) / Double(interviewSeconds.count)))
            }

            var principlesOf: [String: [Principle]] = [:]
            for step in interview.steps where principlesOf[step.round.rawValue + "/" + step.questionID] == nil {
                principlesOf[step.round.rawValue + "/" + step.questionID] = step.principles
            }
            for debrief in interview.debriefs {
                for gap in debrief.dodged ?? [] { dodged.add(gap, interview: index, at: startedAt, recent: isRecent) }
                for verdict in debrief.questions ?? [] where verdict.skipped != true {
                    for principle in principlesOf[debrief.round.rawValue + "/" + verdict.questionID] ?? [] {
                        attempts[principle, default: []].append(Attempt(interview: index, startedAt: startedAt, questionID: verdict.questionID, rating: verdict.rating))
                        attemptsOnTrack[interview.header.track, default: [:]][principle, default: 0] += 1
                    }
                }
            }
        }

        self.interviews = chosen.count
        answers = seconds.count
        from = chosen.first?.header.startedAt
        to = chosen.last?.header.startedAt
        principles = attempts.keys.sorted().map { principle in
            let list = attempts[principle] ?? []
            let ratings = list.map(\.rating)
            return PrincipleProgress(principle: principle, attempts: list, count: list.count, latest: ratings.last,
                                     sparkline: String(ratings.map(Self.mark(for:))), trend: Self.trend(of: ratings))
        }
        self.firstProbes = firstProbes.counts(minimumInterviews: 1)
        dodgedRepeatedly = dodged.counts(minimumInterviews: 2)
        let sorted = seconds.sorted()
        let median: Double? = sorted.isEmpty ? nil
            : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        timing = Timing(answers: seconds.count, medianSeconds: median, perInterview: perInterview, pastSoftLimit: pastSoftLimit)

        let tracks = filter.track.map { [$0] } ?? Track.allCases.filter { track in chosen.contains { $0.header.track == track } }
        neglected = tracks.flatMap { track -> [NeglectedPrinciple] in
            let onTrack = attemptsOnTrack[track] ?? [:]
            return Principle.allCases
                .filter { TrackEmphasis.weight(of: $0, on: track) > 1 && onTrack[$0, default: 0] < Self.rarelyPractisedBelow }
                .map { NeglectedPrinciple(track: track, principle: $0, attempts: onTrack[$0, default: 0]) }
                .sorted { ($0.attempts, $0.principle) < ($1.attempts, $1.principle) }
        }
    }
}

/// Counts of a gap across interviews, kept while the interviews are read in order.
private struct GapTally {
    private var count: [Gap: Int] = [:]
    private var interviews: [Gap: Set<Int>] = [:]
    private var recent: [Gap: Set<Int>] = [:]
    private var lastSeen: [Gap: String] = [:]
    private var timeline: [Gap: [ProgressReport.GapOccurrence]] = [:]

    mutating func add(_ gap: Gap, interview: Int, at startedAt: String, recent isRecent: Bool) {
        count[gap, default: 0] += 1
        interviews[gap, default: []].insert(interview)
        if isRecent { recent[gap, default: []].insert(interview) }
        lastSeen[gap] = startedAt
        timeline[gap, default: []].add(interview)
    }

    /// Gaps seen in at least `minimumInterviews` interviews, most often first, then by id.
    func counts(minimumInterviews: Int) -> [ProgressReport.GapCount] {
        count.keys
            .filter { interviews[$0, default: []].count >= minimumInterviews }
            .map { ProgressReport.GapCount(gap: $0, count: count[$0, default: 0], interviews: interviews[$0, default: []].count,
                                           recentInterviews: recent[$0, default: []].count, lastSeen: lastSeen[$0] ?? "",
                                           timeline: timeline[$0] ?? []) }
            .sorted { ($0.count, $1.gap.rawValue) > ($1.count, $0.gap.rawValue) }
    }
}

private extension [ProgressReport.GapOccurrence] {
    /// One more time in `interview`, which is the last one seen or a later one.
    mutating func add(_ interview: Int) {
        if let last = indices.last, self[last].interview == interview {
            self[last].count += 1
        } else {
            append(.init(interview: interview, count: 1))
        }
    }
}
