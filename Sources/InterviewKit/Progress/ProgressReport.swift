/// What a run of practice interviews shows when read together: how each principle's ratings moved,
/// which gaps keep drawing the first follow-up, how long answers take, and which of the track's
/// most weighed principles were left out. Built by `ProgressReport.init(interviews:filter:questionKinds:)`
/// from interviews already read; it never sees a file. Encoded as `barraiser progress --json`.
public struct ProgressReport: Codable, Equatable, Sendable {
    /// How many interviews were read, and their span in time.
    public var interviews: Int
    public var answers: Int
    /// `startedAt` of the first and the last interview; nil when there were none.
    public var from: String?
    public var to: String?
    /// Every principle practised, in principle order.
    public var principles: [PrincipleProgress]
    /// Gaps that drew a question's first follow-up, most often first.
    public var firstProbes: [GapCount]
    /// Gaps a debrief recorded as dodged, in more than one interview.
    public var dodgedRepeatedly: [GapCount]
    public var timing: Timing
    /// Mock interviews (interviewer mode) in the folder: counted apart, not read into the figures.
    public var mocks: Int
    /// Principles the track weighs most that have fewer than `rarelyPractisedBelow` attempts.
    public var neglected: [NeglectedPrinciple]

    /// Fewer attempts than this and a principle the track weighs most is "rarely practised".
    public static let rarelyPractisedBelow = 3
    /// How many of the latest rated attempts the trend looks at.
    public static let trendWindow = 5

    /// Which interviews count.
    public struct Filter: Equatable, Sendable {
        /// An ISO 8601 date or time: interviews started before it are left out.
        public var since: String?
        public var track: Track?

        public init(since: String? = nil, track: Track? = nil) {
            self.since = since
            self.track = track
        }

        public func admits(_ header: TranscriptRecord.Header) -> Bool {
            if let track, header.track != track { return false }
            if let since, header.startedAt < since { return false }
            return true
        }
    }

    /// One principle across the interviews.
    public struct PrincipleProgress: Codable, Equatable, Sendable {
        public var principle: Principle
        /// Each answered question that tests the principle, oldest first.
        public var attempts: [Attempt]
        public var count: Int
        public var latest: Rating?
        /// One mark per attempt: `▁▃▅▇` from strong-no-hire to strong-hire, `·` for insufficient evidence.
        public var sparkline: String
        /// Over the last rated attempts; nil with fewer than two.
        public var trend: Trend?
    }

    /// One question's rating, from the debrief of the interview that asked it.
    public struct Attempt: Codable, Equatable, Sendable {
        /// The interview's place among those read, oldest first, from 0: where the page's charts draw it.
        public var interview: Int
        public var startedAt: String
        public var questionID: String
        public var rating: Rating
    }

    public enum Trend: String, Codable, Sendable, Equatable {
        case better, same, worse
    }

    /// How often a gap came up.
    public struct GapCount: Codable, Equatable, Sendable {
        public var gap: Gap
        public var count: Int
        /// In how many interviews, and in how many of the latest `trendWindow`.
        public var interviews: Int
        public var recentInterviews: Int
        public var lastSeen: String
        /// Each interview it came up in, oldest first, and how often there.
        public var timeline: [GapOccurrence]
    }

    public struct GapOccurrence: Codable, Equatable, Sendable {
        public var interview: Int
        public var count: Int
    }

    /// Time spent per answer.
    public struct Timing: Codable, Equatable, Sendable {
        public var answers: Int
        public var medianSeconds: Double?
        /// Each interview's mean seconds per answer, oldest first.
        public var perInterview: [InterviewTiming]
        /// Answers that ran past the soft limit of their round's settings.
        public var pastSoftLimit: [LongAnswer]
    }

    public struct InterviewTiming: Codable, Equatable, Sendable {
        public var interview: Int
        public var startedAt: String
        public var answers: Int
        public var meanSeconds: Double
    }

    public struct LongAnswer: Codable, Equatable, Sendable {
        public var interview: Int
        public var startedAt: String
        public var questionID: String
        public var seconds: Double
        public var limitSeconds: Double
    }

    public struct NeglectedPrinciple: Codable, Equatable, Sendable {
        public var track: Track
        public var principle: Principle
        public var attempts: Int
    }
}

extension ProgressReport {
    /// The mark a rating draws in a sparkline.
    public static func mark(for rating: Rating) -> Character {
        switch rating {
        case .strongNoHire: "▁"
        case .notInclined: "▃"
        case .inclined: "▅"
        case .strongHire: "▇"
        case .insufficientEvidence: "·"
        }
    }

    /// The trend of `ratings` (oldest first) over their last `trendWindow` rated ones: the mean of
    /// the later half against the earlier half, half a rating or more apart to count as a change.
    public static func trend(of ratings: [Rating]) -> Trend? {
        let scores = ratings.compactMap(\.score).suffix(trendWindow).map(Double.init)
        guard scores.count >= 2 else { return nil }
        let half = scores.count / 2
        let earlier = scores.prefix(half).reduce(0, +) / Double(half)
        let later = scores.suffix(half).reduce(0, +) / Double(half)
        if later - earlier >= 0.5 { return .better }
        if earlier - later >= 0.5 { return .worse }
        return .same
    }
}
