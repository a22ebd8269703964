/// The candidate's prepared stories as an interview uses them: to list those that fit the
/// question being asked (`/stories`), and to notice an answer that tells one of them with other
/// numbers than the file does.
public struct StoryShelf: Equatable, Sendable {
    /// One story, with the principles it counts for.
    public struct Item: Equatable, Sendable {
        /// 1-based, the order of the file, as `stories check` and `stories drill N` count them.
        public var number: Int
        public var story: Story
        /// The principles claimed, or those its words point at.
        public var principles: [Principle]
        /// True when `principles` were read from its words.
        public var guessed: Bool
    }

    public var items: [Item]

    public init(stories: [Story]) {
        items = stories.enumerated().map { index, story in
            let guessed = story.principles.isEmpty
            let principles = guessed ? PrincipleInference.principles(for: story.title + "\n" + story.text) : story.principles
            return Item(number: index + 1, story: story, principles: principles, guessed: guessed)
        }
    }

    /// The stories that count for one of the question's principles: those claiming the
    /// question's first principle first, then those sharing more of its principles, then the
    /// file's order.
    public func fitting(_ question: Question) -> [Item] {
        let asked = Set(question.principles)
        let fitting = items.filter { !asked.isDisjoint(with: $0.principles) }
        func rank(_ item: Item) -> [Int] {
            [item.principles.first == question.principles.first ? 0 : 1,
             item.principles.contains { $0 == question.principles.first } ? 0 : 1,
             -asked.intersection(item.principles).count,
             item.number]
        }
        return fitting.sorted { rank($0).lexicographicallyPrecedes(rank($1)) }
    }

    /// What each story is about and the numbers it gives, to hold answers against.
    public var notes: [StoryNote] {
        items.map { StoryNote(title: $0.story.title, text: $0.story.text) }
    }
}

/// A prepared story as the debrief compares answers with it.
public struct StoryNote: Codable, Equatable, Sendable {
    public var title: String
    /// What the story is about and the numbers it gives (as written: "38%", "$12k").
    public var fingerprint: StoryConsistency.Fingerprint

    public init(title: String, text: String) {
        self.title = title
        fingerprint = StoryConsistency.fingerprint(questionID: title, answers: [text])
    }

    /// One line for each answer that tells one of `notes`' stories with other numbers, as
    /// `StoryConsistency` judges "the same story": "The stories file's “Refunds” says 38%; the
    /// answer to co-1 said 45%."
    public static func conflicts(of outcomes: [QuestionOutcome], with notes: [StoryNote]) -> [String] {
        var lines: [String] = []
        for outcome in outcomes {
            guard let told = outcome.fingerprint else { continue }
            for note in notes where !StoryConsistency.conflicts(in: [note.fingerprint, told]).isEmpty {
                let written = note.fingerprint.numbers.subtracting(told.numbers).sorted()
                let said = told.numbers.subtracting(note.fingerprint.numbers).sorted()
                lines.append("The stories file's “\(note.title)” says \(written.joined(separator: ", ")); the answer to \(outcome.questionID) said \(said.joined(separator: ", ")).")
            }
        }
        return lines
    }
}
