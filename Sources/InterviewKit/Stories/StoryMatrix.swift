/// The sixteen principles against the candidate's stories: which have a story that stands up,
/// which only weak ones, which none, with the principles the track weighs most first.
public struct StoryMatrix: Equatable, Sendable {
    /// How well a principle is covered.
    public enum Status: String, Equatable, Sendable {
        /// At least one story for it stands up (`StoryReview.isStrong`).
        case strong
        /// Every story for it leaves gaps open.
        case weak
        /// No story claims it.
        case missing
    }

    /// One story counted for a principle, as it rates when checked against that principle.
    public struct Entry: Equatable, Sendable {
        public var title: String
        public var rating: Rating
        public var isStrong: Bool
    }

    /// One principle's line of the matrix.
    public struct Row: Equatable, Sendable {
        public var principle: Principle
        /// True for the principles the track weighs more than the rest.
        public var isEmphasised: Bool
        public var entries: [Entry]

        public var status: Status {
            entries.isEmpty ? .missing : entries.contains(where: \.isStrong) ? .strong : .weak
        }
    }

    public var track: Track
    /// All sixteen principles, the track's heaviest first, then in the usual order.
    public var rows: [Row]
    /// Stories claimed for more than `Story.principleLimit` principles.
    public var stretched: [Story]
    /// Stories that name no principle and whose text points at none, so they count nowhere.
    public var unplaced: [Story]

    /// Principles no story claims.
    public var missing: [Principle] { rows.filter { $0.status == .missing }.map(\.principle) }
    /// Principles whose every story leaves gaps open.
    public var weakOnly: [Principle] { rows.filter { $0.status == .weak }.map(\.principle) }

    /// Checks every story against every principle it counts for (each against that principle's
    /// best-fitting question), for the story's role or else `track`.
    public init(stories: [Story], track: Track, level: Level, bank: QuestionBank) {
        self.track = track
        var entries: [Principle: [Entry]] = [:]
        var unplaced: [Story] = []
        for story in stories {
            let first = StoryReviewer.review(story, track: track, level: level, bank: bank)
            if first.principles.isEmpty { unplaced.append(story) }
            for principle in first.principles {
                let review = principle == first.principle ? first : StoryReviewer.review(story, for: principle, track: track, level: level, bank: bank)
                entries[principle, default: []].append(Entry(title: story.title, rating: review.rating, isStrong: review.isStrong))
            }
        }
        rows = Self.order(for: track).map { principle in
            Row(principle: principle, isEmphasised: TrackEmphasis.weight(of: principle, on: track) > 1, entries: entries[principle] ?? [])
        }
        stretched = stories.filter(\.isStretched)
        self.unplaced = unplaced
    }

    /// The principles, those the track weighs most first; equal weights keep the usual order.
    public static func order(for track: Track) -> [Principle] {
        Principle.allCases.enumerated().sorted { first, second in
            let (a, b) = (TrackEmphasis.weight(of: first.element, on: track), TrackEmphasis.weight(of: second.element, on: track))
            return a != b ? a > b : first.offset < second.offset
        }.map(\.element)
    }
}
