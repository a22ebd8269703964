/// The one page to read the night before a loop: the principles the stories cover, and for each
/// story its principles, how it rates, the number it moved and the people it needed.
public struct StorySummary: Equatable, Sendable {
    /// One story's line of the summary.
    public struct Entry: Equatable, Sendable {
        /// 1-based, the order of the file, as `stories check` and `stories drill N` count them.
        public var number: Int
        public var review: StoryReview
        /// The first number of its result, with the words that say what it measures.
        public var impact: String?
        /// The people beyond the candidate it names by their role.
        public var people: [String]

        public var story: Story { review.story }
    }

    public var track: Track
    public var level: Level
    public var matrix: StoryMatrix
    public var entries: [Entry]

    /// Reads every story as `stories check` and `stories matrix` do, for `track` at `level`.
    public init(stories: [Story], track: Track, level: Level, bank: QuestionBank) {
        self.track = track
        self.level = level
        matrix = StoryMatrix(stories: stories, track: track, level: level, bank: bank)
        entries = stories.enumerated().map { index, story in
            let review = StoryReviewer.review(story, track: track, level: level, bank: bank)
            return Entry(number: index + 1, review: review, impact: StoryFacts.impact(of: review), people: StoryFacts.people(in: story.text))
        }
    }
}
